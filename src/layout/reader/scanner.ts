/**
 * The single pass over the data rows. Parent cells (perspective, strategic, operational, and on
 * five-level sheets the level above the scored rows) are filled down: a blank or merged cell keeps the
 * node above. Parents are settled later from code prefixes
 * (see link.ts); here each node records the context it sits in.
 *
 * Perspective rule (page breaks split merged perspective cells: "cessi", "SOSTENIBILITÀ" then
 * "ECONOMICO FINANZ"): a non-empty perspective cell starts (or returns to) a perspective only on a
 * row where a strategic objective not seen before starts, and not when the text begins with a
 * lower-case letter (a fragment of the title above, as "e" / "cessi" in the Sondrio PDFs); on any
 * other row it is ignored and the first title is kept. A perspective cell on a row of its own is
 * held for the next new strategic objective. A strategic objective belongs to the perspective on
 * its first row.
 */
import type { Profile, ValueContext } from '../../engine/types';
import type { SheetGrid } from '../types';
import { readActionCells, readPercentageCell } from './actionCells';
import { cellAt, cellText, isBlank } from './cellText';
import { cleanCode, codeKey, strategicPrefix } from './codes';
import type { ColumnMap } from './columnMap';
import { quoted, type DiagnosticList } from './diagnostics';
import type { MergeIndex } from './merges';
import { leafWords, type LeafWords } from './leafWords';
import { displayTitle, titleKey } from './normalise';
import { newRecord, type NodeRecord } from './records';

export interface ScanInput {
  grid: SheetGrid;
  merges: MergeIndex;
  map: ColumnMap;
  levels: (number | null)[];
  profile: Profile;
  valueContext: ValueContext;
  diags: DiagnosticList;
  /** how messages name the scored rows (azione, indicatore); default azione */
  leaf?: LeafWords;
}

/** A page-break fragment of the title above ("cessi", "e"): starts with a lower-case letter. */
function isFragment(text: string): boolean {
  return /^\p{Ll}/u.test(text);
}

/** A node's input columns on this sheet: the ones the sheet lacks are left out, not set to undefined. */
function presentColumns(candidates: { [K in keyof NodeRecord['columns']]: number | undefined }): NodeRecord['columns'] {
  const columns: NodeRecord['columns'] = {};
  for (const key of Object.keys(candidates) as (keyof NodeRecord['columns'])[]) {
    const col = candidates[key];
    if (col !== undefined) columns[key] = col;
  }
  return columns;
}

export class RowScanner {
  readonly records: NodeRecord[] = [];
  readonly perspectives = new Map<string, NodeRecord>();
  readonly strategicByKey = new Map<string, NodeRecord>();
  readonly operationalByKey = new Map<string, NodeRecord>();
  readonly leafGroupByKey = new Map<string, NodeRecord>();
  readonly actionByKey = new Map<string, NodeRecord>();
  private perspective: NodeRecord | null = null;
  private pendingPerspective: string | null = null;
  private strategic: NodeRecord | null = null;
  private operational: NodeRecord | null = null;
  /** five-level sheets: the node above the scored rows in force (valid inside its operational objective only) */
  private leafGroup: NodeRecord | null = null;
  private sharedActionColumns: NodeRecord['columns'] | null = null;

  constructor(private readonly input: ScanInput) {}

  private raw(row: number, col: number | undefined): string {
    return col === undefined ? '' : cellText(cellAt(this.input.grid.cells, row, col));
  }

  /** raw(row, col) !== '' without building the text. */
  private filled(row: number, col: number | undefined): boolean {
    return col !== undefined && !isBlank(cellAt(this.input.grid.cells, row, col));
  }

  /** Parent cells: a cell covered by a merged area reads the area's value. */
  private parentText(row: number, col: number | undefined): string {
    return col === undefined ? '' : cellText(this.input.merges.resolved(this.input.grid.cells, row, col));
  }

  private duplicate(row: number, col: number, code: string, first: NodeRecord): void {
    const { diags } = this.input;
    diags.error('duplicate-code', row, col, `il codice ${quoted(code)} è già usato in ${diags.ref(first.row, first.anchorCol)}`);
  }

