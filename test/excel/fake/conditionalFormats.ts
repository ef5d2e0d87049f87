/** Fake conditional formats: the collection of a range (the rules intersecting it), custom rules, their fill and font. */
import { FakeClientObject, FakeCollection, type AnyClientObject, type Scalars } from './clientObject';
import type { FakeRequestContext } from './context';
import { FakeOfficeError, invalidArgument } from './errors';
import { FakeRange, type RangeEntity } from './range';
import { intersects, newId, type FakeConditionalFormatState, type FakeSheetState } from './state';

export interface ConditionalFormatEntity {
  sheet: FakeSheetState;
  cf: FakeConditionalFormatState;
}

const TYPES = ['Custom', 'DataBar', 'ColorScale', 'IconSet', 'TopBottom', 'PresetCriteria', 'ContainsText', 'CellValue'];

export class FakeConditionalFormatCollection extends FakeCollection<RangeEntity, FakeConditionalFormat> {
  protected list(e: RangeEntity): unknown[] {
    return e.sheet.conditionalFormats
      .filter((cf) => intersects(cf.rect, e.rect))
      .sort((a, b) => a.priority - b.priority)
      .map((cf) => ({ sheet: e.sheet, cf }));
  }
  protected itemProxy(item: unknown): FakeConditionalFormat {
    return new FakeConditionalFormat(this.context, () => item as ConditionalFormatEntity);
  }

  add(type: string): FakeConditionalFormat {
    let created: ConditionalFormatEntity | null = null;
    const child = new FakeConditionalFormat(this.context, () => {
      if (!created) throw invalidArgument('conditional format not created');
      return created;
    });
    this.context.enqueue({ Action: 'Method', ObjectId: child._objectId, ParentId: this._objectId, Name: 'add', Args: [type] }, () => {
      this.context.requireApi('1.6', 'ConditionalFormatCollection.add');
      if (!TYPES.includes(type)) throw invalidArgument(`conditional format type ${type}`);
      const e = this._require();
      for (const other of e.sheet.conditionalFormats) other.priority += 1;
      const cf: FakeConditionalFormatState = {
        id: newId(this.context.state, 'cf'),
        type,
        rect: { ...e.rect },
        formula: null,
        fill: null,
        fontColor: null,
        priority: 0,
        stopIfTrue: false,
      };
      e.sheet.conditionalFormats.push(cf);
      created = { sheet: e.sheet, cf };
      child._bind(created);
    });
    return child;
  }

  getItemAt(index: number): FakeConditionalFormat {
    const child = new FakeConditionalFormat(this.context, () => {
      const list = this.list(this._require()) as ConditionalFormatEntity[];
      if (index < 0 || index >= list.length) return null;
      return list[index];
    });
    return this.instantiate(child, 'getItemAt', [index]);
  }

  clearAll(): void {
    this.callMethod('clearAll', [], (e) => {
      e.sheet.conditionalFormats = e.sheet.conditionalFormats.filter((cf) => !intersects(cf.rect, e.rect));
    });
  }
}

export class FakeConditionalFormat extends FakeClientObject<ConditionalFormatEntity> {
  constructor(context: FakeRequestContext, resolver: () => ConditionalFormatEntity | null) {
    super(context, resolver);
  }
  protected override alive(e: ConditionalFormatEntity): boolean {
    return this.context.state.sheets.includes(e.sheet) && e.sheet.conditionalFormats.includes(e.cf);
  }
  protected scalars(): Scalars<ConditionalFormatEntity> {
    return {
      id: (e) => e.cf.id,
      type: (e) => e.cf.type,
      priority: (e) => e.cf.priority,
      stopIfTrue: (e) => e.cf.stopIfTrue,
    };
  }
  protected override navigation(): Record<string, () => AnyClientObject> {
    return { custom: () => this.custom, customOrNullObject: () => this.customOrNullObject };
  }
  get id(): string {
    return this.get('id');
  }
  get type(): string {
    return this.get('type');
  }
  get priority(): number {
    return this.get('priority');
  }
  set priority(p: number) {
    this.setProperty('priority', p, (e) => (e.cf.priority = p));
  }
  get stopIfTrue(): boolean {
    return this.get('stopIfTrue');
  }
  set stopIfTrue(v: boolean) {
    this.setProperty('stopIfTrue', v, (e) => (e.cf.stopIfTrue = v));
  }

  private cachedCustom?: FakeCustomConditionalFormat;
  get custom(): FakeCustomConditionalFormat {
    this.cachedCustom ??= new FakeCustomConditionalFormat(this.context, () => {
      const e = this._require();
      // like Excel: loading items/custom/... on a collection that also holds another type fails the whole
      // request with "This operation is not permitted for the current object." (office-js issue #2180)
      if (e.cf.type !== 'Custom') throw new FakeOfficeError('InvalidOperation', `This operation is not permitted for the current object. (the conditional format is of type ${e.cf.type}, not Custom)`);
      return e;
    });
    return this.cachedCustom;
  }
  private cachedCustomOrNull?: FakeCustomConditionalFormat;
  get customOrNullObject(): FakeCustomConditionalFormat {
    this.cachedCustomOrNull ??= new FakeCustomConditionalFormat(
      this.context,
      () => {
        const e = this._require();
        return e.cf.type === 'Custom' ? e : null;
      },
      true,
    );
    return this.cachedCustomOrNull;
  }

