import { differsForDisplay, formatPercent, capitalise } from '../../src/taskpane/common/format';
import { parsePercentInput } from '../../src/taskpane/common/parsePercent';
import { buildTree, expandableKeys, nodeName } from '../../src/taskpane/tree/reportTree';
import { languageFor, IT, EN } from '../../src/taskpane/i18n/strings';
import { normaliseHex, validateSettings, formFromSettings } from '../../src/taskpane/settings/validateSettings';
import { badgeColour, statusText } from '../../src/taskpane/tree/statusBadge';
import { stripCellPrefix } from '../../src/taskpane/diagnostics/useDiagnosticsList';
import { errorMessage } from '../../src/taskpane/common/errorMessage';
import type { ReportNode } from '../../src/layout/types';
import { sondrioReport } from './mockHost';

describe('formatPercent', () => {
  test.each([
    [96.66666666666667, 'it', '96,67%'],
    [96.665, 'it', '96,67%'], // half-up on the decimal value, not the binary one
    [93.33333333333333, 'it', '93,33%'],
    [100, 'it', '100,00%'],
    [0, 'it', '0,00%'],
    [1234.5, 'it', '1.234,50%'],
    [-13.06, 'it', '-13,06%'],
    [-0.001, 'it', '0,00%'],
    [96.66666666666667, 'en', '96.67%'],
    [1234.5, 'en', '1,234.50%'],
  ] as const)('%p in %s -> %s', (value, lang, expected) => {
    expect(formatPercent(value, lang)).toBe(expected);
  });
  test('missing figures are "n.d." and never NaN', () => {
    expect(formatPercent(null, 'it')).toBe('n.d.');
    expect(formatPercent(NaN, 'it')).toBe('n.d.');
    expect(formatPercent(undefined, 'en')).toBe('n/a');
  });
  test('decimals', () => {
    expect(formatPercent(80, 'it', 0)).toBe('80%');
    expect(formatPercent(97.2, 'it', 1)).toBe('97,2%');
  });
  test('differsForDisplay compares the rounded figures', () => {
    expect(differsForDisplay(96.6667, 93.3333)).toBe(true);
    expect(differsForDisplay(96.6666, 96.6711)).toBe(false);
    expect(differsForDisplay(96.6, null)).toBe(false);
  });
  test('capitalise', () => {
    expect(capitalise('eccellente')).toBe('Eccellente');
    expect(capitalise('')).toBe('');
  });
});

describe('parsePercentInput', () => {
  test.each([
    ['60', 60],
    ['60,0', 60],
    ['60,5', 60.5],
    [' 75,25 % ', 75.25],
    ['60.5', 60.5],
    [',5', 0.5],
    ['0', 0],
    ['-0', 0],
    ['100', 100],
    ['100,00', 100],
  ])('%p -> %p', (raw, value) => {
    expect(parsePercentInput(raw)).toEqual({ ok: true, value });
  });
  test.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['sessanta', 'not-a-number'],
    ['60,5,1', 'not-a-number'],
    ['1,2.3', 'not-a-number'],
    ['=100', 'not-a-number'],
    ['100,01', 'out-of-range'],
    ['-1', 'out-of-range'],
    ['1.000', 'out-of-range'], // Italian thousands separator: one thousand
  ])('%p is refused (%s)', (raw, reason) => {
    const r = parsePercentInput(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe(reason);
  });
});