  private perspectiveFor(text: string, row: number): NodeRecord {
    const key = titleKey(text);
    let rec = this.perspectives.get(key);
    if (!rec) {
      rec = newRecord('perspective', row, this.input.map.perspectiveTitle ?? 0);
      rec.title = displayTitle(text);
      rec.id = `P:${key}`;
      rec.columns = presentColumns({ title: this.input.map.perspectiveTitle });
      this.perspectives.set(key, rec);
      this.records.push(rec);
    }
    return rec;
  }

  scan(row: number): void {
    const { map } = this.input;
    const pText = this.parentText(row, map.perspectiveTitle);
    const sCode = this.parentText(row, map.strategicCode);
    const sTitle = this.parentText(row, map.strategicTitle);
    const oCode = this.parentText(row, map.operationalCode);
    const oTitle = this.parentText(row, map.operationalTitle);
    const gCode = this.parentText(row, map.leafGroupCode);
    const gTitle = this.parentText(row, map.leafGroupTitle);
    const aCode = this.raw(row, map.actionCode);
    const hasAction =
      aCode !== '' ||
      this.filled(row, map.actionTitle) ||
      this.filled(row, map.actionKpi) ||
      this.filled(row, map.actionTarget) ||
      this.filled(row, map.actionResult) ||
      map.thresholds.some((t) => this.filled(row, t.col));

    const ownLevelCells =
      hasAction ||
      this.filled(row, map.strategicCode) ||
      this.filled(row, map.strategicTitle) ||
      this.filled(row, map.operationalCode) ||
      this.filled(row, map.operationalTitle) ||
      this.filled(row, map.leafGroupCode) ||
      this.filled(row, map.leafGroupTitle);
    if (!ownLevelCells) {
      // a perspective on a row of its own waits for the next new strategic objective
      const own = this.raw(row, map.perspectiveTitle);
      if (own !== '' && !isFragment(own)) this.pendingPerspective = own;
      return;
    }

    if (map.strategicCode === undefined && map.strategicTitle === undefined) this.perspectiveWithoutStrategic(row, pText);
    const newStrategic = this.strategicStep(row, sCode, sTitle, oCode, aCode);
    if (newStrategic) {
      let perspective = this.perspective;
      if (pText !== '' && !(isFragment(pText) && this.perspective)) perspective = this.perspectiveFor(pText, row);
      else if (pText === '' && this.pendingPerspective) perspective = this.perspectiveFor(this.pendingPerspective, row);
      this.pendingPerspective = null;
      this.perspective = perspective;
      newStrategic.context = perspective;
      newStrategic.contextPerspective = perspective;
      this.operational = null;
    }
    this.operationalStep(row, oCode, oTitle);
    // a group belongs to the operational objective it started in: a new objective starts without one
    if (this.leafGroup && this.leafGroup.context !== this.operational) this.leafGroup = null;
    this.leafGroupStep(row, gCode, gTitle);
    if (hasAction) this.actionStep(row, aCode);

    for (const rec of [this.perspective, this.strategic, this.operational, this.leafGroup]) {
      if (rec && rec.lastRow < row) rec.lastRow = row;
    }
  }

  /**
   * A sheet without a strategic level (Linea strategica / Programma / Attività): the perspective cell
   * starts (or returns to) a perspective on any row of its own level's block.
   */
  private perspectiveWithoutStrategic(row: number, pText: string): void {
    let text = pText !== '' && !(isFragment(pText) && this.perspective) ? pText : null;
    if (text === null && pText === '' && this.pendingPerspective) text = this.pendingPerspective;
    if (text === null) return;
    this.pendingPerspective = null;
    const perspective = this.perspectiveFor(text, row);
    if (perspective !== this.perspective) this.operational = null;
    this.perspective = perspective;
  }

