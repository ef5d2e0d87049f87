/**
 * @jest-environment jsdom
 */
import * as fs from 'fs';
import * as path from 'path';

const root = path.join(__dirname, '../..');
const source = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS, loaded by its path
const webpackConfig = require(path.join(root, 'webpack.config.js')) as { manifestFor(content: Buffer | string, url: string): string; DEV_URL: string };

const OFFICE = 'http://schemas.microsoft.com/office/appforoffice/1.1';
const BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const OV = 'http://schemas.microsoft.com/office/taskpaneappversionoverrides';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`manifest.xml is not well-formed XML: ${error.textContent}`);
  return doc;
}

function all(doc: Document): Element[] {
  return Array.from(doc.getElementsByTagName('*'));
}

function urls(xml: string): string[] {
  const doc = parse(xml);
  const out: string[] = [];
  for (const el of all(doc)) {
    for (const attr of ['DefaultValue', 'Value']) {
      const v = el.getAttribute(attr);
      if (v && /^[a-z]+:\/\//i.test(v)) out.push(v);
    }
    if (el.children.length === 0 && /^[a-z]+:\/\//i.test((el.textContent ?? '').trim())) out.push((el.textContent ?? '').trim());
  }
  return out;
}

/** width and height from a PNG's IHDR chunk */
function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(buf.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

describe('manifest.xml', () => {
  const doc = parse(source);
  const root = doc.documentElement;

  it('is a TaskPaneApp for Excel workbooks with ReadWriteDocument and ExcelApi 1.4 as minimum', () => {
    expect(root.localName).toBe('OfficeApp');
    expect(root.namespaceURI).toBe(OFFICE);
    expect(root.getAttributeNS(XSI, 'type')).toBe('TaskPaneApp');
    expect(doc.getElementsByTagNameNS(OFFICE, 'Permissions')[0].textContent).toBe('ReadWriteDocument');
    const hosts = Array.from(doc.getElementsByTagNameNS(OFFICE, 'Host')).map((h) => h.getAttribute('Name'));
    expect(hosts).toEqual(['Workbook']);
    const set = doc.getElementsByTagNameNS(OFFICE, 'Set')[0];
    expect([set.getAttribute('Name'), set.getAttribute('MinVersion')]).toEqual(['ExcelApi', '1.4']);
    expect(doc.getElementsByTagNameNS(OFFICE, 'DefaultLocale')[0].textContent).toBe('it-IT');
    expect(doc.getElementsByTagNameNS(OFFICE, 'Id')[0].textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('has an English override for the display name, the description and every string', () => {
    for (const name of ['DisplayName', 'Description']) {
      const el = doc.getElementsByTagNameNS(OFFICE, name)[0];
      const override = Array.from(el.children).find((c) => c.localName === 'Override');
      expect(override?.getAttribute('Locale')).toBe('en-US');
    }
    const strings = Array.from(doc.getElementsByTagNameNS(BT, 'String'));
    expect(strings.length).toBeGreaterThan(0);
    for (const s of strings) {
      const override = Array.from(s.children).find((c) => c.localName === 'Override');
      expect([s.getAttribute('id'), override?.getAttribute('Locale'), (override?.getAttribute('Value') ?? '').length > 0]).toEqual([s.getAttribute('id'), 'en-US', true]);
    }
  });

  it('puts a Cruscotto group with Ricalcola, Riepilogo and Pannello on the Home tab', () => {
    const overrides = doc.getElementsByTagNameNS(OV, 'VersionOverrides')[0];
    expect(overrides.getAttributeNS(XSI, 'type')).toBe('VersionOverridesV1_0');
    const tab = doc.getElementsByTagNameNS(OV, 'OfficeTab')[0];
    expect(tab.getAttribute('id')).toBe('TabHome');
    const controls = Array.from(tab.getElementsByTagNameNS(OV, 'Control'));
    const actions = controls.map((c) => {
      const action = c.getElementsByTagNameNS(OV, 'Action')[0];
      const fn = action.getElementsByTagNameNS(OV, 'FunctionName')[0]?.textContent ?? null;
      return [c.getAttribute('id'), action.getAttributeNS(XSI, 'type'), fn];
    });
    expect(actions).toEqual([
      ['Cruscotto.Ricalcola', 'ExecuteFunction', 'ricalcola'],
      ['Cruscotto.Riepilogo', 'ExecuteFunction', 'riepilogo'],
      ['Cruscotto.Pannello', 'ShowTaskpane', null],
    ]);
    const fnFile = doc.getElementsByTagNameNS(OV, 'FunctionFile')[0].getAttribute('resid');
    const url = Array.from(doc.getElementsByTagNameNS(BT, 'Url')).find((u) => u.getAttribute('id') === fnFile);
    expect(url?.getAttribute('DefaultValue')).toMatch(/\/commands\.html$/);
    const labels = Array.from(doc.getElementsByTagNameNS(BT, 'String')).map((s) => s.getAttribute('DefaultValue'));
    expect(labels).toEqual(expect.arrayContaining(['Cruscotto', 'Ricalcola', 'Riepilogo', 'Pannello']));
  });

  it('has unique ids and every resid defined', () => {
    const ids = all(doc).map((e) => e.getAttribute('id')).filter((x): x is string => x !== null);
    expect(new Set(ids).size).toBe(ids.length);
    const resources = new Set(
      all(doc)
        .filter((e) => e.namespaceURI === BT && ['Image', 'Url', 'String'].includes(e.localName) && e.parentElement?.namespaceURI === BT)
        .map((e) => e.getAttribute('id')),
    );
    const referenced = all(doc).map((e) => e.getAttribute('resid')).filter((x): x is string => x !== null);
    expect(referenced.length).toBeGreaterThan(10);
    for (const resid of referenced) expect([resid, resources.has(resid)]).toEqual([resid, true]);
  });

  it('uses https only', () => {
    const list = urls(source);
    expect(list.length).toBeGreaterThan(5);
    for (const u of list) expect(u).toMatch(/^https:\/\//);
  });

  it('references icons that exist at the sizes they claim', () => {
    const assets = path.join(__dirname, '../../assets');
    const check = (url: string, size: number): void => {
      const file = path.join(assets, path.basename(new URL(url).pathname));
      expect(fs.existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    };
    for (const image of Array.from(doc.getElementsByTagNameNS(BT, 'Image')).filter((i) => i.parentElement?.namespaceURI === BT)) {
      const size = Number(/(\d+)x\1$/.exec(image.getAttribute('id') ?? '')?.[1]);
      check(image.getAttribute('DefaultValue')!, size);
    }
    // the sizes the ribbon asks for exist as resources
    for (const ref of Array.from(doc.getElementsByTagNameNS(BT, 'Image')).filter((i) => i.getAttribute('size'))) {
      expect(ref.getAttribute('resid')).toBe(`Icon.${ref.getAttribute('size')}x${ref.getAttribute('size')}`);
    }
    check(doc.getElementsByTagNameNS(OFFICE, 'IconUrl')[0].getAttribute('DefaultValue')!, 32);
    check(doc.getElementsByTagNameNS(OFFICE, 'HighResolutionIconUrl')[0].getAttribute('DefaultValue')!, 64);
  });

  it('gets the production address at build time', () => {
    const built = webpackConfig.manifestFor(Buffer.from(source), 'https://cruscotto.cciaa.example/addin');
    expect(built).not.toContain(webpackConfig.DEV_URL);
    for (const u of urls(built)) expect(u.startsWith('https://cruscotto.cciaa.example/addin/') || u === 'https://cruscotto.cciaa.example').toBe(true);
    expect(built).toContain('<AppDomain>https://cruscotto.cciaa.example</AppDomain>');
  });

  const dist = path.join(__dirname, '../../dist/manifest.xml');
  (fs.existsSync(dist) ? it : it.skip)('the built dist/manifest.xml points at CRUSCOTTO_URL (or the development address)', () => {
    const built = fs.readFileSync(dist, 'utf8');
    const expected = (process.env.CRUSCOTTO_URL ?? '').trim().replace(/\/+$/, '');
    const list = urls(built);
    const base = new URL(list[0]).origin;
    if (expected) {
      for (const u of list) expect(u.startsWith(`${expected}/`) || u === new URL(expected).origin).toBe(true);
    } else {
      // built without CRUSCOTTO_URL in this environment: one consistent https base, the rest as in the source
      const prefix = list.find((u) => u.endsWith('/taskpane.html'))!.replace(/\/taskpane\.html$/, '');
      expect(prefix.startsWith('https://')).toBe(true);
      expect(built).toBe(webpackConfig.manifestFor(Buffer.from(source), prefix));
      expect(base.startsWith('https://')).toBe(true);
    }
  });
});
