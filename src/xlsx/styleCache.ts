/**
 * New style objects for the cells a write plan touches, shared between cells that get the same change.
 *
 * exceljs gives one style object to all the cells loaded with the same style id, so a style is never
 * changed in place: a written cell gets a new object, { ...old style, ...change }. Two cells that had the
 * same old style object (or both an empty style) and get the same change would get equal new objects;
 * here they get the same one. Nothing ever changes these objects afterwards (every write in this back
 * end makes a new object), and on saving exceljs turns each distinct style object into XML once, instead
 * of once per cell.
 */
import type ExcelJS from 'exceljs';

type Style = Partial<ExcelJS.Style>;

/** A style with no own property: all of them look the same, whatever object holds them. */
function isEmptyStyle(style: object): boolean {
  for (const key in style) if (Object.prototype.hasOwnProperty.call(style, key)) return false;
  return true;
}

export class StyleCache {
  private readonly byStyle = new WeakMap<object, Map<string, Style>>();
  private readonly fromEmpty = new Map<string, Style>();

  /**
   * The style `old` becomes with the change named `key` (built by `make` from the old style the first time):
   * `key` must describe the change completely.
   */
  restyled(old: Style | undefined, key: string, make: (old: Style) => Style): Style {
    const base: Style = old ?? {};
    let byKey: Map<string, Style> | undefined;
    if (isEmptyStyle(base)) {
      byKey = this.fromEmpty;
    } else {
      byKey = this.byStyle.get(base);
      if (!byKey) this.byStyle.set(base, (byKey = new Map()));
    }
    let style = byKey.get(key);
    if (!style) byKey.set(key, (style = make(base)));
    return style;
  }
}
