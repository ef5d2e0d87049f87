/**
 * Reads a profile document: checks every field against ./fields.ts and the rules between fields, with an Italian
 * message naming the field ("aggregazione.strategico: «media ponderata» non è un valore ammesso"), and turns an
 * older version into the current one with a note of what changed (./migrate.ts). List items count from 1.
 */
import type { Profile } from '../types';
import { documentToProfile } from './convert';
import { PROFILE_DOCUMENT_VERSION, type ProfileDocument } from './document';
import { DOCUMENT_FIELDS, type FieldSpec } from './fields';
import { migrateDocument } from './migrate';
import { wordKey } from '../scoring/wordMethods';

export type ProfileRead = { ok: true; profile: Profile; document: ProfileDocument; notes: string[] } | { ok: false; errors: string[] };

const HEX = /^#[0-9A-Fa-f]{6}$/;

function shown(v: unknown): string {
  if (typeof v === 'string') return `«${v}»`;
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'un elenco';
  if (typeof v === 'object') return 'un oggetto';
  return `«${String(v)}»`;
}

function num(n: number): string {
  return String(n).replace('.', ',');
}

function checkField(spec: FieldSpec, value: unknown, path: string, errors: string[]): void {
  const fail = (text: string): void => {
    errors.push(`${path}: ${text}`);
  };
  switch (spec.type) {
    case 'const':
      if (value !== spec.value) fail(`${shown(value)} non è ammesso: deve essere ${spec.value}`);
      return;
    case 'text':
      if (typeof value !== 'string') return fail(`${shown(value)} non è un testo`);
      if (!spec.allowEmpty && value.trim() === '') return fail('non può essere vuoto');
      if (value.length > spec.maxLength) fail(`è troppo lungo (${value.length} caratteri, al massimo ${spec.maxLength})`);
      return;
    case 'word':
      if (typeof value !== 'string' || !spec.words.includes(value.trim().toLowerCase())) {
        fail(`${shown(value)} non è un valore ammesso (ammessi: ${spec.words.map((w) => `«${w}»`).join(', ')})`);
      }
      return;
    case 'number': {
      if (value === null && spec.nullable) return;
      if (typeof value !== 'number' || !Number.isFinite(value)) return fail(`${shown(value)} non è un numero${spec.nullable ? ' (o null)' : ''}`);
      if (spec.integer && !Number.isInteger(value)) return fail(`${num(value)} deve essere un numero intero`);
      const low = spec.minExclusive ? value <= spec.min : value < spec.min;
      const high = spec.maxExclusive ? value >= spec.max : value > spec.max;
      if (low || high) {
        fail(`${num(value)} deve essere tra ${spec.min} e ${spec.max}${spec.minExclusive || spec.maxExclusive ? ` (${[spec.minExclusive ? `${spec.min}` : '', spec.maxExclusive ? `${spec.max}` : ''].filter(Boolean).join(' e ')} escluso)` : ''}`);
      }
      return;
    }
    case 'colour':
      if (typeof value !== 'string' || !HEX.test(value.trim())) fail(`il colore ${shown(value)} non è valido: scrivere #RRGGBB`);
      return;
    case 'object':
      if (!value || typeof value !== 'object' || Array.isArray(value)) return fail(`deve essere un oggetto con i campi ${Object.keys(spec.fields).join(', ')}`);
      checkObject(spec.fields, value as Record<string, unknown>, `${path}.`, errors);
      return;
    case 'list':
      if (!Array.isArray(value)) return fail(`${shown(value)} non è un elenco`);
      if (value.length < spec.minItems) return fail(`servono almeno ${spec.minItems} voci`);
      if (value.length > spec.maxItems) return fail(`al massimo ${spec.maxItems} voci (trovate ${value.length})`);
      value.forEach((item, i) => checkField(spec.item, item, `${path}[${i + 1}]`, errors));
      return;
  }
}

function checkObject(fields: Record<string, FieldSpec>, obj: Record<string, unknown>, prefix: string, errors: string[]): void {
  for (const [name, spec] of Object.entries(fields)) {
    const present = Object.prototype.hasOwnProperty.call(obj, name) && obj[name] !== undefined;
    if (!present) {
      if (!spec.optional) errors.push(`${prefix}${name}: manca`);
      continue;
    }
    checkField(spec, obj[name], `${prefix}${name}`, errors);
  }
  for (const name of Object.keys(obj)) {
    if (!Object.prototype.hasOwnProperty.call(fields, name)) errors.push(`${prefix}${name}: campo sconosciuto (ammessi: ${Object.keys(fields).join(', ')})`);
  }
}

/** The rules between fields, on a document whose fields are each valid. */
function checkRules(d: ProfileDocument, errors: string[]): void {
  d.livelli_soglia.forEach((level, i) => {
    if (i > 0 && level >= d.livelli_soglia[i - 1]) errors.push(`livelli_soglia[${i + 1}]: i livelli devono diminuire allontanandosi dal target (${num(d.livelli_soglia[i - 1])} poi ${num(level)})`);
  });
  d.fasce.forEach((band, i) => {
    if (i > 0 && band.da >= d.fasce[i - 1].da) errors.push(`fasce[${i + 1}].da: le fasce vanno dalla più alta alla più bassa (${num(d.fasce[i - 1].da)} poi ${num(band.da)})`);
  });
  const seen = new Map<string, number>();
  (d.scala_verbale ?? []).forEach((step, i) => {
    const key = wordKey(step.giudizio);
    const first = seen.get(key);
    if (first !== undefined) errors.push(`scala_verbale[${i + 1}].giudizio: «${step.giudizio}» è già alla voce ${first}`);
    else seen.set(key, i + 1);
  });
  if (d.parole_sino) {
    const yes = new Set(d.parole_sino.si.map(wordKey));
    d.parole_sino.no.forEach((w, i) => {
      if (yes.has(wordKey(w))) errors.push(`parole_sino.no[${i + 1}]: «${w}» è anche tra le parole «si»`);
    });
  }
  if (d.esiti.soglia_parziale > Math.min(d.esiti.azione_raggiunta, d.esiti.operativo_raggiunto, d.esiti.aggregato_raggiunto)) {
    errors.push('esiti.soglia_parziale: non può superare le soglie di «raggiunto»');
  }
}

/** A document (an object, or its JSON text) as a profile, or the list of what is wrong with it. */
export function readProfileDocument(input: unknown): ProfileRead {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (err) {
      return { ok: false, errors: [`il profilo non è un JSON valido: ${err instanceof Error ? err.message : String(err)}`] };
    }
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ok: false, errors: ['il profilo deve essere un oggetto JSON { … }'] };
  const migrated = migrateDocument(data as Record<string, unknown>);
  if (!migrated.ok) return { ok: false, errors: [migrated.message] };
  const errors: string[] = [];
  checkObject(DOCUMENT_FIELDS, migrated.document, '', errors);
  // "versione: manca" reads oddly for a document that names no version at all: say which one is expected
  if (errors.length > 0) return { ok: false, errors: errors.map((e) => e.replace(/^versione: manca$/, `versione: manca (scrivere "versione": ${PROFILE_DOCUMENT_VERSION})`)) };
  const document = migrated.document as unknown as ProfileDocument;
  checkRules(document, errors);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, profile: documentToProfile(document), document, notes: migrated.notes };
}
