/**
 * The profile document (issue 11): built-in profiles exported and read back score every figure the same; a
 * changed rule changes the figures as documented; validation names the field; version 1 is still read.
 */
import * as fs from 'fs';
import * as path from 'path';
import Decimal from 'decimal.js';
import { getProfile, profileNames, scoreAction, scoreTree } from '../../../src/engine';
import { num, spec, th } from '../helpers';
import type { Profile, ScoredNode, ScoreResult } from '../../../src/engine';
import {
  profileDocumentText,
  profileJsonSchemaText,
  profileSummaryText,
  profileToDocument,
  readProfileDocument,
  type ProfileDocument,
} from '../../../src/engine/profile';
import { buildTree2018, buildTree2020, readGolden } from '../golden/loadGolden';

function roundTrip(p: Profile): Profile {
  const read = readProfileDocument(profileDocumentText(p));
  if (!read.ok) throw new Error(read.errors.join('\n'));
  return read.profile;
}

function edited(name: string, edit: (d: ProfileDocument) => void): Profile {
  const doc = profileToDocument(getProfile(name)!);
  edit(doc);
  const read = readProfileDocument(JSON.parse(JSON.stringify(doc)));
  if (!read.ok) throw new Error(read.errors.join('\n'));
  return read.profile;
}

function figures(r: ScoreResult): string[] {
  const out: string[] = [];
  const walk = (n: ScoredNode) => {
    out.push(`${n.node.id} ${n.achievement?.toString() ?? '-'} ${n.targetAchievement?.toString() ?? '-'} ${n.status} ${n.band ?? ''}`);
    n.children.forEach(walk);
  };
  r.roots.forEach(walk);
  out.push(`ente ${r.organisation.achievement?.toString()} ${r.organisation.status} ${r.organisation.band}`);
  return out;
}

const rec2020 = readGolden('sondrio-rp2020.jsonl');
const rec2018 = readGolden('sondrio-rp2018.jsonl');
const tree2020 = () => buildTree2020(rec2020);
const tree2018 = () => buildTree2018(rec2018);
const at2 = (d: Decimal | null) => (d === null ? null : d.toDecimalPlaces(2).toFixed(2));

describe('built-in profiles as documents', () => {
  it.each(profileNames())('%s: exported and read back is the same profile', (name) => {
    expect(roundTrip(getProfile(name)!)).toEqual(getProfile(name));
  });

  it('gives every figure of the RP 2020 and RP 2018 trees unchanged', () => {
    for (const [name, tree, year] of [['sondrio-2020', tree2020, 2020], ['sondrio-2018', tree2018, 2018], ['pavia', tree2020, 2020]] as const) {
      const ctx = { planYear: year };
      expect(figures(scoreTree(tree(), roundTrip(getProfile(name)!), ctx))).toEqual(figures(scoreTree(tree(), getProfile(name)!, ctx)));
    }
  });
});

describe('a changed rule changes the figures as documented', () => {
  const ctx = { planYear: 2020 };
  const builtIn = scoreTree(tree2020(), getProfile('sondrio-2020')!, ctx);

  it('ente.valore «raggiungimento» instead of «rapporto al target»: the mean of the strategic percentages, not of their ratios to 80 %', () => {
    const p = edited('sondrio-2020', (d) => (d.ente.valore = 'raggiungimento'));
    const r = scoreTree(tree2020(), p, ctx);
    const strategic = r.roots.flatMap((n) => n.children).filter((n) => n.node.level === 'strategic');
    const mean = strategic.reduce((s, n) => s.plus(n.achievement!), new Decimal(0)).div(strategic.length);
    expect(at2(r.organisation.achievement)).toBe(at2(mean));
    expect(at2(r.organisation.achievement)).not.toBe(at2(builtIn.organisation.achievement));
  });

  it('metodo «lineare»: a result between soglia and target scores on the line, no longer the soglia level', () => {
    // target 250, soglia 220 at 80 %, result 235: soglie 80; lineare 80 + (235 - 220) / (250 - 220) × 20 = 90
    const row = spec(num(250), num(235), [th(num(220), 80)]);
    expect(scoreAction(row, getProfile('sondrio-2020')!).achievement!.toString()).toBe('80');
    expect(scoreAction(row, edited('sondrio-2020', (d) => (d.metodo = 'lineare'))).achievement!.toString()).toBe('90');
  });

  it('aggregazione.strategico «media»: the strategic objective becomes the plain mean of its operational objectives', () => {
    const r = scoreTree(tree2020(), edited('sondrio-2020', (d) => (d.aggregazione.strategico = 'media')), ctx);
    const s = r.roots[0].children[0];
    const ops = s.children.filter((c) => c.achievement !== null);
    const mean = ops.reduce((a, n) => a.plus(n.achievement!), new Decimal(0)).div(ops.length);
    expect(s.node.level).toBe('strategic');
    expect(at2(s.achievement)).toBe(at2(mean));
  });

  it('fasce: another edge for «Eccellente» changes the ente\'s verbal band (96,67 % is Eccellente from 90, not from 98)', () => {
    expect(builtIn.organisation.band).toBe('Eccellente');
    const r = scoreTree(tree2020(), edited('sondrio-2020', (d) => (d.fasce[0].da = 98)), ctx);
    expect(r.organisation.band).toBe('Buona');
  });
});

