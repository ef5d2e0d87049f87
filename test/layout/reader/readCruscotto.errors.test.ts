import Decimal from 'decimal.js';
import fc from 'fast-check';
import { readCruscotto } from '../../../src/layout/reader';
import { grid, TEST_PROFILE, type Cell } from './fixtures';
import { COLUMNS, DATA, GROUPS } from './sampleSheet';
import { actionIds, node } from './treeHelpers';

const read = (rows: Cell[][], name = 'Cruscotto') => readCruscotto(grid(rows, [], name), { profile: TEST_PROFILE, planYear: 2022 });
const copy = () => [GROUPS, COLUMNS, ...DATA].map((r) => [...r]);

describe('a sheet that is not a cruscotto', () => {
  test('empty tree and one error naming the sheet', () => {
    const r = read([['Nome', 'Cognome'], ['Mario', 'Rossi']], 'Personale');
    expect(r.tree.roots).toEqual([]);
    expect(r.layout).toBeNull();
    expect(r.locations.size).toBe(0);
    expect(r.diagnostics).toEqual([
      {
        severity: 'error',
        code: 'header-not-found',
        cell: 'Personale',
        message:
          // wording of the issue "Any body's cruscotto": the scored rows may be actions or indicators
          'Personale: intestazione non trovata: servono almeno le colonne del codice o del titolo della voce misurata (azione o indicatore) e del target, di solito anche peso, soglie e risultato',
      },
    ]);
  });

  test('an empty sheet, and a sheet name with spaces', () => {
    expect(read([]).diagnostics[0].code).toBe('header-not-found');
    expect(read([[]], 'Piano 2022').diagnostics[0].message.startsWith("'Piano 2022': intestazione non trovata")).toBe(true);
  });
});

describe('bad cells: a diagnostic at the cell, the other rows still read', () => {
  const rows = copy();
  rows[2][13] = 'circa 30'; // result of 3.1.1 (N3)
  rows[3][10] = 'entro breve 2'; // target of 3.3.1 (K4)
  rows[4][11] = '31/02/2022'; // soglia 80% of 3.3.2 (L5)
  rows[5][8] = 'tanto'; // weight of 7.1.1 (I6)
  rows[3][5] = '60 per cento'; // weight of op 3.3 (F4)
  const r = read(rows);

  test('each bad cell gives one error with its address and an Italian message', () => {
    expect(r.diagnostics.map((d) => [d.severity, d.cell, d.message])).toEqual([
      ['error', 'Cruscotto!N3', 'Cruscotto!N3: il risultato «circa 30» non è un numero'],
      ['error', 'Cruscotto!F4', 'Cruscotto!F4: il peso «60 per cento» non è una percentuale'],
      ['error', 'Cruscotto!K4', expect.stringMatching(/^Cruscotto!K4: il target .*«entro breve 2»/)],
      ['error', 'Cruscotto!L5', expect.stringMatching(/^Cruscotto!L5: la soglia 80%: la data «31\/02\/2022» non esiste/)],
      ['error', 'Cruscotto!I6', 'Cruscotto!I6: il peso «tanto» non è una percentuale'],
    ]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['bad-result', 'bad-weight', 'bad-target', 'bad-threshold', 'bad-weight']);
  });

  test('a bad cell spoils only its own input', () => {
    expect(actionIds(r.tree)).toEqual(['3.1.1', '3.3.1', '3.3.2', '7.1.1']);
    const a311 = node(r.tree, '3.1.1').action!;
    expect(a311.result).toEqual({ kind: 'empty', raw: '' });
    expect(a311.targetSpec!.target.raw).toBe('20 gg');
    expect(node(r.tree, '3.3.1').action!.targetSpec).toBeNull();
    expect(node(r.tree, '3.3.1').action!.result.raw).toBe('35,87 gg');
    expect(node(r.tree, '3.3.2').action!.targetSpec).toBeNull();
    expect(node(r.tree, '7.1.1').weight).toBeUndefined();
    expect(node(r.tree, '7.1.1').action!.result.raw).toBe('12%');
    expect(node(r.tree, '3.3').weight).toBeUndefined();
    expect(node(r.tree, '3.1').weight!.toNumber()).toBe(40);
  });

  test('no NaN anywhere in the tree', () => {
    expect(JSON.stringify(r.tree)).not.toContain('NaN');
  });
});

