/**
 * readCruscotto: a sheet grid in, the performance tree, where each node sits, and diagnostics out.
 * Never throws: a sheet without a recognisable header gives an empty tree and one error.
 */
import type { Profile } from '../../engine/types';
import type { ColumnMapping, ReadResult, SheetGrid } from '../types';
import { decidePlanYear, YEARLESS_PLAN_YEAR } from '../planYear';
import { thresholdLevels } from './actionCells';
import { isBlank } from './cellText';
import { buildColumnMap } from './columnMap';
import { DiagnosticList } from './diagnostics';
import { firstYear, searchHeader } from './findHeader';
import { Linker } from './link';
import { HeaderTemplate } from './headerTemplate';
import { leafWords } from './leafWords';
import { realignColumns } from './realign';
import { searchFromMapping } from '../mapping/searchFromMapping';
import { RepeatedHeaderDetector } from './repeatedHeader';
import { RowScanner } from './scanner';
import { buildTree } from './tree';

export interface ReadOptions {
  profile: Profile;
  /** plan year asked for; default the first year of the target columns, else `currentYear` (see ../planYear) */
  planYear?: number;
  /** today's year, given by the back end (the pure layers never read the clock) */
  currentYear?: number;
  /** the user's column mapping: used instead of the header detection while it fits the sheet */
  mapping?: ColumnMapping | null;
}

export const HEADER_NOT_FOUND =
  'intestazione non trovata: servono almeno le colonne del codice o del titolo della voce misurata (azione o indicatore) e del target, di solito anche peso, soglie e risultato';

function rowIsEmpty(row: SheetGrid['cells'][number] | undefined): boolean {
  if (!row) return true;
  for (const cell of row) if (!isBlank(cell)) return false;
  return true;
}

function read(grid: SheetGrid, options: ReadOptions): ReadResult {
  const diags = new DiagnosticList(grid.name);
  const empty: ReadResult = { sheet: grid.name, layout: null, tree: { roots: [] }, locations: new Map(), diagnostics: diags.items };
  // a saved column mapping that still fits replaces the detection; one that no longer fits is reported
  const mapped = options.mapping ? searchFromMapping(grid, options.mapping, options.currentYear ?? YEARLESS_PLAN_YEAR) : null;
  if (mapped && !mapped.ok) diags.sheetLevel('error', 'mapping-misfit', mapped.diagnostic);
  const found = mapped?.ok ? mapped.search : searchHeader(grid);
  if (!found) {
    diags.sheetLevel('error', 'header-not-found', HEADER_NOT_FOUND);
    return empty;
  }
  const { merges, width } = found;
  const layout = { ...found.layout, repeatedHeaderRows: [] as number[] };
  // a header shifted right of its data (cells inserted in the header row); a saved mapping is taken as it is
  if (!layout.fromMapping) realignColumns(grid, layout, width, diags);
  const first = firstYear(layout.columns);
  const yearsOnSheet = layout.columns.filter((c) => c.role.endsWith('.target') && c.year !== undefined).map((c) => c.year!);
  const decided = decidePlanYear(options.planYear, yearsOnSheet, options.currentYear, first);
  // the message names the header cell of the year's column the run falls back to (else the first target header)
  const headerCell = (role: string, year?: number): number | null => {
    // the actions' columns first: those are the ones the year changes
    const cols = [...layout.columns.filter((c) => c.role === `action${role}`), ...layout.columns.filter((c) => c.role.endsWith(role))];
    return (cols.find((c) => year !== undefined && c.year === year) ?? cols[0])?.col ?? null;
  };
  const atHeader = (code: string, col: number | null, message: string): void => {
    if (col === null) diags.sheetLevel('warning', code, message);
    else diags.warning(code, layout.headerBottom, col, message);
  };
  if (decided.warning) atHeader('plan-year-not-found', headerCell('.target', decided.year), decided.warning);
  const planYear = decided.year;
  layout.planYear = planYear;

  const map = buildColumnMap(layout.columns, planYear, first);
  if (map.thresholdsOfOtherYear) {
    atHeader('thresholds-other-year', headerCell('.threshold'), `le soglie del foglio si riferiscono al ${first}: per il ${planYear} le azioni non hanno soglie`);
  }
  const levels = thresholdLevels(map, options.profile);
  // the layout handed back carries the levels actually used for the soglie
  layout.columns = layout.columns.map((c) => {
    const i = map.thresholds.findIndex((t) => t.col === c.col);
    return i >= 0 && c.level === undefined && levels[i] !== null ? { ...c, level: levels[i]! } : c;
  });

  const leaf = leafWords(layout.levelNames?.action);
  const scanner = new RowScanner({ grid, merges, map, levels, profile: options.profile, valueContext: { planYear }, diags, leaf });
  const template = new HeaderTemplate(grid, merges, layout.headerTop, layout.headerBottom, width);
  const keyColumns = [map.actionCode, map.actionTitle ?? map.actionKpi, map.actionTarget, map.perspectiveTitle, map.strategicCode, map.operationalCode];
  const detector = new RepeatedHeaderDetector(grid, merges, width, keyColumns, template);
  for (let r = layout.headerBottom + 1; r < grid.cells.length; r++) {
    if (rowIsEmpty(grid.cells[r])) {
      detector.reset();
      continue;
    }
    if (detector.isHeaderRow(r)) {
      layout.repeatedHeaderRows.push(r);
      continue;
    }
    scanner.scan(r);
  }

  if (map.actionCode === undefined) {
    diags.sheetLevel('warning', 'no-action-code-column', `il foglio non ha la colonna cod. ${leaf.name}: ${leaf.thePlural} sono indicat${leaf.pluralEnding} con il numero di riga`);
  }
  const roots = new Linker(scanner, diags, {
    hasStrategicColumns: map.strategicCode !== undefined || map.strategicTitle !== undefined,
    hasOperationalColumns: map.operationalCode !== undefined || map.operationalTitle !== undefined,
    hasPerspectiveColumns: map.perspectiveTitle !== undefined,
    hasLeafGroupColumns: map.leafGroupCode !== undefined || map.leafGroupTitle !== undefined,
  }).link();
  const { tree, locations } = buildTree(scanner.records, roots, diags);
  return { sheet: grid.name, layout, tree, locations, diagnostics: diags.items };
}

/** Reads a cruscotto sheet. Never throws; problems come back as diagnostics with their cell. */
export function readCruscotto(grid: SheetGrid, options: ReadOptions): ReadResult {
  try {
    return read(grid, options);
  } catch (e) {
    const diags = new DiagnosticList(grid?.name ?? '');
    diags.sheetLevel('error', 'internal-error', `errore imprevisto nella lettura del foglio: ${e instanceof Error ? e.message : String(e)}`);
    return { sheet: grid?.name ?? '', layout: null, tree: { roots: [] }, locations: new Map(), diagnostics: diags.items };
  }
}