describe('validation names the field, in Italian', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests break the document at any depth on purpose
  const doc = () => JSON.parse(JSON.stringify(profileToDocument(getProfile('sondrio-2020')!))) as Record<string, any>;
  const errors = (d: unknown) => {
    const r = readProfileDocument(d);
    return r.ok ? [] : r.errors;
  };

  it('a value that is not allowed', () => {
    const d = doc();
    d.aggregazione.strategico = 'media ponderata';
    expect(errors(d)).toEqual(['aggregazione.strategico: «media ponderata» non è un valore ammesso (ammessi: «somma ponderata», «media», «media di tutte le righe»)']);
  });

  it('missing, unknown, out of range, colours, lists', () => {
    const d = doc();
    delete d.metodo;
    d.tattica = 1;
    d.esiti.operativo_raggiunto = 120;
    d.colori.raggiunto = 'verde';
    d.livelli_soglia = [80, 'sessanta'];
    d.arrotondamento.righe = 0.5;
    expect(errors(d)).toEqual([
      'metodo: manca',
      'livelli_soglia[2]: «sessanta» non è un numero',
      'arrotondamento.righe: 0,5 deve essere un numero intero',
      'esiti.operativo_raggiunto: 120 deve essere tra 0 e 100',
      'colori.raggiunto: il colore «verde» non è valido: scrivere #RRGGBB',
      expect.stringMatching(/^tattica: campo sconosciuto/),
    ]);
  });

  it('rules between fields: levels and bands fall, judgements are not repeated', () => {
    const d = doc();
    d.livelli_soglia = [60, 80];
    d.fasce[1].da = 95;
    d.scala_verbale[1].giudizio = 'Insufficiente';
    expect(errors(d)).toEqual([
      'livelli_soglia[2]: i livelli devono diminuire allontanandosi dal target (60 poi 80)',
      'fasce[2].da: le fasce vanno dalla più alta alla più bassa (90 poi 95)',
      'scala_verbale[2].giudizio: «Insufficiente» è già alla voce 1',
    ]);
  });

  it('JSON that does not parse, a newer version', () => {
    expect(errors('{ "nome": ')[0]).toMatch(/^il profilo non è un JSON valido/);
    const d = doc();
    d.versione = 3;
    expect(errors(d)[0]).toMatch(/^versione: il profilo è della versione 3, più recente/);
  });
});

describe('older versions still open, with a note', () => {
  it('version 1 (the engine\'s plain data) is converted with a note, and scores the same', () => {
    const v1 = JSON.parse(JSON.stringify({ ...getProfile('sondrio-2018')!, tolerance: undefined, verbalScale: undefined, binaryWords: undefined }));
    const r = readProfileDocument(v1);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.notes).toHaveLength(1);
    expect(r.notes[0]).toMatch(/versione 1.*convertito nella versione 2/);
    expect(r.profile).toEqual(getProfile('sondrio-2018'));
  });

  it('version 1 with a bad value names the Italian field', () => {
    const v1 = JSON.parse(JSON.stringify(getProfile('pavia')!));
    v1.aggregation.organisation = 'sum';
    const r = readProfileDocument(v1);
    expect(r.ok ? [] : r.errors).toEqual([expect.stringMatching(/^ente\.regola: «sum» non è un valore ammesso/)]);
  });
});

describe('published schema and summary', () => {
  it('docs/profile.schema.json is the schema the validation uses (regenerate with «cruscotto profilo --schema»)', () => {
    const file = path.join(__dirname, '..', '..', '..', 'docs', 'profile.schema.json');
    expect(fs.readFileSync(file, 'utf8')).toBe(profileJsonSchemaText());
  });

  it('profileSummaryText says the name, the date saved and the rules in one paragraph', () => {
    const p = edited('sondrio-2020', (d) => {
      d.nome = 'sondrio-2024';
      d.etichetta = 'Sondrio 2024';
      d.basato_su = 'sondrio-2020';
      d.salvato_il = '2026-12-03T10:15:00Z';
      d.metodo = 'tolleranza';
    });
    const text = profileSummaryText(p);
    expect(text).toMatch(/^Regole di calcolo: «Sondrio 2024» \(sondrio-2024, ricavato da «sondrio-2020»\), salvate il 03\/12\/2026\. /);
    expect(text).toContain('tolleranza del 5%');
    expect(text).toContain('ente: media degli obiettivi strategici rapportati al loro target');
    expect(text.split('\n')).toHaveLength(1);
    expect(profileSummaryText(getProfile('pavia')!)).toContain('profilo predefinito');
  });
});