describe('buildTree', () => {
  test('rebuilds prospettiva > strategico > operativo > azione from parents', () => {
    const roots = buildTree(sondrioReport().nodes);
    expect(roots.map((r) => r.node.title)).toEqual(['Sviluppo del tessuto economico locale', 'Economico finanziaria']);
    const s1 = roots[0].children[0];
    expect(s1.node.code).toBe('1');
    expect(s1.children.map((c) => c.node.code)).toEqual(['1.1', '1.2']);
    expect(s1.children[0].children.map((c) => c.node.code)).toEqual(['1.1.1', '1.1.2']);
    expect(roots[1].children[0].children[0].children.map((c) => [c.node.code, c.overridden])).toEqual([
      ['8.1.1', true],
      ['8.1.2', false],
      ['8.1.3', false],
    ]);
    expect(expandableKeys(roots)).toHaveLength(2 + 2 + 3);
  });

  const n = (p: Partial<ReportNode> & Pick<ReportNode, 'level' | 'title'>): ReportNode => ({
    code: null, parent: null, weight: null, achievement: 50, formulaAchievement: 50, target: null, targetAchievement: null,
    status: 'parzialmente', cell: null, ...p,
  });

  test('parents by code regardless of order (misaligned rows)', () => {
    const roots = buildTree([
      n({ level: 'strategic', code: '2', title: 'S2' }),
      n({ level: 'operational', code: '2.1', title: 'O2.1', parent: '2' }),
      n({ level: 'operational', code: '2.2', title: 'O2.2', parent: '2' }),
      n({ level: 'action', code: '2.1.4', title: 'A2.1.4', parent: '2.1' }),
    ]);
    expect(roots).toHaveLength(1);
    expect(roots[0].children[0].children.map((c) => c.node.code)).toEqual(['2.1.4']);
    expect(roots[0].children[1].children).toHaveLength(0);
  });

  test('an unresolvable parent falls back to the nearest node above in document order', () => {
    const roots = buildTree([
      n({ level: 'perspective', title: 'Processi interni' }),
      n({ level: 'strategic', code: '3', title: 'S3', parent: 'P:Processi interni' }),
      n({ level: 'operational', code: '3.1', title: 'O3.1', parent: 'sconosciuto' }),
    ]);
    expect(roots).toHaveLength(1);
    expect(roots[0].children[0].children[0].node.code).toBe('3.1');
  });

  test('an explicit overridden flag wins; an achievement without a formula figure is overridden', () => {
    const flagged = { ...n({ level: 'action', code: '1', title: 'A', achievement: 60, formulaAchievement: 60 }), overridden: true };
    const [a] = buildTree([flagged]);
    expect(a.overridden).toBe(true);
    const [b] = buildTree([n({ level: 'action', code: '1', title: 'A', achievement: 100, formulaAchievement: null })]);
    expect(b.overridden).toBe(true);
    const [c] = buildTree([n({ level: 'operational', code: '1', title: 'O', achievement: 100, formulaAchievement: 90 })]);
    expect(c.overridden).toBe(false);
  });

  test('duplicate codes still get unique keys', () => {
    const roots = buildTree([n({ level: 'action', code: '1.1.1', title: 'A' }), n({ level: 'action', code: '1.1.1', title: 'B' })]);
    expect(new Set(roots.map((r) => r.key)).size).toBe(2);
  });

  test('nodeName', () => {
    expect(nodeName(n({ level: 'action', code: '1.1.2', title: 'Soggetti coinvolti' }))).toBe('1.1.2 Soggetti coinvolti');
    expect(nodeName(n({ level: 'perspective', title: 'Processi interni' }))).toBe('Processi interni');
  });
});

describe('language', () => {
  test.each([
    ['it-IT', 'it'],
    ['it-CH', 'it'],
    ['IT', 'it'],
    ['en-US', 'en'],
    ['de-DE', 'en'],
    ['', 'it'],
    [undefined, 'it'],
    [' en-GB ', 'en'],
  ])('%p -> %p', (lang, expected) => expect(languageFor(lang)).toBe(expected));

  test('both dictionaries have the same keys', () => {
    expect(Object.keys(EN).sort()).toEqual(Object.keys(IT).sort());
    expect(Object.keys(EN.steps).sort()).toEqual(Object.keys(IT.steps).sort());
  });
});