  /** Returns the strategic objective that starts on this row, if any. */
  private strategicStep(row: number, sCode: string, sTitle: string, oCode: string, aCode: string): NodeRecord | null {
    const { map } = this.input;
    const current = this.strategic;
    if (sCode !== '') {
      const key = codeKey(sCode);
      if (current && current.key === key) {
        if (current.title === '' && sTitle !== '') current.title = displayTitle(sTitle);
        return null;
      }
      const seen = this.strategicByKey.get(key);
      if (seen) {
        if (this.raw(row, map.strategicCode) !== '') this.duplicate(row, map.strategicCode!, sCode, seen);
        this.strategic = seen;
        this.operational = null;
        return null;
      }
      return this.startStrategic(row, cleanCode(sCode), sTitle);
    }
    if (sTitle === '') return null;
    const rowCode = oCode !== '' ? strategicPrefix(oCode) : aCode !== '' ? strategicPrefix(aCode) : null;
    if (rowCode !== null) {
      // no code cell: the row's operational / action code tells which objective this is
      if (current && current.key === rowCode) return null;
      const seen = this.strategicByKey.get(rowCode);
      if (seen) {
        // a title fragment after a page break ("Utilizzo"): keep the first title
        if (seen !== current) this.operational = null;
        this.strategic = seen;
        return null;
      }
      if (current && current.key === null && titleKey(current.title) === titleKey(sTitle)) {
        this.setStrategicCode(current, rowCode);
        return null;
      }
      const rec = this.startStrategic(row, null, sTitle);
      this.setStrategicCode(rec, rowCode);
      return rec;
    }
    if (current && titleKey(current.title) === titleKey(sTitle)) return null;
    return this.startStrategic(row, null, sTitle);
  }

  private setStrategicCode(rec: NodeRecord, code: string): void {
    if (rec.key !== null || this.strategicByKey.has(code)) return;
    rec.code = code;
    rec.key = code;
    this.strategicByKey.set(code, rec);
  }

  private startStrategic(row: number, code: string | null, title: string): NodeRecord {
    const { map, diags, grid } = this.input;
    const rec = newRecord('strategic', row, map.strategicCode ?? map.strategicTitle ?? 0);
    rec.code = code;
    rec.key = code === null ? null : code.toLowerCase();
    rec.title = displayTitle(title);
    rec.columns = presentColumns({ code: map.strategicCode, title: map.strategicTitle, kpi: map.strategicKpi, target: map.strategicTarget });
    // SMVP Sondrio 2020-2022: the strategic objective's own target ("Target 2022": 80% or 100%)
    rec.target = readPercentageCell(grid, row, map.strategicTarget, "il target dell'obiettivo strategico", 'bad-strategic-target', diags);
    if (rec.key !== null) this.strategicByKey.set(rec.key, rec);
    this.records.push(rec);
    this.strategic = rec;
    return rec;
  }

  private operationalStep(row: number, oCode: string, oTitle: string): void {
    const { map, diags, grid } = this.input;
    const current = this.operational;
    let code: string | null = null;
    if (oCode !== '') {
      const key = codeKey(oCode);
      if (current && current.key === key) {
        if (current.title === '' && oTitle !== '') current.title = displayTitle(oTitle);
        return;
      }
      const seen = this.operationalByKey.get(key);
      if (seen) {
        if (this.raw(row, map.operationalCode) !== '') this.duplicate(row, map.operationalCode!, oCode, seen);
        this.operational = seen;
        return;
      }
      code = cleanCode(oCode);
    } else {
      if (oTitle === '') return;
      if (current && titleKey(current.title) === titleKey(oTitle)) return;
    }
    const rec = newRecord('operational', row, map.operationalCode ?? map.operationalTitle ?? 0);
    rec.code = code;
    rec.key = code === null ? null : code.toLowerCase();
    rec.title = displayTitle(oTitle);
    rec.context = this.strategic;
    rec.contextStrategic = this.strategic;
    rec.contextPerspective = this.perspective;
    rec.columns = presentColumns({ code: map.operationalCode, title: map.operationalTitle, weight: map.operationalWeight, kpi: map.operationalKpi });
    rec.weight = readPercentageCell(grid, row, map.operationalWeight, 'il peso', 'bad-weight', diags);
    if (rec.key !== null) {
      this.operationalByKey.set(rec.key, rec);
      // 2020 annex: strategic objectives have no code; theirs is the first number of their operational codes
      const prefix = strategicPrefix(code!);
      if (this.strategic && this.strategic.key === null && prefix) this.setStrategicCode(this.strategic, prefix);
    }
    this.records.push(rec);
    this.operational = rec;
  }

