/**
 * Variations a real cruscotto shows and a reader must survive: columns in another order, unrelated
 * columns, headers typed differently (case, spacing, typos), repeated headers and empty rows
 * (the last two are applied by ./sheetTable).
 */
import type { CellInput } from '../../../src/engine/types';
import type { Rng } from './prng';
import type { ColumnSpec, HeaderLabel } from '../../../src/layout/example/sheetTable';
import * as words from './vocabulary';

/** Ways staff actually type the headers (Sondrio 2018-2022 and common slips). */
const HEADER_VARIANTS: Record<string, string[]> = {
  'Prospettiva': ['PROSPETTIVA', 'Prospettiva BSC', 'Prospettiva '],
  'Prospettiva BSC': ['Prospettiva', 'PROSPETTIVA BSC', 'Prospettiva  BSC'],
  'Obiettivi strategici': ['Obbiettivi strategici', 'OBIETTIVI STRATEGICI', 'Obiettivo strategico'],
  'Obiettivo Strategico': ['Obbiettivo strategico', 'OBIETTIVO STRATEGICO', 'Obiettivi strategici'],
  'Obiettivo strategico': ['Obbiettivo strategico', 'OBIETTIVO STRATEGICO', 'Obiettivi strategici'],
  'Obiettivi operativi': ['Obiettivi Operativi', 'Obbiettivi operativi', 'OBIETTIVI OPERATIVI'],
  'Obiettivo operativo': ['Obiettivi operativi', 'Obbiettivo operativo', 'OBIETTIVO OPERATIVO'],
  'Azioni': ['AZIONI', 'Azione', 'Azioni '],
  'Azione': ['AZIONE', 'Azioni'],
  'cod.': ['Cod.', 'cod', 'Codice', 'COD.'],
  'descrizione': ['Descrizione', 'descrizione ', 'DESCRIZIONE'],
  'titolo': ['Titolo', 'titolo / descrizione', 'TITOLO'],
  'titolo / descrizione': ['Titolo / Descrizione', 'titolo/descrizione', 'titolo /\ndescrizione', 'Titolo e descrizione'],
  'kpi': ['KPI', 'Kpi', 'indicatore (kpi)'],
  'Indicatore': ['indicatore', 'INDICATORE', 'Indicatore (kpi)'],
  'peso': ['Peso', 'PESO', 'peso %'],
  'Peso': ['peso', 'PESO', 'Peso %'],
  'target': ['Target', 'TARGET', 'target '],
  'Target': ['target', 'TARGET', 'Target '],
  'Soglie': ['soglie', 'SOGLIE', 'Soglia'],
  'Relatore': ['relatore', 'RELATORE', 'Relatore '],
  'Risultato': ['risultato', 'RISULTATO', 'Risultato '],
  'Stato': ['stato', 'STATO'],
  'PERCENTUALE RAGGIUNGIMENTO': ['Percentuale raggiungimento', 'PERCENTUALE DI RAGGIUNGIMENTO'],
};

/** Rewrites the headers; a label keeps one spelling per header row so group merges stay whole. */
export function applyHeaderTypos(columns: ColumnSpec[], rng: Rng): ColumnSpec[] {
  const chosen = new Map<string, HeaderLabel>();
  const variantOf = (label: HeaderLabel, row: number, prefix: string): HeaderLabel => {
    if (typeof label !== 'string' || label === '') return label;
    const key = `${row}\u0000${prefix}\u0000${label}`;
    let out = chosen.get(key);
    if (out === undefined) {
      const variants = HEADER_VARIANTS[label];
      out = variants && rng.chance(0.7) ? rng.pick(variants) : label;
      chosen.set(key, out);
    }
    return out;
  };
  return columns.map((col) => {
    const header = col.header.map((label, row) => variantOf(label, row, col.header.slice(0, row).map(String).join('\u0001')));
    return { ...col, header };
  });
}

/** Unrelated columns (notes, resources...) inserted between the blocks and at the end. */
export function addExtraColumns(columns: ColumnSpec[], headerRows: number, rng: Rng): ColumnSpec[] {
  const out = columns.slice();
  const count = rng.int(2, 3);
  const names = rng.shuffle(words.EXTRA_COLUMNS.slice()).slice(0, count);
  for (const name of names) {
    const header: HeaderLabel[] = [name];
    while (header.length < headerRows) header.push('');
    const money = name.startsWith('Risorse');
    const cell = (): CellInput => {
      if (money) return rng.chance(0.6) ? { value: rng.int(10, 300) * 500, numberFormat: '#,##0.00 "€"' } : { value: null };
      const note = rng.pick(words.NOTE_TEXTS);
      return note ? { value: note } : { value: null };
    };
    // at a block boundary (where the top header changes) or at the end
    const boundaries: number[] = [out.length];
    for (let i = 1; i < out.length; i++) if (String(out[i].header[0]) !== String(out[i - 1].header[0])) boundaries.push(i);
    out.splice(rng.pick(boundaries), 0, { header, level: 'action', cell });
  }
  return out;
}

/**
 * Shuffles the columns inside each top-level group (Azioni, Obiettivi operativi, ...). Sub-groups such
 * as Target 2022/2023/2024 or Soglie 80%/60%, and glued columns (Peso + its Risultato in the 2020 annex),
 * move as one unit, so every header still sits over its data and keeps its meaning.
 */
export function shuffleColumns(columns: ColumnSpec[], rng: Rng): ColumnSpec[] {
  const groups: ColumnSpec[][] = [];
  for (const col of columns) {
    const last = groups[groups.length - 1];
    if (last && String(last[0].header[0]) === String(col.header[0]) && String(col.header[0]) !== '') last.push(col);
    else groups.push([col]);
  }
  const out: ColumnSpec[] = [];
  for (const group of groups) {
    const units: ColumnSpec[][] = [];
    for (const col of group) {
      const last = units[units.length - 1];
      const isSub = col.header.slice(2).some((l) => String(l) !== '');
      if (last && (col.glue || (isSub && String(last[0].header[1]) === String(col.header[1])))) last.push(col);
      else units.push([col]);
    }
    const shuffled = rng.shuffle(units);
    // a measured result right after a Peso would read as the 2020 annex's percentage column: swap them
    for (let i = 1; i < shuffled.length; i++) {
      if (shuffled[i][0].role === 'action.result' && shuffled[i - 1][shuffled[i - 1].length - 1].role === 'action.weight') {
        [shuffled[i - 1], shuffled[i]] = [shuffled[i], shuffled[i - 1]];
      }
    }
    for (const unit of shuffled) out.push(...unit);
  }
  return out;
}
