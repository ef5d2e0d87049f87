/**
 * The add-in's settings as Excel saves them: workbook.settings of an Office add-in are stored in a
 * web-extension part of the package (xl/webextensions/webextensionN.xml, [MS-OWEXML] 2.2.4 CT_OsfWebExtension),
 * one <we:property name="…" value="…"/> per key under <we:properties>, each value JSON-encoded. The add-in
 * keeps one key (src/excel/settings.ts SETTINGS_KEY) whose value is the settings object as a JSON string.
 */
import type { XlsxPackage } from './zip';
import { attr, child, children, localName, parseXml } from './xml';

/** The key the add-in stores its settings under (src/excel/settings.ts). */
export const ADDIN_SETTINGS_KEY = 'cruscotto.impostazioni';

export interface WebExtensionSetting {
  /** the part that holds it */
  part: string;
  /** the stored value, JSON-decoded once (the add-in's settings: a JSON string) */
  value: unknown;
}

/** The add-in's stored settings value in the package, or null when no web-extension part carries the key. */
export function readWebExtensionSetting(pkg: XlsxPackage, key = ADDIN_SETTINGS_KEY): WebExtensionSetting | null {
  const parts = pkg.names().filter((n) => /^xl\/webextensions\/webextension[^/]*\.xml$/i.test(n)).sort();
  for (const part of parts) {
    let root;
    try {
      root = parseXml(pkg.text(part)!);
    } catch {
      continue;
    }
    if (localName(root.name) !== 'webextension') continue;
    const props = child(root, 'properties');
    const prop = props ? children(props, 'property').find((p) => attr(p, 'name') === key) : undefined;
    if (!prop) continue;
    const raw = attr(prop, 'value') ?? '';
    try {
      return { part, value: JSON.parse(raw) };
    } catch {
      // a value written by hand or by another tool without the JSON quoting: taken as it is
      return { part, value: raw };
    }
  }
  return null;
}
