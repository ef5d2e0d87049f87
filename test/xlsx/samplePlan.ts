/** A hand-made write plan, shaped like the layout's, for the .xlsx back-end tests. */
import type { SummaryPlan, WritePlan } from '../../src/layout/types';

export const LONG_MOTIVATION =
  "Sentito l'OIV, l'azione si considera raggiunta al 60%: una parte degli interventi economici deliberati nel 2022 è stata liquidata nel 2023 per lo slittamento dei bandi regionali, causa non dipendente dall'ente.";

export function sampleSummary(): SummaryPlan {
  const pct = (n: number) => Array.from({ length: n }, () => '0.00%');
  return {
    sheet: 'Riepilogo',
    blocks: [
      { top: 0, left: 0, values: [['Relazione sulla performance 2022 — Camera di commercio di Sondrio (esempio)']], style: 'title' },
      { top: 1, left: 0, values: [['Riepilogo del foglio «Cruscotto» — profilo Sondrio 2020-2022']], style: 'subtitle' },
      { top: 3, left: 0, values: [['Cod.', 'Obiettivo strategico', 'Risultato misurato', 'Target', '% raggiungimento', 'Valutazione']], style: 'header' },
      {
        top: 4,
        left: 0,
        values: [
          ['1', 'Competitività del territorio', 0.972, 0.8, 1, 'Eccellente'],
          ['8', 'Utilizzo ottimale delle risorse', 0.7, 1, 0.7, 'Adeguata'],
          ['9', '=HYPERLINK("http://esempio.invalid";"clic")', 1, 1, 1, 'Eccellente'],
        ],
        numberFormat: [0, 1, 2].map(() => ['@', '@', ...pct(3), '@']),
      },
      { top: 8, left: 0, values: [['Valori assegnati (sentito l’OIV)']], style: 'subtitle' },
      { top: 9, left: 0, values: [['Cod.', 'Azione', '% da formula', '% assegnata', 'Ob. operativo', 'Motivazione']], style: 'header' },
      {
        top: 10,
        left: 0,
        values: [['8.1.1', 'Incidenza Interventi economici sugli Oneri correnti (Pareto EC15.4 - n. 6 Efficacia)', 0, 0.6, '8.1', LONG_MOTIVATION]],
        numberFormat: [['@', '@', '0.00%', '0.00%', '@', '@']],
      },
      { top: 12, left: 0, values: [['Percentuali calcolate con le regole del profilo; valori assegnati con motivazione.']], style: 'note' },
    ],
    columnWidths: [10, 50, 16, 14, 16, 50].map((width, col) => ({ col, width })),
    conditionalFormats: [
      { range: 'E5:E7', formula: '=AND(ISNUMBER(E5),E5>=1)+N("cruscotto:raggiunto")', fill: '#C6EFCE', tag: 'raggiunto' },
      { range: 'E5:E7', formula: '=AND(ISNUMBER(E5),E5<1)+N("cruscotto:parzialmente")', fill: '#FFEB9C', tag: 'parzialmente' },
    ],
    notes: [],
    chart: { title: 'Obiettivi strategici', categoriesRange: 'B5:B7', valuesRange: 'E5:E7', anchor: 'H4' },
    page: { orientation: 'landscape', paper: 'A4', fitToWidth: 1 },
    dataBarRange: 'E5:E7',
  };
}

/** Output columns AA:AB of the cruscotto sheet (header on row 4, data from row 5). */
export function samplePlan(sheet: string, withSummary = true): WritePlan {
  return {
    sheet: {
      sheet,
      blocks: [
        { top: 3, left: 26, values: [['% raggiungimento azione', 'Esito azione']], style: 'header' },
        {
          top: 4,
          left: 26,
          values: [
            [1, 'Raggiunto'],
            [0.8, 'Parzialmente raggiunto'],
            [null, '=1+1'],
            ['=SUM(A1:A3)', '@comando'],
          ],
          numberFormat: [
            ['0.00%', '@'],
            ['0.00%', '@'],
            ['0.00%', '@'],
            ['@', '@'],
          ],
        },
      ],
      columnWidths: [
        { col: 26, width: 18 },
        { col: 27, width: 24 },
      ],
      conditionalFormats: [
        { range: 'AA5:AA8', formula: '=AND(ISNUMBER(AA5),AA5>=1)+N("cruscotto:raggiunto")', fill: '#C6EFCE', tag: 'raggiunto' },
        { range: 'AA5:AA8', formula: '=AND(ISNUMBER(AA5),AA5<1)+N("cruscotto:parzialmente")', fill: '#FFEB9C', fontColor: '#9C5700', tag: 'parzialmente' },
      ],
      notes: [{ row: 5, col: 26, text: 'Valore assegnato: 60,00% — da formula: 0,00%. Motivazione: =HYPERLINK("x")' }],
    },
    summary: withSummary ? sampleSummary() : null,
  };
}
