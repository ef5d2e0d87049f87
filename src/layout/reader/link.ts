/**
 * Settles every node's parent from code prefixes, after the pass over the rows: an action 3.4.1
 * belongs to operational objective 3.4 and that one to strategic objective 3, even when the row
 * sits elsewhere (2022 plan: action 2.1.4 on the row of objective 2.2). When the prefix names an
 * objective the sheet does not have (2022 plan: no row for 3.2), it is created with a warning.
 * Codes that are not dotted numbers ("A1") keep the parent on the sheet.
 *
 * Five-level sheets: a scored row 1.1.1.2 belongs to the node above it, Azione 1.1.1, and that one to
 * operational objective 1.1, by the same prefix rule.
 *
 * A sheet with neither strategic objectives nor perspectives (Obiettivo | Indicatore) gets no stand-in
 * strategic objective: its objectives are the roots, and the ente is their mean (the engine's rule
 * "without strategic objectives or perspectives, the roots"), not a target of 80 the body never set.
 */
import { isStructuredCode, operationalPrefix, strategicPrefix } from './codes';
import { quoted, type DiagnosticList } from './diagnostics';
import { newRecord, type NodeRecord } from './records';
import type { RowScanner } from './scanner';

export interface LinkOptions {
  /** the sheet has strategic / operational columns (missing objectives deserve a warning) */
  hasStrategicColumns: boolean;
  hasOperationalColumns: boolean;
  /** the sheet has a perspective column */
  hasPerspectiveColumns: boolean;
  /** the sheet has a level between the operational objectives and the scored rows (five levels) */
  hasLeafGroupColumns: boolean;
}

export class Linker {
  /** per perspective: sheets without a strategic level (Linea strategica / Programma / Attività) */
  private readonly implicitStrategic = new Map<NodeRecord | null, NodeRecord>();
  private readonly implicitOperational = new Map<NodeRecord | null, NodeRecord>();

  constructor(
    private readonly scan: RowScanner,
    private readonly diags: DiagnosticList,
    private readonly options: LinkOptions,
  ) {}

  private attach(child: NodeRecord, parent: NodeRecord | null): void {
    child.parent = parent;
    if (parent) parent.children.push(child);
  }

  private createStrategic(code: string, from: NodeRecord): NodeRecord {
    const rec = newRecord('strategic', from.row, from.anchorCol);
    rec.code = code;
    rec.key = code;
    rec.title = `Obiettivo strategico ${code}`;
    rec.synthetic = true;
    rec.context = from.contextPerspective;
    rec.contextPerspective = from.contextPerspective;
    this.scan.strategicByKey.set(code, rec);
    this.scan.records.push(rec);
    this.attach(rec, rec.context);
    if (this.options.hasStrategicColumns) {
      this.diags.warning(
        'missing-strategic',
        from.row,
        from.anchorCol,
        `l'obiettivo strategico ${quoted(code)} non ha una riga nel foglio: è stato creato dal codice ${quoted(from.code ?? '')}`,
      );
    }
    return rec;
  }

  private strategicFor(code: string | null, context: NodeRecord | null, from: NodeRecord): NodeRecord | null {
    const prefix = code !== null ? strategicPrefix(code) : null;
    if (prefix !== null) {
      const found = this.scan.strategicByKey.get(prefix);
      if (found) return found;
    }
    if (context && (prefix === null || !isStructuredCode(context.code))) return context;
    if (prefix !== null) return this.createStrategic(prefix, from);
    // nothing above the objectives on the sheet: they are the roots
    if (!this.options.hasStrategicColumns && !this.options.hasPerspectiveColumns) return null;
    const perspective = from.contextPerspective;
    let implicit = this.implicitStrategic.get(perspective);
    if (!implicit) {
      implicit = newRecord('strategic', from.row, from.anchorCol);
      implicit.title = 'Obiettivi senza obiettivo strategico';
      implicit.forcedId = this.implicitStrategic.size === 0 ? 'S:implicito' : `S:implicito riga ${from.row + 1}`;
      implicit.synthetic = true;
      implicit.context = perspective;
      this.scan.records.push(implicit);
      this.attach(implicit, perspective);
      this.implicitStrategic.set(perspective, implicit);
    }
    return implicit;
  }