describe('settings validation', () => {
  test('normaliseHex', () => {
    expect(normaliseHex('#c6efce')).toBe('#C6EFCE');
    expect(normaliseHex('c6efce')).toBe('#C6EFCE');
    expect(normaliseHex('#c6efc')).toBeNull();
    expect(normaliseHex('red')).toBeNull();
  });
  test('round trip and errors', () => {
    const form = formFromSettings({ profile: 'pavia', planYear: 2022, sheetName: 'Cruscotto', colours: { raggiunto: '#00B050' } });
    expect(validateSettings(form, IT)).toEqual({
      ok: true,
      settings: { profile: 'pavia', planYear: 2022, sheetName: 'Cruscotto', colours: { raggiunto: '#00B050' } },
    });
    const bad = validateSettings({ ...form, planYear: '3000', colours: { ...form.colours, parzialmente: 'xyz' } }, IT);
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors.planYear).toBe('«3000» non è un anno valido (es. 2022)');
      expect(bad.errors.parzialmente).toContain('«xyz»');
    }
  });
});

describe('settings validation: the body name', () => {
  const form = formFromSettings({ profile: 'sondrio-2020', planYear: null, sheetName: null, organisationName: 'CCIAA di Sondrio' });
  test('form from settings and back, trimmed; blank = no name', () => {
    expect(form.organisationName).toBe('CCIAA di Sondrio');
    expect(formFromSettings({ profile: 'sondrio-2020', planYear: null, sheetName: null, organisationName: null }).organisationName).toBe('');
    expect(validateSettings({ ...form, organisationName: ' Camera di commercio di Sondrio  ' }, IT)).toEqual({
      ok: true,
      settings: { profile: 'sondrio-2020', planYear: null, sheetName: null, organisationName: 'Camera di commercio di Sondrio' },
    });
    expect(validateSettings({ ...form, organisationName: ' \t ' }, IT)).toEqual({ ok: true, settings: { profile: 'sondrio-2020', planYear: null, sheetName: null } });
  });
  test('120 characters after trimming pass, 121 are refused in the UI language', () => {
    expect(validateSettings({ ...form, organisationName: ` ${'a'.repeat(120)} ` }, IT).ok).toBe(true);
    const it = validateSettings({ ...form, organisationName: 'a'.repeat(121) }, IT);
    expect(it.ok ? null : it.errors.organisationName).toBe('Il nome è troppo lungo: 121 caratteri, al massimo 120');
    const en = validateSettings({ ...form, organisationName: 'a'.repeat(121) }, EN);
    expect(en.ok ? null : en.errors.organisationName).toBe('The name is too long: 121 characters, at most 120');
  });
});

describe('small helpers', () => {
  test('status badges', () => {
    expect(badgeColour('raggiunto')).toBe('success');
    expect(badgeColour('parzialmente')).toBe('warning');
    expect(badgeColour('non-raggiunto')).toBe('danger');
    expect(badgeColour('neutralizzato')).toBe('informative');
    expect(badgeColour('boh')).toBe('subtle');
    expect(statusText('non-raggiunto', IT)).toBe('non raggiunto');
    expect(statusText('boh', IT)).toBe('boh');
  });
  test('stripCellPrefix', () => {
    expect(stripCellPrefix('Cruscotto!P14: il risultato', 'Cruscotto!P14')).toBe('il risultato');
    expect(stripCellPrefix('Cruscotto: anno', null)).toBe('Cruscotto: anno');
  });
  test('errorMessage', () => {
    expect(errorMessage(new Error('x'))).toBe('x');
    expect(errorMessage('y')).toBe('y');
    expect(errorMessage({ message: 'z' })).toBe('z');
    const hostError = Object.assign(new Error('foglio protetto'), { messageIn: (l: string) => (l === 'en' ? 'protected sheet' : 'foglio protetto') });
    expect(errorMessage(hostError, 'en')).toBe('protected sheet');
    expect(errorMessage(hostError, 'it')).toBe('foglio protetto');
    expect(errorMessage(42)).toBe('42');
  });
});
