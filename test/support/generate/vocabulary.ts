/** Italian wording for synthetic cruscotti, modelled on the Sondrio plans 2018-2022. */

export const PERSPECTIVES = [
  'Sviluppo del tessuto economico locale',
  'Processi interni',
  'Innovazione, crescita e apprendimento',
  'Economico finanziaria',
  'Trasparenza e integrità',
  'Sostenibilità ambientale',
] as const;

/** perspectives whose strategic objectives carry a 100 % target (Relazione 2020 §1.1) */
export const FINANCIAL_PERSPECTIVE = 'Economico finanziaria';

export const STRATEGIC_TITLES = [
  'Competitività del territorio',
  'Competitività delle imprese',
  'La qualità dei processi',
  'Trasparenza e comunicazione',
  'Customer satisfaction',
  'Valorizzazione delle professionalità interne',
  'Utilizzo ottimale delle risorse',
  'Massimizzazione risorse promozionali',
  'Semplificazione amministrativa',
  'Transizione digitale delle imprese',
  'Tutela del mercato e dei consumatori',
  'Sviluppo sostenibile del territorio',
] as const;

export const OPERATIONAL_TITLES = [
  'Capitale Umano', 'Semplificazione', 'Regolazione del mercato', "Certificazione d'impresa e di prodotto",
  'Internazionalizzazione', 'Digitalizzazione', 'Tempi dei pagamenti', 'Tempi del Registro Imprese',
  'Tempi istruttori', 'Accesso programmato e procedure digitali', 'Trasparenza', 'Comunicazione su canale social',
  'Pari Opportunità', 'Gradimento dei servizi camerali', 'Formazione e aggiornamento',
  'Equilibrio economico gestione corrente', 'Volumi e servizi promozionali', 'Equilibrio strutturale',
  'Vocazioni territoriali', 'Coordinamento strategico territoriale', 'Investimenti innovativi', 'Startup',
  'Accesso al credito', 'Turismo e attrattività',
] as const;

export const OWNERS = [
  'U.O. "Relazioni con il Pubblico"', 'U.O. "Digitalizzazione"', 'U.O. "Anagrafe camerale"',
  'U.O. "Regolazione del mercato"', 'U.O. "Ragioneria"', 'U.O. "Provveditorato"',
  'U.O. "Marketing e comunicazione"', 'U.O. "Organizzazione e Performance"', 'SG', 'Controller',
] as const;

export const SUBJECTS = [
  'alternanza scuola-lavoro', 'internazionalizzazione', 'cultura digitale', 'mediazione', 'registro imprese',
  'sportello SUAP', 'marchio territoriale', 'orientamento al lavoro', 'transizione ecologica', 'turismo',
  'credito alle imprese', 'certificati di origine', 'firma digitale', 'tutela del consumatore', 'nuova impresa',
] as const;

export const COUNT_KPIS = [
  'numero di incontri ed eventi organizzati', 'numero di imprese supportate', 'numero partecipanti',
  'numero istanze pervenute', 'numero di imprese assistite', 'concessioni rilasciate', 'numero di webinar realizzati',
] as const;

export const PERCENT_HIGHER_KPIS = [
  'imprese aderenti / imprese attive', 'pratiche evase entro 5 gg / pratiche pervenute',
  'procedure concluse / domande pervenute', 'livello di gradimento del servizio', 'quesiti risolti entro 5 gg / quesiti pervenuti',
  'interventi economici / oneri correnti',
] as const;

export const PERCENT_LOWER_KPIS = [
  'N. pratiche in errore / N. pratiche lavorate [%]', 'oneri di funzionamento / oneri correnti',
  'reclami / pratiche evase', 'pratiche sospese / pratiche pervenute',
] as const;

export const DAYS_KPIS = [
  'durata istruttoria (gg.)', 'tempo medio di evasione delle pratiche (gg.)', 'tempi di pagamento (numero gg)',
  'termine di convocazione incontro preliminare da domanda', 'numero di giorni da data violazione a emissione verbale',
] as const;

export const EURO_KPIS = [
  'interventi economici contabilizzati / n° imprese attive al 31/12', 'spesa promozionale per impresa attiva',
  'contributi erogati per impresa beneficiaria',
] as const;

export const DEADLINE_KPIS = [
  'avvio del nuovo servizio', 'attivazione delle procedure online', 'predisposizione del report annuale',
  'emissione del ruolo esattoriale', 'completamento della migrazione dei dati',
] as const;

export const ACTION_TEMPLATES = [
  'Livello di attività in materia di {s}', 'Grado di adesione alle iniziative di {s}', 'Tempi di {s}',
  'Capacità di risposta dello sportello {s}', 'Promozione {s}', 'Rilevazione customer {s}',
  'Grado di coinvolgimento delle imprese in {s}', 'Progetto {s}', 'Servizi di {s}',
] as const;

export const OVERRIDE_MOTIVATIONS = [
  "Sentito l'OIV, l'azione si considera raggiunta: il volume delle domande è cresciuto oltre ogni previsione.",
  "Sentito l'OIV, si considera raggiunta in quanto le attività sono state realizzate con un risparmio.",
  "Sentito l'OIV, si propone di ritenere l'obiettivo raggiunto: cause non dipendenti dall'ente camerale.",
] as const;

export const NEUTRALISATION_MOTIVATIONS = [
  "Azione annullata: la Regione non ha adottato la regolamentazione prevista (causa esterna).",
  "Azione annullata - si propone di ripartire il peso nell'obiettivo operativo.",
  'Azione annullata: servizio nazionale non reso disponibile nel corso dell’anno.',
] as const;

export const EXTRA_COLUMNS = ['Note', 'Risorse (€)', 'Fonte del dato', 'Ambito PIAO', 'Collegamento bilancio'] as const;

export const NOTE_TEXTS = [
  'dato da verificare con la U.O.', 'fonte: Infocamere', 'rilevazione semestrale', 'vedi relazione allegata',
  'dato provvisorio', '', '',
] as const;