  private createOperational(code: string, action: NodeRecord): NodeRecord {
    const rec = newRecord('operational', action.row, action.anchorCol);
    rec.code = code;
    rec.key = code;
    rec.title = `Obiettivo operativo ${code}`;
    rec.synthetic = true;
    rec.contextPerspective = action.contextPerspective;
    this.scan.operationalByKey.set(code, rec);
    this.scan.records.push(rec);
    this.attach(rec, this.strategicFor(code, action.contextStrategic, rec));
    if (this.options.hasOperationalColumns) {
      this.diags.warning(
        'missing-operational',
        action.row,
        action.anchorCol,
        `l'obiettivo operativo ${quoted(code)} non ha una riga nel foglio: è stato creato dal codice dell'azione ${quoted(action.code ?? '')} (senza peso)`,
      );
    }
    return rec;
  }

  private createLeafGroup(code: string, action: NodeRecord): NodeRecord {
    const rec = newRecord('leafGroup', action.row, action.anchorCol);
    rec.code = code;
    rec.key = code;
    rec.title = `Voce ${code}`;
    rec.synthetic = true;
    rec.context = action.context;
    rec.contextStrategic = action.contextStrategic;
    rec.contextPerspective = action.contextPerspective;
    this.scan.leafGroupByKey.set(code, rec);
    this.scan.records.push(rec);
    this.attach(rec, this.operationalFor(rec));
    this.diags.warning(
      'missing-leaf-group',
      action.row,
      action.anchorCol,
      `la voce ${quoted(code)} non ha una riga nel foglio: è stata creata dal codice ${quoted(action.code ?? '')} (senza peso)`,
    );
    return rec;
  }

  /**
   * Five-level sheets: the node above a scored row, by its code prefix ("1.1.1.2" → "1.1.1"), else the one
   * in force on its row; null when neither (the row then sits straight in its operational objective).
   */
  private leafGroupFor(action: NodeRecord): NodeRecord | null {
    const context = action.contextGroup;
    const prefix = action.code !== null ? operationalPrefix(action.code) : null;
    if (prefix !== null) {
      const found = this.scan.leafGroupByKey.get(prefix);
      if (found) return found;
      // a row coded straight under an operational objective ("1.1.3" under "1.1") has no group
      if (this.scan.operationalByKey.has(prefix)) return null;
    }
    if (context && (prefix === null || !isStructuredCode(context.code))) return context;
    if (prefix !== null && (context || this.scan.leafGroupByKey.size > 0)) return this.createLeafGroup(prefix, action);
    return null;
  }

  private operationalFor(action: NodeRecord): NodeRecord {
    const context = action.context;
    const prefix = action.code !== null ? operationalPrefix(action.code) : null;
    if (prefix !== null) {
      const found = this.scan.operationalByKey.get(prefix);
      if (found) {
        if (context && context !== found && context.row === action.row) {
          this.diags.warning(
            'misaligned-row',
            action.row,
            action.anchorCol,
            `l'azione ${quoted(action.code!)} è sulla riga dell'obiettivo operativo ${quoted(context.code ?? context.title)}: è attribuita all'obiettivo ${quoted(found.code!)} in base al codice`,
          );
        }
        return found;
      }
    }
    if (context && (prefix === null || !isStructuredCode(context.code))) return context;
    if (prefix !== null) return this.createOperational(prefix, action);
    const key = action.contextStrategic;
    let implicit = this.implicitOperational.get(key);
    if (!implicit) {
      implicit = newRecord('operational', action.row, action.anchorCol);
      implicit.title = 'Azioni senza obiettivo operativo';
      implicit.forcedId = `O:implicito riga ${action.row + 1}`;
      implicit.synthetic = true;
      this.scan.records.push(implicit);
      this.attach(implicit, this.strategicFor(null, action.contextStrategic, action));
      this.implicitOperational.set(key, implicit);
    }
    return implicit;
  }

  /** Links all records; returns the roots (perspectives, strategic objectives without one, objectives without either). */
  link(): NodeRecord[] {
    const original = [...this.scan.records];
    for (const rec of original) {
      if (rec.level === 'strategic') this.attach(rec, rec.context);
    }
    for (const rec of original) {
      if (rec.level === 'operational') this.attach(rec, this.strategicFor(rec.code, rec.context, rec));
    }
    for (const rec of original) {
      if (rec.level === 'leafGroup') this.attach(rec, this.operationalFor(rec));
    }
    for (const rec of original) {
      if (rec.level !== 'action') continue;
      const group = this.options.hasLeafGroupColumns ? this.leafGroupFor(rec) : null;
      this.attach(rec, group ?? this.operationalFor(rec));
    }
    return this.scan.records.filter((r) => r.parent === null);
  }
}
