/**
 * The «Regole di calcolo» form (issue 11): a profile as plain fields (texts and choices, no JSON typing) and back
 * to a profile document. Numbers stay text while typed; a text that is not a number goes into the document as
 * it is, so the document's validation names the field ("esiti.operativo_raggiunto: «ottanta» non è un numero").
 */
import { readProfileDocument, profileToDocument, type ProfileRead } from '../../engine/profile';
import type { Profile } from '../../engine/types';

export interface ScaleRow {
  giudizio: string;
  punteggio: string;
}

export interface BandRow {
  da: string;
  giudizio: string;
}

export interface RulesForm {
  /** the built-in profile the rules started from */
  base: string;
  nome: string;
  etichetta: string;
  metodo: string;
  senza_soglie: string;
  /** "80; 60" */
  livelli_soglia: string;
  tolleranza_percentuale: string;
  tolleranza_giorni: string;
  scala_verbale: ScaleRow[];
  /** "fatto; realizzato" */
  parole_si: string;
  parole_no: string;
  /** '' = no rounding, else the decimals */
  valori_kpi: string;
  righe: string;
  /** '' = not set (somma ponderata) */
  gruppo_foglia: string;
  operativo: string;
  strategico: string;
  prospettiva: string;
  prospettiva_da_strategici: string;
  ente_regola: string;
  ente_da: string;
  ente_valore: string;
  /** '' = none */
  target_strategico: string;
  azione_raggiunta: string;
  operativo_raggiunto: string;
  aggregato_raggiunto: string;
  soglia_parziale: string;
  fasce: BandRow[];
  /** kept as they are: the colours are set in «Impostazioni» */
  colori: Profile['colours'];
}

const numberText = (n: number | null | undefined): string => (n === null || n === undefined ? '' : String(n).replace('.', ','));
const listText = (items: readonly (string | number)[]): string => items.map((i) => (typeof i === 'number' ? numberText(i) : i)).join('; ');

export function formFromProfile(p: Profile, base: string): RulesForm {
  const d = profileToDocument(p);
  return {
    base,
    nome: d.nome,
    etichetta: d.etichetta,
    metodo: d.metodo,
    senza_soglie: d.senza_soglie,
    livelli_soglia: listText(d.livelli_soglia),
    tolleranza_percentuale: numberText(d.tolleranza?.percentuale),
    tolleranza_giorni: numberText(d.tolleranza?.giorni),
    scala_verbale: (d.scala_verbale ?? []).map((s) => ({ giudizio: s.giudizio, punteggio: numberText(s.punteggio) })),
    parole_si: listText(d.parole_sino?.si ?? []),
    parole_no: listText(d.parole_sino?.no ?? []),
    valori_kpi: numberText(d.arrotondamento.valori_kpi),
    righe: numberText(d.arrotondamento.righe),
    gruppo_foglia: d.aggregazione.gruppo_foglia ?? '',
    operativo: d.aggregazione.operativo,
    strategico: d.aggregazione.strategico,
    prospettiva: d.aggregazione.prospettiva,
    prospettiva_da_strategici: d.prospettiva_da_strategici,
    ente_regola: d.ente.regola,
    ente_da: d.ente.da,
    ente_valore: d.ente.valore,
    target_strategico: numberText(d.target_strategico),
    azione_raggiunta: numberText(d.esiti.azione_raggiunta),
    operativo_raggiunto: numberText(d.esiti.operativo_raggiunto),
    aggregato_raggiunto: numberText(d.esiti.aggregato_raggiunto),
    soglia_parziale: numberText(d.esiti.soglia_parziale),
    fasce: d.fasce.map((f) => ({ da: numberText(f.da), giudizio: f.giudizio })),
    colori: { ...d.colori },
  };
}

/** "80,5" -> 80.5; a text that is not a number is kept (the validation names it). */
function toNumber(text: string): number | string {
  const t = text.trim().replace(/\s+/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : text.trim();
}

/** '' -> null (the field's "none"), else a number or the text. */
function toNullable(text: string): number | string | null {
  return text.trim() === '' ? null : toNumber(text);
}

function splitList(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** The document the form stands for (not yet validated). `savedAt` is written when the rules are saved. */
export function documentFromForm(f: RulesForm, savedAt?: string): Record<string, unknown> {
  return {
    versione: 2,
    nome: f.nome.trim(),
    etichetta: f.etichetta.trim(),
    ...(f.base ? { basato_su: f.base } : {}),
    ...(savedAt ? { salvato_il: savedAt } : {}),
    metodo: f.metodo,
    senza_soglie: f.senza_soglie,
    livelli_soglia: splitList(f.livelli_soglia).map(toNumber),
    tolleranza: { percentuale: toNumber(f.tolleranza_percentuale), giorni: toNumber(f.tolleranza_giorni) },
    scala_verbale: f.scala_verbale.map((s) => ({ giudizio: s.giudizio.trim(), punteggio: toNumber(s.punteggio) })),
    parole_sino: { si: splitList(f.parole_si), no: splitList(f.parole_no) },
    arrotondamento: { valori_kpi: toNullable(f.valori_kpi), righe: toNullable(f.righe) },
    aggregazione: {
      ...(f.gruppo_foglia ? { gruppo_foglia: f.gruppo_foglia } : {}),
      operativo: f.operativo,
      strategico: f.strategico,
      prospettiva: f.prospettiva,
    },
    prospettiva_da_strategici: f.prospettiva_da_strategici,
    ente: { regola: f.ente_regola, da: f.ente_da, valore: f.ente_valore },
    target_strategico: toNullable(f.target_strategico),
    esiti: {
      azione_raggiunta: toNumber(f.azione_raggiunta),
      operativo_raggiunto: toNumber(f.operativo_raggiunto),
      aggregato_raggiunto: toNumber(f.aggregato_raggiunto),
      soglia_parziale: toNumber(f.soglia_parziale),
    },
    colori: { ...f.colori },
    fasce: f.fasce.map((b) => ({ da: toNumber(b.da), giudizio: b.giudizio.trim() })),
  };
}

/** The form's rules as a profile, or the list of what is wrong (Italian, naming the field). */
export function profileFromForm(f: RulesForm, savedAt?: string): ProfileRead {
  return readProfileDocument(documentFromForm(f, savedAt));
}
