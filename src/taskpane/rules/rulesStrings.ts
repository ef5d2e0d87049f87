/**
 * Texts of «Regole di calcolo» (Italian; English when Excel's display language is not Italian). Kept apart from
 * ../i18n/strings.ts because they are many and belong to this editor only. The document's own words (metodo
 * «soglie», aggregazione «media»…) are the values and stay Italian in both languages, as in the JSON schema.
 */
import type { Language } from '../i18n/strings';

export interface RulesStrings {
  heading: string;
  show: string;
  hide: string;
  intro: string;
  savedRules: (label: string, date: string | null) => string;
  builtInRules: (label: string) => string;
  startFrom: string;
  restart: string;
  name: string;
  label: string;
  method: string;
  methods: Record<string, string>;
  withoutThresholds: string;
  thresholdLevels: string;
  thresholdLevelsHint: string;
  tolerancePercent: string;
  toleranceDays: string;
  verbalScale: string;
  judgement: string;
  score: string;
  addStep: string;
  removeStep: (label: string) => string;
  yesWords: string;
  noWords: string;
  wordsHint: string;
  rounding: string;
  kpiRounding: string;
  rowRounding: string;
  noRounding: string;
  decimals: (n: number) => string;
  aggregation: string;
  levels: Record<'gruppo_foglia' | 'operativo' | 'strategico' | 'prospettiva', string>;
  leafGroupDefault: string;
  perspectiveFrom: string;
  organisation: string;
  organisationRule: string;
  organisationFrom: string;
  organisationFigure: string;
  strategicTarget: string;
  strategicTargetHint: string;
  statusThresholds: string;
  statusFields: Record<'azione_raggiunta' | 'operativo_raggiunto' | 'aggregato_raggiunto' | 'soglia_parziale', string>;
  bands: string;
  bandFrom: string;
  addBand: string;
  removeBand: (label: string) => string;
  coloursNote: string;
  previewHeading: string;
  previewNeedsRun: string;
  previewNow: (pct: string, band: string | null) => string;
  previewWith: (pct: string, band: string | null) => string;
  previewRows: (n: number) => string;
  /** persons of the individual objectives sheet whose score changes */
  previewPersons: (n: number) => string;
  errorsHeading: string;
  save: string;
  saving: string;
  saved: string;
  saveFailed: (message: string) => string;
  useBuiltIn: string;
  builtInRestored: string;
}

const IT: RulesStrings = {
  heading: 'Regole di calcolo',
  show: 'Regole di calcolo',
  hide: 'Chiudi regole di calcolo',
  intro: "Le regole del Sistema di misurazione dell'ente. Si salvano nella cartella di lavoro: chi la apre calcola allo stesso modo.",
  savedRules: (label, date) => `In uso: «${label}»${date ? `, salvate il ${date}` : ''}.`,
  builtInRules: (label) => `In uso: il profilo predefinito «${label}».`,
  startFrom: 'Parti dal profilo',
  restart: 'Riparti da questo profilo',
  name: 'Nome breve',
  label: 'Nome per esteso',
  method: 'Metodo di calcolo delle righe',
  methods: {
    soglie: 'A soglie (100 / livello della soglia / 0)',
    lineare: 'Interpolazione lineare tra soglia e target',
    proporzionale: 'Proporzionale (risultato / target, max 100)',
    binario: 'Sì / no (raggiunto 100, altrimenti 0)',
    'scala verbale': 'Scala verbale (giudizio → punteggio)',
    tolleranza: 'Tolleranza sul target, poi soglie',
    progresso: 'Progresso dal valore storico al target',
  },
  withoutThresholds: 'Riga senza soglie',
  thresholdLevels: 'Livelli delle soglie (se il foglio non li indica)',
  thresholdLevelsHint: 'Dal più vicino al target, separati da «;», ad esempio 80; 60',
  tolerancePercent: 'Tolleranza (% del target)',
  toleranceDays: 'Tolleranza per le scadenze (giorni)',
  verbalScale: 'Scala verbale',
  judgement: 'Giudizio',
  score: 'Punteggio %',
  addStep: 'Aggiungi giudizio',
  removeStep: (label) => `Togli «${label}»`,
  yesWords: 'Parole che valgono «fatto»',
  noWords: 'Parole che valgono «non fatto»',
  wordsHint: 'Oltre a sì e no; separate da «;»',
  rounding: 'Arrotondamenti',
  kpiRounding: 'Valori prima del calcolo',
  rowRounding: 'Percentuale di ogni riga',
  noRounding: 'Nessuno',
  decimals: (n) => (n === 0 ? "All'unità" : n === 1 ? '1 decimale' : `${n} decimali`),
  aggregation: 'Come si calcola ogni livello',
  levels: { gruppo_foglia: 'Azione (sopra gli indicatori)', operativo: 'Obiettivo operativo', strategico: 'Obiettivo strategico', prospettiva: 'Prospettiva' },
  leafGroupDefault: 'Somma ponderata (predefinita)',
  perspectiveFrom: 'Valore degli obiettivi strategici nella prospettiva',
  organisation: 'Ente',
  organisationRule: "Regola dell'ente",
  organisationFrom: 'Calcolato da',
  organisationFigure: 'Valore degli obiettivi strategici',
  strategicTarget: 'Target degli obiettivi strategici (%)',
  strategicTargetHint: 'Se il foglio non lo indica; vuoto = nessuno',
  statusThresholds: 'Esiti: «raggiunto» da…',
  statusFields: { azione_raggiunta: 'Righe (%)', operativo_raggiunto: 'Obiettivi operativi (%)', aggregato_raggiunto: 'Strategici, prospettive, ente (%)', soglia_parziale: '«Parzialmente» da (%; 0 = sopra 0)' },
  bands: 'Valutazione sintetica (fasce)',
  bandFrom: 'Da %',
  addBand: 'Aggiungi fascia',
  removeBand: (label) => `Togli la fascia «${label}»`,
  coloursNote: 'I colori degli esiti si scelgono in «Impostazioni».',
  previewHeading: 'Effetto sul foglio',
  previewNeedsRun: "Premere «Ricalcola» per vedere l'effetto di queste regole sul foglio.",
  previewNow: (pct, band) => `Ente ora: ${pct}${band ? ` (${band})` : ''}`,
  previewWith: (pct, band) => `Con queste regole: ${pct}${band ? ` (${band})` : ''}`,
  previewRows: (n) => (n === 0 ? 'Nessuna riga cambia percentuale.' : n === 1 ? '1 riga cambia percentuale.' : `${n} righe cambiano percentuale.`),
  previewPersons: (n) => (n === 0 ? 'Nessun punteggio individuale cambia.' : n === 1 ? '1 punteggio individuale cambia.' : `${n} punteggi individuali cambiano.`),
  errorsHeading: 'Da correggere prima di salvare',
  save: 'Salva nella cartella di lavoro',
  saving: 'Salvataggio…',
  saved: 'Regole salvate nella cartella di lavoro: premere «Ricalcola» per applicarle.',
  saveFailed: (m) => `Salvataggio non riuscito: ${m}`,
  useBuiltIn: 'Usa il profilo predefinito',
  builtInRestored: 'Le regole salvate sono state tolte: si usa il profilo scelto in «Impostazioni».',
};

