import { readCruscotto } from '../../../src/layout/reader';
import { grid, LINEAR_PROFILE } from './fixtures';
import { actionIds, childIds, node } from './treeHelpers';

/** 2018-style sheet: no perspectives, action codes with letters, target and soglia in one cell. */
const RP2018 = [
  ['Cod.', 'Obiettivo strategico', 'Cod.', 'Obiettivo operativo', 'Peso', 'Cod. azione', 'Azione', 'Peso', 'Indicatore', 'Target', 'Risultato', 'Stato'],
  ['1', 'Competitività del territorio', '1.1', 'Alternanza scuola/lavoro', '40%', '1.1a', 'Registro alternanza', '50%', 'imprese iscritte', '67=100% - soglia minima 40=60%', '184', ''],
  ['', '', '', '', '', '1.1b', 'Corsi', '20%', 'corsi', '1=100%', '0', ''],
  ['', '', '', '', '', '1.1b bis', 'Adesioni', '20%', 'adesioni', '1.500=100% - soglia minima 800=60%', '1.650', ''],
  ['', '', '', '', '', '1.1c', 'Orientamento', '10%', 'incontri', '1=100%', '1', ''],
  ['2', 'Competitività delle imprese', '2.1', 'Internazionalizzazione', '15%', '2.1a', 'Iniziative', '40%', 'iniziative', '40=100% - soglia minima 30=60%', '46', ''],
  ['', '', '', '', '', '2.1c', 'Imprese esportatrici', '15%', 'imprese', '32=100% - soglia minima 26=80%', '22', ''],
  ['', '', '', '', '', '2.1c bis', 'Nuovi mercati', '15%', 'imprese', '89=100% - soglia minima 71=80%', '105', ''],
  ['', '', '2.2', 'Digitalizzazione', '35%', '2.2c', 'Fatturazione', '5%', 'pratiche', '1=100%', '0', 'annullata'],
  ['', '', '', '', '', '2.2e e 2.2f', 'Cassetto digitale', '21,04%', 'rapporto', '0,4=100% - soglia minima 0,2=60%', '0,25', ''],
  ['', '', '2.3', 'Startup', '5%', '2.3a', 'Startup innovative', '100%', 'imprese', '72=100% - soglia minima 56=80%', '65', ''],
];

describe('2018-style sheet', () => {
  const read = readCruscotto(grid(RP2018), { profile: LINEAR_PROFILE, planYear: 2018 });
  const { tree } = read;

  test('strategic objectives are the roots (no perspective column)', () => {
    expect(tree.roots.map((r) => r.id)).toEqual(['1', '2']);
    expect(tree.roots.every((r) => r.level === 'strategic')).toBe(true);
  });

  test('codes with letters, "bis" and merged codes find their operational objective', () => {
    expect(childIds(tree, '1.1')).toEqual(['1.1a', '1.1b', '1.1b bis', '1.1c']);
    expect(childIds(tree, '2.1')).toEqual(['2.1a', '2.1c', '2.1c bis']);
    expect(childIds(tree, '2.2')).toEqual(['2.2c', '2.2e e 2.2f']);
    expect(actionIds(tree)).toHaveLength(10);
  });

  test('the combined target cell gives target and soglia', () => {
    const spec = node(tree, '1.1a').action!.targetSpec!;
    expect(spec.target.kind === 'number' && spec.target.value.toNumber()).toBe(67);
    expect(spec.thresholds.map((t) => [t.value.raw, t.level.toNumber()])).toEqual([['40', 60]]);
    const s80 = node(tree, '2.3a').action!.targetSpec!;
    expect(s80.thresholds.map((t) => [t.value.raw, t.level.toNumber()])).toEqual([['56', 80]]);
    expect(node(tree, '1.1b').action!.targetSpec!.thresholds).toEqual([]);
    const thousands = node(tree, '1.1b bis').action!;
    expect(thousands.targetSpec!.target.kind === 'number' && thousands.targetSpec!.target.value.toNumber()).toBe(1500);
    expect(thousands.result.kind === 'number' && thousands.result.value.toNumber()).toBe(1650);
  });

  test('Stato "annullata" neutralises the action', () => {
    expect(node(tree, '2.2c').action!.neutralised).toBe(true);
    expect(node(tree, '2.2e e 2.2f').action!.neutralised).toBeUndefined();
  });

  test('weights, including decimals', () => {
    expect(node(tree, '2.2e e 2.2f').weight!.toString()).toBe('21.04');
    expect(node(tree, '1.1').weight!.toNumber()).toBe(40);
  });

  test('no diagnostics', () => {
    expect(read.diagnostics).toEqual([]);
  });
});