  delete(): void {
    this.callMethod('delete', [], (e) => {
      e.sheet.conditionalFormats = e.sheet.conditionalFormats.filter((cf) => cf !== e.cf);
    });
  }

  getRange(): FakeRange {
    const child = new FakeRange(this.context, () => {
      const e = this._require();
      return { sheet: e.sheet, rect: { ...e.cf.rect } };
    });
    return this.instantiate(child, 'getRange', []);
  }
}

export class FakeCustomConditionalFormat extends FakeClientObject<ConditionalFormatEntity> {
  protected scalars(): Scalars<ConditionalFormatEntity> {
    return {};
  }
  protected override navigation(): Record<string, () => AnyClientObject> {
    return { rule: () => this.rule, format: () => this.format };
  }
  private cachedRule?: FakeConditionalFormatRule;
  get rule(): FakeConditionalFormatRule {
    this.cachedRule ??= new FakeConditionalFormatRule(this.context, () => this._entity(), true);
    return this.cachedRule;
  }
  private cachedFormat?: FakeConditionalRangeFormat;
  get format(): FakeConditionalRangeFormat {
    this.cachedFormat ??= new FakeConditionalRangeFormat(this.context, () => this._entity(), true);
    return this.cachedFormat;
  }
}

export class FakeConditionalFormatRule extends FakeClientObject<ConditionalFormatEntity> {
  protected scalars(): Scalars<ConditionalFormatEntity> {
    return { formula: (e) => e.cf.formula ?? '', formulaLocal: (e) => e.cf.formula ?? '' };
  }
  get formula(): string {
    return this.get('formula');
  }
  /**
   * ConditionalFormatRule.formula is "standard notation" (excel-add-ins-conditional-formatting): the
   * English function names with "," between arguments and "." in numbers, as Range.formulas; the user's
   * language ("E(…;…)", "0,8") is formulaLocal. The fake refuses what the English parser would refuse.
   */
  set formula(f: string) {
    this.setProperty('formula', f, (e) => {
      const problem = invariantFormulaProblem(f);
      if (problem) throw invalidArgument(`conditional-format formula ${f}: ${problem}`);
      e.cf.formula = f;
    });
  }
}

export class FakeConditionalRangeFormat extends FakeClientObject<ConditionalFormatEntity> {
  protected scalars(): Scalars<ConditionalFormatEntity> {
    return {};
  }
  protected override navigation(): Record<string, () => AnyClientObject> {
    return { fill: () => this.fill, font: () => this.font };
  }
  private cachedFill?: FakeConditionalRangeFill;
  get fill(): FakeConditionalRangeFill {
    this.cachedFill ??= new FakeConditionalRangeFill(this.context, () => this._entity(), true);
    return this.cachedFill;
  }
  private cachedFont?: FakeConditionalRangeFont;
  get font(): FakeConditionalRangeFont {
    this.cachedFont ??= new FakeConditionalRangeFont(this.context, () => this._entity(), true);
    return this.cachedFont;
  }
}

export class FakeConditionalRangeFill extends FakeClientObject<ConditionalFormatEntity> {
  protected scalars(): Scalars<ConditionalFormatEntity> {
    return { color: (e) => e.cf.fill };
  }
  get color(): string {
    return this.get('color');
  }
  set color(c: string) {
    this.setProperty('color', c, (e) => (e.cf.fill = c.toUpperCase()));
  }
}

export class FakeConditionalRangeFont extends FakeClientObject<ConditionalFormatEntity> {
  protected scalars(): Scalars<ConditionalFormatEntity> {
    return { color: (e) => e.cf.fontColor };
  }
  get color(): string {
    return this.get('color');
  }
  set color(c: string) {
    this.setProperty('color', c, (e) => (e.cf.fontColor = c.toUpperCase()));
  }
}

/** Why Excel's English (invariant) formula parser would refuse `formula`, or null. */
export function invariantFormulaProblem(formula: string): string | null {
  if (!formula.startsWith('=')) return 'it must start with "="';
  let depth = 0;
  let quoted = false;
  for (let i = 1; i < formula.length; i++) {
    const ch = formula[i];
    if (quoted) {
      if (ch === '"') {
        if (formula[i + 1] === '"') i++;
        else quoted = false;
      }
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === '(') depth++;
    else if (ch === ')') {
      depth--;
      if (depth < 0) return 'unbalanced parentheses';
    } else if (ch === ';') return 'arguments are separated by "," in the invariant notation (";" is formulaLocal)';
    else if (ch === ',' && /\d/.test(formula[i - 1] ?? '') && /\d/.test(formula[i + 1] ?? '') && depth === 0) return 'a decimal comma (the invariant notation uses ".")';
  }
  if (quoted) return 'unterminated string';
  if (depth !== 0) return 'unbalanced parentheses';
  return null;
}