const EN: RulesStrings = {
  ...IT,
  heading: 'Scoring rules',
  show: 'Scoring rules',
  hide: 'Close scoring rules',
  intro: "The body's performance measurement rules. They are saved in the workbook: everyone who opens it computes the same way.",
  savedRules: (label, date) => `In use: «${label}»${date ? `, saved on ${date}` : ''}.`,
  builtInRules: (label) => `In use: the built-in profile «${label}».`,
  startFrom: 'Start from profile',
  restart: 'Start again from this profile',
  name: 'Short name',
  label: 'Full name',
  method: 'Row scoring method',
  withoutThresholds: 'Row without thresholds',
  thresholdLevels: 'Threshold levels (when the sheet does not say)',
  thresholdLevelsHint: 'Closest to the target first, separated by «;», e.g. 80; 60',
  tolerancePercent: 'Tolerance (% of target)',
  toleranceDays: 'Tolerance for deadlines (days)',
  verbalScale: 'Verbal scale',
  judgement: 'Judgement',
  score: 'Score %',
  addStep: 'Add judgement',
  removeStep: (label) => `Remove «${label}»`,
  yesWords: 'Words meaning «done»',
  noWords: 'Words meaning «not done»',
  wordsHint: 'Besides yes and no; separated by «;»',
  rounding: 'Rounding',
  kpiRounding: 'Values before scoring',
  rowRounding: 'Each row percentage',
  noRounding: 'None',
  decimals: (n) => (n === 0 ? 'Whole number' : n === 1 ? '1 decimal' : `${n} decimals`),
  aggregation: 'How each level is computed',
  perspectiveFrom: 'Strategic objective figure in the perspective',
  organisation: 'Organisation',
  organisationRule: 'Organisation rule',
  organisationFrom: 'Computed from',
  organisationFigure: 'Strategic objective figure',
  strategicTarget: 'Strategic objective target (%)',
  strategicTargetHint: 'When the sheet gives none; empty = none',
  statusThresholds: 'Status: «reached» from…',
  bands: 'Verbal bands',
  bandFrom: 'From %',
  addBand: 'Add band',
  removeBand: (label) => `Remove band «${label}»`,
  coloursNote: 'Status colours are chosen in «Settings».',
  previewHeading: 'Effect on the sheet',
  previewNeedsRun: 'Press «Recalculate» to see the effect of these rules on the sheet.',
  previewNow: (pct, band) => `Organisation now: ${pct}${band ? ` (${band})` : ''}`,
  previewWith: (pct, band) => `With these rules: ${pct}${band ? ` (${band})` : ''}`,
  previewRows: (n) => (n === 0 ? 'No row changes percentage.' : n === 1 ? '1 row changes percentage.' : `${n} rows change percentage.`),
  previewPersons: (n) => (n === 0 ? 'No individual score changes.' : n === 1 ? '1 individual score changes.' : `${n} individual scores change.`),
  errorsHeading: 'To correct before saving',
  save: 'Save in the workbook',
  saving: 'Saving…',
  saved: 'Rules saved in the workbook: press «Recalculate» to apply them.',
  saveFailed: (m) => `Saving failed: ${m}`,
  useBuiltIn: 'Use the built-in profile',
  builtInRestored: 'The saved rules were removed: the profile chosen in «Settings» is used.',
};

export function rulesStringsFor(language: Language): RulesStrings {
  return language === 'it' ? IT : EN;
}
