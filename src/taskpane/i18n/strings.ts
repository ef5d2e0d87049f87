/**
 * UI texts of the task pane. Italian is the language of the product; English is used when Excel's
 * display language is not Italian. Messages coming from the engine (diagnostics) stay in Italian.
 */
import type { Language } from '../../excel/language';

export type { Language };
/** The add-in's one language rule (src/excel/language.ts), under the pane's name. */
export { languageOf as languageFor } from '../../excel/language';
import { PAGE_FIT_HINT } from '../../excel/requirements';

export type StepName = 'lettura' | 'calcolo' | 'scrittura' | 'riepilogo' | 'fatto';

export interface Strings {
  appTitle: string;
  // run panel
  recalculate: string;
  recalculateHint: string;
  generateSummary: string;
  generateSummaryHint: string;
  running: string;
  steps: Record<StepName, string>;
  organisationFigure: (pct: string, band: string | null) => string;
  withoutOverrides: (pct: string) => string;
  counts: (errors: number, warnings: number) => string;
  syncDetail: (syncs: number) => string;
  /** the collapsed section with what only a developer needs (Excel synchronisations, profile, sheet) */
  technicalDetails: string;
  profileDetail: (profile: string) => string;
  sheetDetail: (sheet: string) => string;
  summaryWritten: (sheet: string) => string;
  runFailed: (message: string) => string;
  noRunYet: string;
  // tree
  treeHeading: string;
  /** 'leafGroup': the level above the scored rows on five-level sheets, when the sheet does not name it */
  levels: Record<'perspective' | 'strategic' | 'operational' | 'leafGroup' | 'action', string>;
  statuses: Record<'raggiunto' | 'parzialmente' | 'non-raggiunto' | 'neutralizzato' | 'non-misurato', string>;
  expand: (name: string) => string;
  collapse: (name: string) => string;
  expandAll: string;
  collapseAll: string;
  ofTarget: (pct: string, target: string) => string;
  overridden: string;
  overriddenHint: string;
  assign: string;
  assignLabel: (name: string) => string;
  emptyTree: string;
  // diagnostics
  diagnosticsHeading: string;
  noDiagnostics: string;
  severities: Record<'error' | 'warning', string>;
  goToCell: (cell: string) => string;
  selectFailed: (message: string) => string;
  // settings
  settingsHeading: string;
  showSettings: string;
  hideSettings: string;
  profile: string;
  planYear: string;
  planYearHint: string;
  sheet: string;
  sheetAuto: string;
  organisationName: string;
  organisationNameHint: string;
  organisationNameTooLong: (length: number, max: number) => string;
  colours: string;
  colourNames: Record<'raggiunto' | 'parzialmente' | 'non-raggiunto' | 'neutralizzato', string>;
  colourHint: string;
  /** under a colour picker: the colour it shows and where it comes from */
  colourChosen: (hex: string) => string;
  colourFromProfile: (hex: string) => string;
  colourReset: string;
  colourResetLabel: (name: string) => string;
  save: string;
  saved: string;
  loading: string;
  badYear: (raw: string) => string;
  badColour: (raw: string) => string;
  saveFailed: (message: string) => string;
  loadFailed: (message: string) => string;
  // override editor
  overrideHeading: string;
  overrideFor: (name: string) => string;
  percentage: string;
  percentageHint: string;
  motivation: string;
  motivationHint: string;
  confirmOverride: string;
  cancel: string;
  missingPercentage: string;
  badPercentage: (raw: string) => string;
  percentageOutOfRange: (raw: string) => string;
  missingMotivation: string;
  noActionCell: string;
  overrideSaved: string;
  overrideFailed: (message: string) => string;
  // column mapping ("Colonne")
  mappingHeading: string;
  showMapping: string;
  hideMapping: string;
  mappingNotRecognised: string;
  mappingSheet: (name: string) => string;
  mappingHeaderRows: (top: number, bottom: number) => string;
  headerRowsGroup: string;
  headerTop: string;
  headerBottom: string;
  scoredItems: (word: string) => string;
  mappingColumn: (letter: string) => string;
  noHeader: string;
  columnYear: (year: number) => string;
  thresholdLevel: string;
  thresholdLevelHint: string;
  saveMapping: string;
  resetMapping: string;
  mappingSaved: string;
  mappingReset: string;
  mappingSaveFailed: (message: string) => string;
  mappingInvalid: string;
  noTargetColumn: (word: string) => string;
  noScoredCode: (word: string) => string;
  duplicateRole: (label: string, letters: string) => string;
  badHeaderRows: (max: number) => string;
  badThresholdLevel: (letter: string) => string;
  mappingNone: string;
  staleMappingTitle: string;
  staleMappingAction: string;
  // Verifica and the summary sheet
  checksHeading: string;
  checksIntro: string;
  summaryElsewhere: (name: string) => string;
  // individual objectives (issue 9)
  individualsHeading: string;
  individualsSheet: (sheet: string) => string;
  individualsEmpty: string;
  roles: Record<'dirigente' | 'po' | 'personale', string>;
  belowTarget: (n: number) => string;
  belowTargetBadge: string;
  scoreMissing: string;
  objectiveWeight: (weight: string) => string;
  objectivesOf: (person: string) => string;
  // «Crea foglio obiettivi individuali»
  createIndividualSheet: string;
  createIndividualSheetHint: string;
  individualSheetCreated: (sheet: string) => string;
  individualSheetExists: (sheet: string) => string;
  createIndividualSheetFailed: (message: string) => string;
  /** beside the button in the settings area */
  individualSheetTool: string;
  // period and the monitoring view (issue 9)
  period: string;
  periodHint: string;
  periods: Record<'consuntivo' | 'monitoraggio', string>;
  badPeriod: (raw: string) => string;
  monitoringHeading: string;
  monitoringIntro: string;
  monitoringStates: Record<'in-linea' | 'in-ritardo' | 'non-rilevabile', string>;
  monitoringCounts: (inLine: number, late: number, notMeasurable: number) => string;
  deviation: (text: string) => string;
  monitoringFigures: (result: string, target: string, period: 'al 30/6' | 'al 31/12') => string;
  yearEndTargetUsed: string;
  notAvailable: string;
  units: { points: string; day: string; days: string; month: string; months: string };
  /** between the scostamenti of a composite target: «+266 e +4» */
  deviationAnd: string;
  // bootstrap
  notInExcel: string;
  officeMissing: string;
  unsupportedExcel: string;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const IT: Strings = {
  appTitle: 'Cruscotto della performance',
  recalculate: 'Ricalcola',
  recalculateHint: 'Legge il cruscotto, calcola le percentuali e scrive valori e colori nel foglio',
  generateSummary: 'Genera riepilogo',
  generateSummaryHint: 'Ricalcola e crea il foglio Riepilogo per la Giunta',
  running: 'Calcolo in corso…',
  steps: {
    lettura: 'Lettura del foglio',
    calcolo: 'Calcolo delle percentuali',
    scrittura: 'Scrittura di valori e colori',
    riepilogo: 'Creazione del foglio Riepilogo',
    fatto: 'Fatto',
  },
  organisationFigure: (pct, band) => `Performance di ente: ${pct}${band ? ` — ${band}` : ''}`,
  withoutOverrides: (pct) => `senza assegnazioni: ${pct}`,
  counts: (e, w) => `${plural(e, 'errore', 'errori')}, ${plural(w, 'avviso', 'avvisi')}`,
  syncDetail: (n) => `Sincronizzazioni con Excel: ${n}`,
  technicalDetails: 'Dettagli tecnici',
  profileDetail: (p) => `Profilo: ${p}`,
  sheetDetail: (s) => `Foglio letto: ${s}`,
  summaryWritten: (sheet) => `Foglio «${sheet}» aggiornato. ${PAGE_FIT_HINT.it}`,
  runFailed: (m) => `Calcolo non riuscito: ${m}`,
  noRunYet: 'Premere «Ricalcola» per calcolare il cruscotto.',
  treeHeading: 'Albero della performance',
  levels: {
    perspective: 'Prospettiva',
    strategic: 'Ob. strategico',
    operational: 'Ob. operativo',
    leafGroup: 'Raggruppamento',
    action: 'Azione',
  },
  statuses: {
    raggiunto: 'raggiunto',
    parzialmente: 'parzialmente raggiunto',
    'non-raggiunto': 'non raggiunto',
    neutralizzato: 'neutralizzata',
    'non-misurato': 'non misurato',
  },
  expand: (name) => `Espandi ${name}`,
  collapse: (name) => `Comprimi ${name}`,
  expandAll: 'Espandi tutto',
  collapseAll: 'Comprimi tutto',
  ofTarget: (pct, target) => `${pct} del target ${target}`,
  overridden: 'assegnata',
  overriddenHint: 'Percentuale assegnata con motivazione, diversa da quella calcolata',
  assign: 'Assegna %',
  assignLabel: (name) => `Assegna una percentuale all'azione ${name}`,
  emptyTree: 'Nessun obiettivo trovato nel foglio.',
  diagnosticsHeading: 'Segnalazioni',
  noDiagnostics: 'Nessuna segnalazione.',
  severities: { error: 'Errore', warning: 'Avviso' },
  goToCell: (cell) => `Vai alla cella ${cell}`,
  selectFailed: (m) => `Impossibile selezionare la cella: ${m}`,
  settingsHeading: 'Impostazioni',
  showSettings: 'Mostra impostazioni',
  hideSettings: 'Nascondi impostazioni',
  profile: 'Regole SMVP (profilo)',
  planYear: 'Anno del piano',
  planYearHint: 'Vuoto: il primo anno del foglio',
  sheet: 'Foglio del cruscotto',
  sheetAuto: '(automatico)',
  organisationName: "Nome dell'ente",
  organisationNameHint: 'usato nel titolo del Riepilogo',
  organisationNameTooLong: (length, max) => `Il nome è troppo lungo: ${length} caratteri, al massimo ${max}`,
  colours: 'Colori del semaforo',
  colourNames: {
    raggiunto: 'Raggiunto (verde)',
    parzialmente: 'Parzialmente raggiunto (arancione)',
    'non-raggiunto': 'Non raggiunto (rosso)',
    neutralizzato: 'Neutralizzata (grigio)',
  },
  colourHint: 'Scegliere un colore; senza scelta vale quello del profilo.',
  colourChosen: (hex) => `${hex}: scelto per questa cartella`,
  colourFromProfile: (hex) => `${hex}: colore del profilo`,
  colourReset: 'Colore del profilo',
  colourResetLabel: (name) => `Usa il colore del profilo per «${name}»`,
  save: 'Salva impostazioni',
  saved: 'Impostazioni salvate nella cartella di lavoro: salvare il file per conservarle.',
  loading: 'Caricamento…',
  badYear: (raw) => `«${raw}» non è un anno valido (es. 2022)`,
  badColour: (raw) => `«${raw}» non è un colore valido: sceglierne uno o usare il colore del profilo`,
  saveFailed: (m) => `Salvataggio non riuscito: ${m}`,
  loadFailed: (m) => `Impossibile leggere le impostazioni: ${m}`,
  overrideHeading: 'Percentuale assegnata',
  overrideFor: (name) => `Azione ${name}`,
  percentage: 'Percentuale (0-100)',
  percentageHint: 'Es. 60 oppure 60,5',
  motivation: 'Motivazione',
  motivationHint: "Obbligatoria: riportare la decisione (es. sentito l'OIV)",
  confirmOverride: 'Registra e ricalcola',
  cancel: 'Annulla',
  missingPercentage: 'Indicare la percentuale da assegnare',
  badPercentage: (raw) => `«${raw}» non è una percentuale valida`,
  percentageOutOfRange: (raw) => `La percentuale deve essere compresa tra 0 e 100 (indicato «${raw}»)`,
  missingMotivation: 'La motivazione è obbligatoria',
  noActionCell: "Cella dell'azione sconosciuta: impossibile registrare la percentuale",
  overrideSaved: 'Percentuale registrata.',
  overrideFailed: (m) => `Registrazione non riuscita: ${m}`,
  mappingHeading: 'Colonne del foglio',
  showMapping: 'Mostra colonne',
  hideMapping: 'Nascondi colonne',
  mappingNotRecognised: 'Il foglio non è stato riconosciuto: indicare che cosa contiene ogni colonna, poi Salva mappatura.',
  mappingSheet: (name) => `Foglio «${name}»`,
  mappingHeaderRows: (top, bottom) => (top === bottom ? `Intestazione: riga ${top}` : `Intestazione: righe ${top}–${bottom}`),
  headerRowsGroup: 'Righe di intestazione',
  headerTop: 'Prima riga',
  headerBottom: 'Ultima riga',
  scoredItems: (word) => `Voci misurate: ${word}`,
  mappingColumn: (letter) => `Colonna ${letter}`,
  noHeader: '(senza intestazione)',
  columnYear: (year) => `anno ${year}`,
  thresholdLevel: 'Livello della soglia (%)',
  thresholdLevelHint: 'Es. 80; vuoto: i livelli del profilo, nell\'ordine delle colonne',
  saveMapping: 'Salva mappatura',
  resetMapping: 'Torna al riconoscimento automatico',
  mappingSaved: 'Mappatura salvata nella cartella di lavoro e foglio ricalcolato: salvare il file per conservarla.',
  mappingReset: 'Mappatura rimossa: le colonne sono di nuovo riconosciute automaticamente.',
  mappingSaveFailed: (m) => `Salvataggio della mappatura non riuscito: ${m}`,
  mappingInvalid: 'Correggere la mappatura prima di salvarla:',
  noTargetColumn: (word) => `Indicare la colonna del target delle voci misurate (${word}).`,
  noScoredCode: (word) => `Indicare la colonna del codice, del titolo o del KPI delle voci misurate (${word}).`,
  duplicateRole: (label, letters) => `«${label}» è indicato per più colonne (${letters}): sceglierlo per una sola.`,
  badHeaderRows: (max) => `Righe di intestazione non valide: indicare due numeri di riga, la prima non dopo l'ultima, al massimo ${max} righe.`,
  badThresholdLevel: (letter) => `Colonna ${letter}: il livello della soglia deve essere un numero tra 0 e 100 (es. 80), oppure vuoto.`,
  mappingNone: 'Nessuna colonna da mostrare: premere «Ricalcola».',
  staleMappingTitle: 'Mappatura delle colonne da rivedere',
  staleMappingAction: 'Rivedi le colonne',
  checksHeading: 'Verifica',
  checksIntro: 'Percentuali già scritte nel foglio che differiscono da quelle calcolate. Un clic seleziona la cella.',
  summaryElsewhere: (name) => `Il riepilogo è nel foglio «${name}»: il foglio «Riepilogo» esistente non è stato toccato.`,
  individualsHeading: 'Obiettivi individuali',
  individualsSheet: (sheet) => `Foglio «${sheet}». Un clic su un obiettivo seleziona la cella.`,
  individualsEmpty: 'Il foglio non ha obiettivi individuali leggibili.',
  roles: { dirigente: 'Dirigente', po: 'Posizione organizzativa', personale: 'Personale' },
  belowTarget: (n) => `${plural(n, 'obiettivo', 'obiettivi')} sotto il target`,
  belowTargetBadge: 'sotto il target',
  scoreMissing: 'Punteggio non calcolato: vedere le segnalazioni',
  objectiveWeight: (w) => `peso ${w}`,
  objectivesOf: (person) => `obiettivi di ${person}`,
  createIndividualSheet: 'Crea foglio obiettivi individuali',
  createIndividualSheetHint: 'Aggiunge un foglio da compilare con gli obiettivi di dirigenti, PO e personale',
  individualSheetCreated: (sheet) => `Creato il foglio «${sheet}»`,
  individualSheetExists: (sheet) => `Il foglio «${sheet}» esiste già ed è stato selezionato`,
  createIndividualSheetFailed: (m) => `Creazione del foglio non riuscita: ${m}`,
  individualSheetTool: 'Obiettivi individuali di dirigenti, PO e personale: un foglio da compilare, che «Ricalcola» legge insieme al cruscotto.',
  period: 'Periodo',
  periodHint: 'Monitoraggio: scostamenti dal target al 30/6',
  periods: { consuntivo: 'Consuntivo (31/12)', monitoraggio: 'Monitoraggio (30/6)' },
  badPeriod: (raw) => `«${raw}» non è un periodo valido: scegliere Consuntivo (31/12) oppure Monitoraggio (30/6)`,
  monitoringHeading: 'Monitoraggio al 30/6',
  monitoringIntro: 'Scostamento = risultato − target del periodo, nella sua unità. Un clic seleziona la cella.',
  monitoringStates: { 'in-linea': 'in linea', 'in-ritardo': 'in ritardo', 'non-rilevabile': 'non rilevabile' },
  monitoringCounts: (a, b, c) => `${a} in linea, ${b} in ritardo, ${c} non ${c === 1 ? 'rilevabile' : 'rilevabili'}`,
  deviation: (text) => `Scostamento: ${text}`,
  monitoringFigures: (result, target, period) => `risultato ${result} · target ${period} ${target}`,
  yearEndTargetUsed: 'nessun target al 30/6: usato quello al 31/12',
  notAvailable: 'n.d.',
  units: { points: 'p.p.', day: 'giorno', days: 'giorni', month: 'mese', months: 'mesi' },
  deviationAnd: 'e',
  notInExcel: 'Questo componente aggiuntivo funziona solo in Microsoft Excel.',
  officeMissing: 'Office.js non è disponibile: aprire il riquadro da Excel.',
  unsupportedExcel: 'Questa versione di Excel non supporta le funzioni richieste dal componente aggiuntivo.',
};

export const EN: Strings = {
  appTitle: 'Performance dashboard',
  recalculate: 'Recalculate',
  recalculateHint: 'Reads the dashboard, computes the percentages and writes values and colours to the sheet',
  generateSummary: 'Build summary',
  generateSummaryHint: 'Recalculates and builds the Riepilogo sheet for the board',
  running: 'Calculating…',
  steps: {
    lettura: 'Reading the sheet',
    calcolo: 'Computing percentages',
    scrittura: 'Writing values and colours',
    riepilogo: 'Building the Riepilogo sheet',
    fatto: 'Done',
  },
  organisationFigure: (pct, band) => `Organisation performance: ${pct}${band ? ` — ${band}` : ''}`,
  withoutOverrides: (pct) => `without assigned percentages: ${pct}`,
  counts: (e, w) => `${plural(e, 'error', 'errors')}, ${plural(w, 'warning', 'warnings')}`,
  syncDetail: (n) => `Excel synchronisations: ${n}`,
  technicalDetails: 'Technical details',
  profileDetail: (p) => `Profile: ${p}`,
  sheetDetail: (s) => `Sheet read: ${s}`,
  summaryWritten: (sheet) => `Sheet «${sheet}» updated. ${PAGE_FIT_HINT.en}`,
  runFailed: (m) => `Calculation failed: ${m}`,
  noRunYet: 'Press “Recalculate” to compute the dashboard.',
  treeHeading: 'Performance tree',
  levels: {
    perspective: 'Perspective',
    strategic: 'Strategic obj.',
    operational: 'Operational obj.',
    leafGroup: 'Grouping',
    action: 'Action',
  },
  statuses: {
    raggiunto: 'achieved',
    parzialmente: 'partly achieved',
    'non-raggiunto': 'not achieved',
    neutralizzato: 'neutralised',
    'non-misurato': 'not measured',
  },
  expand: (name) => `Expand ${name}`,
  collapse: (name) => `Collapse ${name}`,
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  ofTarget: (pct, target) => `${pct} of the ${target} target`,
  overridden: 'assigned',
  overriddenHint: 'Percentage assigned with a motivation, different from the computed one',
  assign: 'Assign %',
  assignLabel: (name) => `Assign a percentage to action ${name}`,
  emptyTree: 'No objectives found in the sheet.',
  diagnosticsHeading: 'Messages',
  noDiagnostics: 'No messages.',
  severities: { error: 'Error', warning: 'Warning' },
  goToCell: (cell) => `Go to cell ${cell}`,
  selectFailed: (m) => `Cannot select the cell: ${m}`,
  settingsHeading: 'Settings',
  showSettings: 'Show settings',
  hideSettings: 'Hide settings',
  profile: 'SMVP rules (profile)',
  planYear: 'Plan year',
  planYearHint: "Empty: the sheet's first year",
  sheet: 'Dashboard sheet',
  sheetAuto: '(automatic)',
  organisationName: 'Organisation name',
  organisationNameHint: 'used in the Riepilogo title',
  organisationNameTooLong: (length, max) => `The name is too long: ${length} characters, at most ${max}`,
  colours: 'Traffic-light colours',
  colourNames: {
    raggiunto: 'Achieved (green)',
    parzialmente: 'Partly achieved (orange)',
    'non-raggiunto': 'Not achieved (red)',
    neutralizzato: 'Neutralised (grey)',
  },
  colourHint: "Choose a colour; without a choice the profile's colour applies.",
  colourChosen: (hex) => `${hex}: chosen for this workbook`,
  colourFromProfile: (hex) => `${hex}: the profile's colour`,
  colourReset: "Profile's colour",
  colourResetLabel: (name) => `Use the profile's colour for “${name}”`,
  save: 'Save settings',
  saved: 'Settings saved in the workbook: save the file to keep them.',
  loading: 'Loading…',
  badYear: (raw) => `“${raw}” is not a valid year (e.g. 2022)`,
  badColour: (raw) => `“${raw}” is not a valid colour: choose one or use the profile's colour`,
  saveFailed: (m) => `Saving failed: ${m}`,
  loadFailed: (m) => `Cannot read the settings: ${m}`,
  overrideHeading: 'Assigned percentage',
  overrideFor: (name) => `Action ${name}`,
  percentage: 'Percentage (0-100)',
  percentageHint: 'E.g. 60 or 60,5',
  motivation: 'Motivation',
  motivationHint: 'Required: record the decision (e.g. after hearing the OIV)',
  confirmOverride: 'Record and recalculate',
  cancel: 'Cancel',
  missingPercentage: 'Enter the percentage to assign',
  badPercentage: (raw) => `“${raw}” is not a valid percentage`,
  percentageOutOfRange: (raw) => `The percentage must be between 0 and 100 (entered “${raw}”)`,
  missingMotivation: 'The motivation is required',
  noActionCell: "The action's cell is unknown: the percentage cannot be recorded",
  overrideSaved: 'Percentage recorded.',
  overrideFailed: (m) => `Recording failed: ${m}`,
  mappingHeading: 'Sheet columns',
  showMapping: 'Show columns',
  hideMapping: 'Hide columns',
  mappingNotRecognised: 'The sheet was not recognised: say what each column holds, then Save mapping.',
  mappingSheet: (name) => `Sheet «${name}»`,
  mappingHeaderRows: (top, bottom) => (top === bottom ? `Header: row ${top}` : `Header: rows ${top}–${bottom}`),
  headerRowsGroup: 'Header rows',
  headerTop: 'First row',
  headerBottom: 'Last row',
  scoredItems: (word) => `Scored items: ${word}`,
  mappingColumn: (letter) => `Column ${letter}`,
  noHeader: '(no header)',
  columnYear: (year) => `year ${year}`,
  thresholdLevel: 'Threshold level (%)',
  thresholdLevelHint: "E.g. 80; empty: the profile's levels, in column order",
  saveMapping: 'Save mapping',
  resetMapping: 'Back to automatic recognition',
  mappingSaved: 'Mapping saved in the workbook and sheet recalculated: save the file to keep it.',
  mappingReset: 'Mapping removed: the columns are recognised automatically again.',
  mappingSaveFailed: (m) => `Saving the mapping failed: ${m}`,
  mappingInvalid: 'Correct the mapping before saving it:',
  noTargetColumn: (word) => `Choose the target column of the scored items (${word}).`,
  noScoredCode: (word) => `Choose the code, title or KPI column of the scored items (${word}).`,
  duplicateRole: (label, letters) => `“${label}” is chosen for more than one column (${letters}): choose it for one only.`,
  badHeaderRows: (max) => `Invalid header rows: enter two row numbers, the first not after the last, at most ${max} rows.`,
  badThresholdLevel: (letter) => `Column ${letter}: the threshold level must be a number between 0 and 100 (e.g. 80), or empty.`,
  mappingNone: 'No columns to show: press “Recalculate”.',
  staleMappingTitle: 'Column mapping to review',
  staleMappingAction: 'Review the columns',
  checksHeading: 'Check',
  checksIntro: 'Percentages already in the sheet that differ from the computed ones. Click one to select its cell.',
  summaryElsewhere: (name) => `The summary is in the sheet «${name}»: the existing «Riepilogo» sheet was not touched.`,
  individualsHeading: 'Individual objectives',
  individualsSheet: (sheet) => `Sheet «${sheet}». Click an objective to select its cell.`,
  individualsEmpty: 'The sheet has no readable individual objectives.',
  roles: { dirigente: 'Manager (dirigente)', po: 'Organisational position', personale: 'Staff' },
  belowTarget: (n) => `${plural(n, 'objective', 'objectives')} below target`,
  belowTargetBadge: 'below target',
  scoreMissing: 'Score not computed: see the messages',
  objectiveWeight: (w) => `weight ${w}`,
  objectivesOf: (person) => `objectives of ${person}`,
  createIndividualSheet: 'Create individual objectives sheet',
  createIndividualSheetHint: 'Adds a sheet to fill in with the objectives of managers, organisational positions and staff',
  individualSheetCreated: (sheet) => `Sheet «${sheet}» created`,
  individualSheetExists: (sheet) => `The sheet «${sheet}» already exists and has been selected`,
  createIndividualSheetFailed: (m) => `Creating the sheet failed: ${m}`,
  individualSheetTool: 'Individual objectives of managers, organisational positions and staff: a sheet to fill in, read by “Recalculate” together with the dashboard.',
  period: 'Period',
  periodHint: 'Monitoring: deviations from the 30 June target',
  periods: { consuntivo: 'Year end (31/12)', monitoraggio: 'Monitoring (30/6)' },
  badPeriod: (raw) => `“${raw}” is not a valid period: choose Year end (31/12) or Monitoring (30/6)`,
  monitoringHeading: 'Monitoring at 30 June',
  monitoringIntro: 'Deviation = result − target of the period, in its unit. Click a row to select its cell.',
  monitoringStates: { 'in-linea': 'on track', 'in-ritardo': 'behind', 'non-rilevabile': 'not measurable' },
  monitoringCounts: (a, b, c) => `${a} on track, ${b} behind, ${c} not measurable`,
  deviation: (text) => `Deviation: ${text}`,
  monitoringFigures: (result, target, period) => `result ${result} · target ${period === 'al 30/6' ? 'at 30/6' : 'at 31/12'} ${target}`,
  yearEndTargetUsed: 'no 30/6 target: the 31/12 one is used',
  notAvailable: 'n/a',
  units: { points: 'pp', day: 'day', days: 'days', month: 'month', months: 'months' },
  deviationAnd: 'and',
  notInExcel: 'This add-in works only in Microsoft Excel.',
  officeMissing: 'Office.js is not available: open the pane from Excel.',
  unsupportedExcel: 'This version of Excel does not support the features the add-in needs.',
};

export function stringsFor(language: Language): Strings {
  return language === 'it' ? IT : EN;
}