describe('codes', () => {
  test('a duplicate action code: error at the second occurrence naming the first', () => {
    const rows = copy();
    rows[4][6] = '3.3.1';
    const r = read(rows);
    expect(r.diagnostics).toEqual([
      {
        severity: 'error',
        code: 'duplicate-code',
        cell: 'Cruscotto!G5',
        message: 'Cruscotto!G5: il codice «3.3.1» è già usato in Cruscotto!G4',
      },
    ]);
    expect(actionIds(r.tree)).toEqual(['3.1.1', '3.3.1', 'riga 5', '7.1.1']);
    expect(node(r.tree, 'riga 5').code).toBe('3.3.1');
  });

  test('a duplicate operational code further down', () => {
    const rows = copy();
    rows[5][3] = '3.1';
    const r = read(rows);
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      'Cruscotto!D6: il codice «3.1» è già usato in Cruscotto!D3',
      // its action 7.1.1 then has no objective 7.1
      "Cruscotto!G6: l'obiettivo operativo «7.1» non ha una riga nel foglio: è stato creato dal codice dell'azione «7.1.1» (senza peso)",
    ]);
  });

  test('a duplicate strategic code further down (the same code on the next rows is the same objective)', () => {
    const rows = copy();
    rows.push(['', '3', 'Di nuovo la qualità', '3.9', 'Altro', '100%', '3.9.1', 'Altra azione', '100%', 'n.', '1', '', '', '1']);
    const r = read(rows);
    expect(r.diagnostics.map((d) => d.message)).toEqual(['Cruscotto!B7: il codice «3» è già usato in Cruscotto!B3']);
    expect(node(r.tree, '3').children.map((c) => c.id)).toEqual(['3.1', '3.3', '3.9']);
  });

  test('a strategic code typed again on the rows of its block is not a duplicate', () => {
    const rows = copy();
    rows[3][1] = '3';
    rows[4][1] = '3';
    expect(read(rows).diagnostics).toEqual([]);
  });

  test('an action row without code: warning, id "riga N", still in its objective', () => {
    const rows = copy();
    rows[4][6] = '';
    const r = read(rows);
    expect(r.diagnostics).toEqual([
      {
        severity: 'warning',
        code: 'missing-action-code',
        cell: 'Cruscotto!G5',
        message: "Cruscotto!G5: l'azione non ha un codice: è indicata come «riga 5»",
      },
    ]);
    expect(node(r.tree, '3.3').children.map((c) => c.id)).toEqual(['3.3.1', 'riga 5']);
    expect(node(r.tree, 'riga 5').code).toBeNull();
    expect(r.locations.get('riga 5')!.row).toBe(4);
  });

  test('a strategic code missing from the sheet is created from the operational code', () => {
    const rows = copy();
    rows[3][3] = '4.1'; // objective 3.3 renumbered 4.1 without a strategic row for 4
    rows[3][6] = '4.1.1';
    rows[4][6] = '4.1.2';
    const r = read(rows);
    expect(r.diagnostics.map((d) => `${d.severity} ${d.code} ${d.cell}`)).toEqual(['warning missing-strategic Cruscotto!D4']);
    expect(node(r.tree, 'P:processi interni').children.map((c) => c.id)).toEqual(['3', '4']);
    expect(node(r.tree, '4').children.map((c) => c.id)).toEqual(['4.1']);
  });
});

/** Every value reachable from `root` that is not an array or a plain object (Decimals are leaves). */
function leaves(root: unknown): unknown[] {
  const out: unknown[] = [];
  const seen = new Set<unknown>();
  const visit = (v: unknown): void => {
    if (v === null || typeof v !== 'object' || Decimal.isDecimal(v)) {
      out.push(v);
      return;
    }
    if (seen.has(v)) return;
    seen.add(v);
    if (v instanceof Map) v.forEach((x) => visit(x));
    else Object.values(v as Record<string, unknown>).forEach(visit);
  };
  visit(root);
  return out;
}

describe('robustness', () => {
  test('never throws and never produces NaN, whatever the cells', () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.string({ maxLength: 12 }),
      fc.constantFrom('cod.', 'target', 'Peso', 'Risultato', 'Azioni', 'Soglie', '80%', '2022', '1.1', '1.1.1', '=', '#DIV/0!'),
      fc.double({ noNaN: false }),
      fc.boolean(),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 12 }), (body) => {
        const r = read([GROUPS, COLUMNS, ...body]);
        // no number or Decimal of the tree is NaN; a text says «NaN» only when the sheet's own text did (a title
        // typed «NaN» is data, found by fast-check)
        const typedNaN = body.flat().some((c) => typeof c === 'string' && c.includes('NaN'));
        for (const v of leaves(r.tree)) {
          if (typeof v === 'number') expect(Number.isNaN(v)).toBe(false);
          else if (Decimal.isDecimal(v)) expect(v.isNaN()).toBe(false);
          else if (typeof v === 'string' && !typedNaN) expect(v).not.toContain('NaN');
        }
        for (const d of r.diagnostics) expect(d.message.startsWith(`${d.cell}: `)).toBe(true);
      }),
      // the counterexample fast-check found once: a cell typed «NaN»
      { numRuns: 150, examples: [[[['NaN'], [null, 0]]]] },
    );
  });

  test('random merged areas do not break the reader', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ top: fc.nat(8), left: fc.nat(14), h: fc.nat(3), w: fc.nat(3) }), { maxLength: 6 }),
        (areas) => {
          const merges = areas.map((a) => ({ top: a.top, left: a.left, bottom: a.top + a.h, right: a.left + a.w }));
          const r = readCruscotto(grid([GROUPS, COLUMNS, ...DATA], merges), { profile: TEST_PROFILE });
          expect(Array.isArray(r.diagnostics)).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});
