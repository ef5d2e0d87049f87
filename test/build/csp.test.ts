/**
 * @jest-environment jsdom
 *
 * The built add-in (dist/, as `npm run build` makes it) carries its Content-Security-Policy on every page
 * it serves, and nothing in it needs what the policy forbids: scripts only from the add-in's own origin and
 * Microsoft's Office.js host, no inline script or inline event handler, no eval/new Function in the bundles.
 * dist/ is rebuilt here only when missing or older than its sources (CI builds before testing).
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { isStale, runWebpack } from '../e2e/freshness';

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const PAGES = ['taskpane.html', 'commands.html', 'message.html'];
const OFFICE_HOST = 'https://appsforoffice.microsoft.com';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require('../../webpack.config.js') as ((env: unknown, argv: { mode: string }) => { devtool: unknown }) & {
  CONTENT_SECURITY_POLICY: string;
};

type Policy = Map<string, string[]>;

/** "a b; c d" -> { a: [b], c: [d] } (directive names lower case, as CSP compares them). */
export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (policy.has(key)) throw new Error(`direttiva ripetuta: ${key}`);
    policy.set(key, sources);
  }
  return policy;
}

/** Calls that compile a string into code, as they appear in (minified) JavaScript. */
const DYNAMIC_CODE: Array<[string, RegExp]> = [
  ['eval(', /(?<![\w$.])eval\s*\(/],
  ['new Function(', /\bnew\s+Function\s*\(/],
  ['Function("…")', /(?<![\w$.])Function\s*\(\s*["'`]/],
  ['setTimeout("…")', /\bset(?:Timeout|Interval)\s*\(\s*["'`]/],
  ['//# sourceURL (eval devtool)', /\/\/[#@]\s*sourceURL=/],
];

beforeAll(() => {
  const sources = ['src/taskpane', 'src/excel', 'src/layout', 'src/engine', 'src/commands', 'webpack.config.js', 'assets', 'manifest.xml', 'package.json'];
  if (PAGES.some((p) => isStale(path.join(DIST, p), sources.map((s) => path.join(ROOT, s))))) {
    runWebpack(ROOT, ['--mode', 'production']);
  }
}, 300_000);

describe('the policy itself', () => {
  const policy = parsePolicy(webpackConfig.CONTENT_SECURITY_POLICY);

  test('scripts only from the add-in and the Office.js host; nothing unsafe for scripts', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect([...(policy.get('script-src') ?? [])].sort()).toEqual(["'self'", OFFICE_HOST].sort());
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    for (const [name, sources] of policy) {
      expect({ name, unsafe: sources.filter((s) => /^'unsafe-eval'$|^'wasm-unsafe-eval'$|^\*$|^https?:$|^blob:$/.test(s)) }).toEqual({ name, unsafe: [] });
    }
    // no directive that would let scripts in some other way
    for (const name of ['script-src-elem', 'script-src-attr', 'worker-src', 'require-trusted-types-for']) expect(policy.has(name)).toBe(false);
  });

  test("style-src allows inline styles because Fluent's Griffel inserts <style> elements at run time (and nothing else)", () => {
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  test('the development build does not use eval either', () => {
    for (const mode of ['production', 'development']) {
      const { devtool } = webpackConfig({}, { mode });
      expect({ mode, eval: typeof devtool === 'string' && devtool.includes('eval') }).toEqual({ mode, eval: false });
    }
  });
});

describe.each(PAGES)('built %s', (page) => {
  const read = () => new DOMParser().parseFromString(readFileSync(path.join(DIST, page), 'utf8'), 'text/html');

  test('has the policy in a <meta> before any script or style', () => {
    const doc = read();
    const metas = [...doc.querySelectorAll('meta')].filter((m) => (m.getAttribute('http-equiv') ?? '').toLowerCase() === 'content-security-policy');
    expect(metas).toHaveLength(1);
    const meta = metas[0];
    expect(meta.parentElement?.tagName).toBe('HEAD');
    expect(meta.getAttribute('content')).toBe(webpackConfig.CONTENT_SECURITY_POLICY);
    // a <meta> policy applies only to what comes after it
    const first = doc.querySelector('script, style, link');
    expect(first).not.toBeNull();
    expect(meta.compareDocumentPosition(first!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  test('no inline script, no inline event handler, no javascript: URL; every script is allowed and present', () => {
    const doc = read();
    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts.length).toBeGreaterThanOrEqual(2); // office.js and the page's bundle
    for (const s of scripts) {
      const src = s.getAttribute('src') ?? '';
      expect({ src, inline: (s.textContent ?? '').trim() }).toEqual({ src, inline: '' });
      expect(src).not.toBe('');
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) {
        expect(src.startsWith(`${OFFICE_HOST}/`)).toBe(true);
      } else {
        expect(existsSync(path.join(DIST, src.split(/[?#]/)[0]))).toBe(true);
      }
    }
    const handlers = [...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`));
    expect(handlers).toEqual([]);
    const jsUrls = [...doc.querySelectorAll('[href], [src], [action]')].filter((el) =>
      ['href', 'src', 'action'].some((a) => /^\s*javascript:/i.test(el.getAttribute(a) ?? '')),
    );
    expect(jsUrls).toEqual([]);
  });
});

test('no built script compiles strings into code (eval, new Function, string timers)', () => {
  const bundles = readdirSync(DIST).filter((f) => f.endsWith('.js'));
  expect(bundles.length).toBeGreaterThanOrEqual(3);
  const found: string[] = [];
  for (const file of bundles) {
    const code = readFileSync(path.join(DIST, file), 'utf8');
    for (const [label, pattern] of DYNAMIC_CODE) {
      const m = pattern.exec(code);
      if (m) found.push(`${file}: ${label} … ${code.slice(Math.max(0, m.index - 60), m.index + 60)}`);
    }
  }
  expect(found).toEqual([]);
});

test('the checks catch what they look for', () => {
  expect(DYNAMIC_CODE.filter(([, p]) => p.test('var a=eval("1")'))).toHaveLength(1);
  expect(DYNAMIC_CODE.some(([, p]) => p.test('x=new Function("return this")'))).toBe(true);
  expect(DYNAMIC_CODE.some(([, p]) => p.test('Function("return this")()'))).toBe(true);
  expect(DYNAMIC_CODE.some(([, p]) => p.test('setTimeout("alert(1)",0)'))).toBe(true);
  expect(DYNAMIC_CODE.some(([, p]) => p.test('a.evaluate(x);retrieval(y);setTimeout(f,0)'))).toBe(false);
  expect(() => parsePolicy("script-src 'self'; script-src *")).toThrow();
});
