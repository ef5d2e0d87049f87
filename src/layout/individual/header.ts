/**
 * The header of the individual objectives sheet, found by its words like the cruscotto's (../reader/vocabulary):
 * a row with a person column, an objective column and a weight column. Header words from RP 2018 §5.3-5.4
 * ("Obiettivo | Target minimo (60%) | Target massimo (100%) | Peso", "Prestazione al 31/12/2018") and RP 2020 §3.4.
 */
import type { SheetGrid } from '../types';
import { cellAt, cellText } from '../reader/cellText';
import { headerKey } from '../reader/normalise';
import { individualOutputOf } from './ownColumns';

export type IndividualColumnKind =
  | 'person'
  | 'role'
  | 'objective'
  | 'weight'
  | 'link'
  | 'kpi'
  | 'target'
  | 'threshold'
  | 'result'
  /** the evaluator's score of an objective with no computable KPI (RP 2018 §5.4 "Punteggio assegnato") */
  | 'assessed'
  | 'override'
  | 'motivation'
  /** last year's value (glossary: baseline): the reference of "+5% su 2017" targets (RP 2018 §5.3) */
  | 'baseline';

export interface IndividualColumn {
  col: number;
  kind: IndividualColumnKind;
  header: string;
  /** threshold: the level its header gives ("Target minimo (60%)" -> 60) */
  level?: number;
  /** baseline: the year its header gives ("Valore anno precedente (2017)") */
  year?: number;
}

export interface IndividualLayout {
  headerRow: number;
  columns: IndividualColumn[];
}

/** First matching line wins: the order matters ("Target minimo" is a soglia, "Obiettivo collegato" a link). */
const WORDS: { kind: IndividualColumnKind; any: string[][] }[] = [
  { kind: 'motivation', any: [['motivazione']] },
  { kind: 'assessed', any: [['punteggio'], ['valutazione', 'assegnata']] },
  { kind: 'override', any: [['assegnata'], ['assegnato']] },
  { kind: 'link', any: [['collegamento'], ['collegat'], ['codice', 'cruscotto'], ['unita'], ['area'], ['struttura']] },
  { kind: 'person', any: [['valutato'], ['persona'], ['nominativo'], ['dipendente'], ['destinatario'], ['assegnatario'], ['team']] },
  { kind: 'role', any: [['ruolo'], ['qualifica'], ['categoria']] },
  // before the soglie and targets: "Target storico" is the baseline
  { kind: 'baseline', any: [['storico'], ['baseline'], ['anno', 'precedente']] },
  { kind: 'weight', any: [['peso']] },
  { kind: 'kpi', any: [['indicatore'], ['kpi'], ['algoritmo']] },
  { kind: 'threshold', any: [['soglia'], ['target', 'minimo']] },
  { kind: 'target', any: [['target'], ['valore', 'atteso']] },
  { kind: 'result', any: [['risultato'], ['prestazione'], ['performance'], ['consuntivo'], ['valore', 'raggiunto']] },
  { kind: 'objective', any: [['obiettivo']] },
];

const MAX_HEADER_ROW = 30;

function kindOf(text: string): IndividualColumnKind | null {
  const key = headerKey(text);
  // the add-in's own figure columns («Punteggio individuale») are never an input
  if (key === '' || individualOutputOf(text) !== null) return null;
  for (const line of WORDS) if (line.any.some((words) => words.every((w) => key.includes(w)))) return line.kind;
  return null;
}

function levelOf(text: string): number | undefined {
  const m = /(\d+(?:[.,]\d+)?)\s*%/.exec(text);
  return m ? Number(m[1].replace(',', '.')) : undefined;
}

function columnsOf(grid: SheetGrid, row: number): IndividualColumn[] {
  const width = grid.cells[row]?.length ?? 0;
  const out: IndividualColumn[] = [];
  for (let col = 0; col < width; col++) {
    const header = cellText(cellAt(grid.cells, row, col)).trim();
    const kind = kindOf(header);
    if (!kind) continue;
    // only the first column of a kind, except soglie
    if (kind !== 'threshold' && out.some((c) => c.kind === kind)) continue;
    const year = kind === 'baseline' ? /\b(?:19|20)\d{2}\b/.exec(header)?.[0] : undefined;
    if (kind === 'threshold') out.push({ col, kind, header, level: levelOf(header) });
    else out.push(year ? { col, kind, header, year: Number(year) } : { col, kind, header });
  }
  return out;
}

/** The header row of an individual objectives sheet, or null when the sheet is not one. */
export function findIndividualHeader(grid: SheetGrid): IndividualLayout | null {
  const rows = Math.min(grid.cells.length, MAX_HEADER_ROW);
  for (let row = 0; row < rows; row++) {
    const columns = columnsOf(grid, row);
    const has = (k: IndividualColumnKind) => columns.some((c) => c.kind === k);
    if (has('person') && has('objective') && has('weight') && (has('link') || has('result') || has('assessed'))) return { headerRow: row, columns };
  }
  return null;
}