  /**
   * Five-level sheets: the node above the scored rows (an Azione over its Indicatori), as an operational
   * objective is read: a code seen before returns to it, a blank cell keeps the one above.
   */
  private leafGroupStep(row: number, gCode: string, gTitle: string): void {
    const { map, diags, grid } = this.input;
    const current = this.leafGroup;
    let code: string | null = null;
    if (gCode !== '') {
      const key = codeKey(gCode);
      if (current && current.key === key) {
        if (current.title === '' && gTitle !== '') current.title = displayTitle(gTitle);
        return;
      }
      const seen = this.leafGroupByKey.get(key);
      if (seen) {
        if (this.raw(row, map.leafGroupCode) !== '') this.duplicate(row, map.leafGroupCode!, gCode, seen);
        this.leafGroup = seen;
        return;
      }
      code = cleanCode(gCode);
    } else {
      if (gTitle === '') return;
      if (current && titleKey(current.title) === titleKey(gTitle)) return;
    }
    const rec = newRecord('leafGroup', row, map.leafGroupCode ?? map.leafGroupTitle ?? 0);
    rec.code = code;
    rec.key = code === null ? null : code.toLowerCase();
    rec.title = displayTitle(gTitle);
    rec.context = this.operational;
    rec.contextStrategic = this.strategic;
    rec.contextPerspective = this.perspective;
    rec.columns = presentColumns({ code: map.leafGroupCode, title: map.leafGroupTitle, weight: map.leafGroupWeight });
    rec.weight = readPercentageCell(grid, row, map.leafGroupWeight, 'il peso', 'bad-weight', diags);
    if (rec.key !== null) this.leafGroupByKey.set(rec.key, rec);
    this.records.push(rec);
    this.leafGroup = rec;
  }

  /** The input columns of every action (one shared, frozen object: the same for all the rows). */
  private actionColumns(): NodeRecord['columns'] {
    if (this.sharedActionColumns) return this.sharedActionColumns;
    const { map } = this.input;
    const columns = presentColumns({
      code: map.actionCode,
      title: map.actionTitle,
      weight: map.actionWeight,
      kpi: map.actionKpi,
      target: map.actionTarget,
      thresholds: map.thresholds[0]?.col,
      result: map.actionResult,
      override: map.override,
      motivation: map.motivation,
      status: map.status,
      direction: map.direction,
      method: map.method,
      baseline: map.baseline,
    });
    this.sharedActionColumns = Object.freeze(columns);
    return columns;
  }

  private actionStep(row: number, aCode: string): void {
    const { map, diags, grid, levels, valueContext, profile, merges } = this.input;
    const anchor = map.actionCode ?? map.actionTitle ?? map.actionKpi ?? map.actionTarget ?? 0;
    const rec = newRecord('action', row, anchor);
    const area = merges.areaAt(row, anchor);
    if (area) rec.lastRow = area.bottom;
    // indicators as the scored rows: without a title column the indicator's KPI text is its name
    rec.title = displayTitle(this.raw(row, map.actionTitle ?? map.actionKpi));
    rec.context = this.operational;
    rec.contextStrategic = this.strategic;
    rec.contextPerspective = this.perspective;
    rec.contextGroup = this.leafGroup;
    if (aCode !== '') {
      rec.code = cleanCode(aCode);
      rec.key = rec.code.toLowerCase();
      const seen = this.actionByKey.get(rec.key);
      if (seen) {
        this.duplicate(row, map.actionCode!, aCode, seen);
        rec.forcedId = `riga ${row + 1}`;
      } else this.actionByKey.set(rec.key, rec);
    } else {
      rec.forcedId = `riga ${row + 1}`;
      if (map.actionCode !== undefined) {
        const leaf = this.input.leaf ?? leafWords(undefined);
        diags.warning('missing-action-code', row, map.actionCode, `${leaf.the} non ha un codice: è indicat${leaf.ending} come «riga ${row + 1}»`);
      }
    }
    rec.columns = this.actionColumns();
    const cells = readActionCells(grid, row, map, levels, valueContext, profile, diags);
    rec.action = cells.spec;
    rec.weight = cells.weight;
    this.records.push(rec);
  }
}

