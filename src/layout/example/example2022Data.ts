/**
 * Content of the Sondrio performance plan 2022 (cruscotto-2022), as data for `cruscotto esempio`.
 * Titles, KPIs, targets and soglie are the plan's; two extraction slips are fixed (op. objective 3.2
 * restored with peso 20 %, action 2.1.4 under 2.1). Titles the extraction garbled are reconstructed from
 * the 2020 report (strategic objectives 2, 5, 6, 7, 8) or named plainly (9: "Solidità patrimoniale").
 * The year-end results are invented but plausible: most at or above target, a few between the soglie,
 * 2.1.2 and 8.1.1 below the minimum (8.1.1 assigned 60 % "sentito l'OIV"), 3.4.6 annulled, the qualitative
 * 4.3.1 judged 100 % (typed as the result, the reader's rule for qualitative KPIs).
 */
import type { KpiCell } from './kpiCell';
import type { CruscottoPlan, PlanAction, PlanOperational, PlanStrategic } from './planModel';

/** percent cell: pct(3.25, 2) is 0.0325 shown "3,25%" */
const pct = (value: number, decimals = 0): KpiCell => ({ kind: 'number', value, unit: 'percent', decimals, as: 'cell' });
const num = (value: number, decimals = 0): KpiCell => ({ kind: 'number', value, unit: 'none', decimals, as: 'cell' });
const eur = (value: number, decimals = 0): KpiCell => ({ kind: 'number', value, unit: 'euro', decimals, as: 'cell' });
const month = (m: number): KpiCell => ({ kind: 'month', month: m });
const date = (day: number, m: number, year = 2022): KpiCell => ({ kind: 'date', year, month: m, day, as: 'cell' });
const text = (t: string): KpiCell => ({ kind: 'text', text: t });

type Row = [
  code: string,
  title: string,
  weight: number,
  kpi: string,
  target: KpiCell,
  soglia80: KpiCell | null,
  soglia60: KpiCell | null,
  target2023: KpiCell | null,
  target2024: KpiCell | null,
  owner: string,
  result: KpiCell | null,
];

function action(row: Row, extra: Partial<PlanAction> = {}): PlanAction {
  const [code, title, weight, kpi, target, s80, s60, t23, t24, owner, result] = row;
  return {
    code, title, weight, kpi, target, owner, result,
    thresholds: [
      { level: 80, value: s80 },
      { level: 60, value: s60 },
    ],
    laterTargets: [t23, t24],
    ...extra,
  };
}

function op(code: string, title: string, weight: number, actions: PlanAction[]): PlanOperational {
  return { code, title, weight, actions };
}

function strategic(code: string, title: string, target: number, operationals: PlanOperational[]): PlanStrategic {
  return { code, title, targets: [target, target, target], operationals };
}

const URP = 'U.O. "Relazioni con il Pubblico"';
const DIGIT = 'U.O. "Digitalizzazione"';
const ANAG = 'U.O. "Anagrafe camerale"';
const REGMERC = 'U.O. "Regolazione del mercato"';
const MARKETING = 'U.O. "Marketing e comunicazione"';

export const EXAMPLE_ORGANISATION = 'Camera di commercio di Sondrio (esempio)';
export const EXAMPLE_PLAN_YEAR = 2022;

export const EXAMPLE_OVERRIDE_MOTIVATION =
  "Sentito l'OIV, l'azione si considera raggiunta al 60%: una parte degli interventi economici deliberati nel 2022 è stata liquidata nel 2023 per lo slittamento dei bandi regionali, causa non dipendente dall'ente.";
export const EXAMPLE_NEUTRALISATION_MOTIVATION =
  "Azione annullata: i nuovi servizi digitali nazionali non sono stati resi disponibili nel 2022 (causa non dipendente dall'ente); il peso è ripartito tra le altre azioni dell'obiettivo.";
export function examplePlan(): CruscottoPlan {
  return {
    planYear: EXAMPLE_PLAN_YEAR,
    perspectives: [
      {
        title: 'Sviluppo del tessuto economico locale',
        strategics: [
          strategic('1', 'Competitività del territorio', 80, [
            op('1.1', 'Capitale Umano', 20, [
              action(['1.1.1', 'Registro Alternanza Scuola Lavoro - valorizzazione', 25, 'imprese iscritte al RASL 31.12 / imprese attive al RI 31.12', pct(3.25, 2), pct(3, 2), pct(2.85, 2), pct(3.5, 1), pct(3.8, 1), URP, pct(3.08, 2)]),
              action(['1.1.2', 'Livello di attività in materia di valorizzazione del capitale umano (alternanza, orientamento, promozione apprendistato, certificazione competenze, ecc.)', 25, 'N. incontri ed eventi di informazione e orientamento organizzati nel 2022 direttamente o attraverso iniziative di sistema', num(12), num(10), num(8), num(15), num(18), URP, num(14)]),
              action(['1.1.3', 'Grado di adesione alle iniziative promosse in materia di valorizzazione del capitale umano (alternanza, orientamento, promozione apprendistato, certificazione competenze, ecc.)', 25, 'numero partecipanti 2022 (incontri, webinar, ecc.)', num(100), num(75), num(60), num(150), num(200), URP, num(168)]),
              action(['1.1.4', 'Nuova Impresa', 25, 'Avvio nuovo servizio (2022) - prestazioni erogate (dal 2023)', month(7), month(9), month(10), num(75), num(100), URP, date(12, 9)]),
            ]),
            op('1.3', 'Semplificazione', 30, [
              action(['1.3.1', 'Grado di rilascio dispositivi digitali', 25, "Numero dispositivi rilasciati nell'anno / imprese attive", pct(15), pct(12), pct(10), pct(15), pct(15), DIGIT, pct(16.2, 2)]),
              action(['1.3.2', 'Grado di adesione al cassetto digitale', 25, 'imprese aderenti / imprese attive', pct(35), pct(33), pct(31), pct(40), pct(45), DIGIT, pct(32.4, 2)]),
              action(['1.3.3', 'Grado di coinvolgimento dei Comuni nel Suap', 25, 'Numero comuni aderenti a impresainungiorno/numero comuni aderenti al Suap', pct(100), pct(95), pct(90), pct(100), pct(100), ANAG, pct(100)]),
              action(['1.3.4', 'Livello di utilizzo del portale Impresainungiorno', 25, 'Numero delle pratiche gestite attraverso il portale impresainungiorno/imprese attive', pct(70), pct(68), pct(65), pct(75), pct(80), ANAG, pct(73.5, 2)]),
            ]),
            op('1.4', 'Regolazione del mercato', 10, [
              action(['1.4.1', 'Conciliazione, mediazione, arbitrato', 60, 'numero istanze pervenute', num(250), num(220), num(200), num(280), num(300), REGMERC, num(262)]),
              action(['1.4.2', 'Conciliazione, mediazione, arbitrato', 40, 'procedure concluse (con o senza accordo) nel 2022 /domande pervenute 2022 al netto delle ritirate', pct(35), pct(30), pct(28), pct(38), pct(40), REGMERC, pct(41.2, 2)]),
            ]),
            op('1.5', "Certificazione d'impresa e di prodotto", 40, [
              action(['1.5.1', 'Nuovo marchio Valtellina', 100, 'concessioni', num(300), num(250), num(200), num(800), num(1500), 'SG', num(412)]),
            ]),
          ]),
          strategic('2', 'Competitività delle imprese', 80, [
            op('2.1', 'Internazionalizzazione', 50, [
              action(['2.1.1', 'Livello di supporto alle imprese in materia di internazionalizzazione', 25, "Numero di imprese supportate per l'internazionalizzazione", num(120), num(100), num(90), num(150), num(180), 'SG', num(134)]),
              action(['2.1.2', "Capacità di risposta dello sportello per l'internazionalizzazione", 10, 'N. quesiti risolti dallo sportello Internazionalizzazione entro 5 GG lavorativi dalla presentazione', pct(50), pct(40), pct(30), pct(60), pct(75), DIGIT, pct(27.5, 2)]),
              action(['2.1.3', 'Livello di attività di informazione e orientamento ai mercati', 25, 'N. incontri ed eventi di informazione e orientamento ai mercati (webinar, web-mentoring ecc.) organizzati dalla CCIAA direttamente o attraverso iniziative di sistema', num(24), num(20), num(16), num(30), num(36), DIGIT, num(26)]),
              action(['2.1.4', 'Grado di coinvolgimento delle imprese in attività di internazionalizzazione', 40, "N. imprese supportate per l'internazionalizzazione / N. imprese esportatrici", pct(20), pct(18), pct(16), pct(22), pct(25), DIGIT, pct(21.3, 2)]),
            ]),
            op('2.2', 'Digitalizzazione', 50, [
              action(['2.2.1', 'Azioni di diffusione della cultura digitale realizzate dal PID', 20, "N. eventi di informazione e sensibilizzazione (seminari, webinar, formazione in streaming, ecc.) organizzati nell'anno dal PID", num(12), num(10), num(8), num(15), num(18), DIGIT, num(15)]),
              action(['2.2.2', 'Capacità di coinvolgimento negli eventi del PID', 25, 'Numero di partecipanti agli eventi del PID', num(120), num(100), num(80), num(180), num(220), DIGIT, num(187)]),
              action(['2.2.3', "Grado di coinvolgimento delle imprese in attività di assistenza per l'adozione di tecnologie 4.0", 25, "Numero di imprese assistite per la digitalizzazione e l'adozione di tecnologie 4.0 / imprese attive al 31.12", pct(1.2, 1), pct(1, 1), pct(0.8, 1), pct(1.5, 1), pct(1.8, 1), DIGIT, pct(1.31, 2)]),
              action(['2.2.4', 'Livelli di attività di valutazione della maturità digitale delle imprese', 30, 'N. self-assessment e/o assessment guidati (anche eseguiti da remoto) della maturità digitale condotti dal PID', num(100), num(90), num(75), num(120), num(150), DIGIT, num(104)]),
            ]),
          ]),
        ],
      },
      {
        title: 'Processi interni',
        strategics: [
          strategic('3', 'La qualità dei processi', 80, [
            op('3.1', 'Tempi dei pagamenti', 20, [
              action(['3.1.1', 'Indice di tempestività dei pagamenti', 100, 'tempi di pagamento (numero gg)/% fatture pagate entro 30 gg', num(20), num(25), num(29), num(19), num(18), 'U.O. "Ragioneria" e U.O. "Provveditorato"', num(17)]),
            ]),
            op('3.2', 'Tempi del Registro Imprese', 20, [
              action(['3.2.1', 'Rispetto dei tempi di evasione (5 gg) delle pratiche RI - Indice di tempestività', 50, 'tempo medio di evasione delle pratiche/% pratiche evase entro 5 gg (gg.)', num(4, 1), num(4.5, 1), num(5), num(3.5, 1), num(3, 1), ANAG, num(3.2, 1)]),
              action(['3.2.2', 'Percentuale sospensione pratiche RI', 50, 'N. pratiche in errore /N. pratiche lavorate [%]', pct(28), pct(30), pct(32), pct(27), pct(26), ANAG, pct(27.4, 2)]),
            ]),
            op('3.3', 'Tempi istruttori', 20, [
              action(['3.3.1', 'Tempi di istruttoria domande liquidazione contributi', 40, 'durata istruttoria (gg.)', num(28), num(29), num(30), num(27), num(25), 'U.O. "Relazioni con il Pubblico" e U.O. "Progetti di incentivazione e sostegno"', num(29.4, 1)]),
              action(['3.3.2', 'Tempi convocazione incontri di mediazione', 30, 'termine di convocazione incontro preliminare da domanda', num(8), num(10), num(12), num(7), num(6), REGMERC, num(5.8, 1)]),
              action(['3.3.3', 'Tempi emissione sanzioni RI', 15, 'numero di giorni da data violazione e emissione verbale', num(50), num(55), num(60), num(50), num(50), 'Responsabile Area III "Anagrafico - certificativa"', num(42)]),
              action(['3.3.4', 'Tempi emissione ordinanze', 15, 'numero medio di giorni da ricezione verbale non pagato e predisposizione ordinanza alla firma', num(150), num(180), num(210), num(150), num(150), 'Responsabile Area I "Affari generali e Regolazione del Mercato"', num(121)]),
            ]),
            op('3.4', 'Accesso programmato e procedure digitali', 40, [
              action(['3.4.1', 'Ricorso alla mediazione telematica', 15, 'numero incontri telematici/totale incontri mediazione', pct(40), pct(35), pct(30), pct(45), pct(45), REGMERC, pct(52.3, 2)]),
              // the plan writes 70 and 75 without "%" for 2023 and 2024: kept as in the plan
              action(['3.4.2', "Rilascio certificati d'origine", 30, "% rilascio certificati d'origine a distanza (in azienda)/totale certificati di origine", pct(65), pct(60), pct(55), num(70), num(75), ANAG, pct(68.4, 2)]),
              action(['3.4.3', 'Rilascio programmato (su appuntamento) firme digitali', 15, '% rilascio dispositivi su appuntamento/totale dispositivi rilasciati', pct(80), pct(70), pct(60), pct(85), pct(85), DIGIT, pct(83, 2)]),
              action(['3.4.4', 'Rilascio a distanza firme digitali', 15, 'dispositivi rilasciati a distanza/totale dispositivi rilasciati', pct(5), pct(4), pct(3), pct(6), pct(7), DIGIT, pct(5.2, 2)]),
              action(['3.4.5', 'Punto nuova impresa', 10, 'incontri a distanza/totale incontri', pct(50), pct(40), pct(25), pct(50), pct(50), URP, pct(55, 2)]),
              action(
                ['3.4.6', 'Sviluppo nuovi servizi digitali (Vivifir e TACI)', 15, 'nuove adesioni a servizi digitali 2022/adesioni totali 2021', pct(15), pct(10), pct(5), pct(15), pct(15), 'Responsabile Area III "Anagrafico - certificativa"', null],
                { status: 'annullata', motivation: EXAMPLE_NEUTRALISATION_MOTIVATION },
              ),
            ]),
          ]),
          strategic('4', 'Trasparenza e comunicazione', 80, [
            op('4.1', 'Trasparenza', 60, [
              action(['4.1.1', 'Puntualità delle pubblicazioni', 100, 'valutazione con report infrannuali (giugno/novembre)', pct(100), pct(90), pct(80), pct(100), pct(100), 'Controller', pct(100)]),
            ]),
            op('4.2', 'Comunicazione su canale social', 25, [
              action(['4.2.1', 'Comunicazione tramite social media', 100, 'post 2022/post 2021', pct(100), pct(90), pct(75), pct(105), pct(110), MARKETING, pct(112.5, 2)]),
            ]),
            op('4.3', 'Pari Opportunità', 15, [
              // a qualitative KPI: the percentage judged at year end is typed in as the result
              action(['4.3.1', 'Promozione pari opportunità', 100, 'attuazione del piano di azioni positive', text('qualitativa'), null, null, null, null, 'SG', pct(100)]),
            ]),
          ]),
          strategic('5', 'Customer satisfaction', 80, [
            op('5.1', 'Gradimento dei servizi camerali', 100, [
              action(['5.1.1', 'Ampiezza delle analisi di CRM', 60, '(questionari ricevuti 2022 - questionari ricevuti 2021)/questionari ricevuti 2021', pct(25), pct(15), pct(10), pct(15), pct(10), MARKETING, pct(18.6, 2)]),
              action(['5.1.2', 'Rilevazione customer servizi e progetti per la digitalizzazione', 20, 'livello di gradimento servizi e progetti per la digitalizzazione', pct(75), pct(70), pct(60), pct(75), pct(75), DIGIT, pct(88.2, 2)]),
              action(['5.1.3', 'Rilevazione customer servizio mediazione', 20, 'livello di gradimento servizio di mediazione', pct(75), pct(70), pct(60), pct(75), pct(75), REGMERC, pct(91.4, 2)]),
            ]),
          ]),
        ],
      },
      {
        title: 'Innovazione, crescita e apprendimento',
        strategics: [
          strategic('6', 'Valorizzazione delle professionalità interne', 80, [
            op('6.1', 'Formazione e aggiornamento', 100, [
              action(['6.1.1', 'Formazione personale', 70, 'ore di formazione complessive / FTE', num(20), num(16), num(12), num(22), num(24), 'U.O. "Organizzazione e Performance"', num(24.6, 1)]),
              action(['6.1.2', 'Programma formativo SS.GG.', 30, 'ore di partecipazione al programma formativo per i Segretari Generali / totale ore programma; idoneità finale', pct(100), pct(80), pct(60), pct(100), pct(100), 'SG', pct(100)]),
            ]),
          ]),
        ],
      },
      {
        title: 'Economico Finanziaria',
        strategics: [
          strategic('7', 'Utilizzo ottimale delle risorse', 100, [
            op('7.1', 'Equilibrio economico gestione corrente', 100, [
              action(['7.1.1', 'Indice di equilibrio strutturale (EC27 Pareto - n. 3 Salute economica)', 30, '(Proventi strutturali* - Oneri strutturali**)/Proventi strutturali*', pct(11), pct(9), pct(8), pct(11), pct(11), 'SG', pct(12.4, 2)]),
              action(['7.1.2', 'Incidenza oneri di funzionamento, ammortamenti e accantonamenti sugli Oneri correnti (EC15.2 Pareto - n. 9 Salute economica)', 20, 'Oneri di funzionamento + Ammortamenti e accantonamenti al netto del fondo svalutazione crediti da D.A./Oneri correnti al netto del fondo svalutazione crediti da D.A.', pct(22), pct(25), pct(28), pct(24), pct(24), 'SG', pct(21.6, 2)]),
              action(['7.1.3', 'Capacità di generare proventi (EC07 Pareto - n. 1 Efficacia)', 20, 'Proventi correnti - Proventi da diritto annuale - Proventi da Diritti di segreteria - Proventi da Fondo perequativo/Proventi correnti (al netto del fondo svalutazione crediti da D.A.)', pct(40), pct(35), pct(30), pct(42), pct(45), 'SG', pct(41.5, 2)]),
              action(['7.1.4', 'Percentuale di incasso diritto annuale (B3.1_02 Pareto - n. 15 Obiettivi comuni)', 30, 'Totale Diritto Annuale incassato entro il 31/12 al netto di interessi e delle sanzioni/Diritto Annuale al netto di interessi e delle sanzioni', pct(85), pct(80), pct(78), pct(85), pct(85), 'SG', pct(86.9, 2)]),
            ]),
          ]),
          strategic('8', 'Massimizzazione risorse promozionali', 100, [
            op('8.1', 'Volumi e servizi promozionali', 100, [
              action(['8.1.1', 'Incidenza Interventi economici sugli Oneri correnti (Pareto EC15.4 - n. 6 Efficacia)', 25, 'interventi economici/oneri correnti al netto del fondo svalutazione crediti da D.A.', pct(45), pct(40), pct(35), pct(45), pct(45), 'SG', pct(33.1, 2)], {
                override: { achievement: 60, motivation: EXAMPLE_OVERRIDE_MOTIVATION },
              }),
              action(['8.1.2', 'Grado di utilizzo del budget stanziato per gli interventi economici della Camera di commercio (Pareto A1.1_01_rev2018) - n. 10 Efficacia)', 50, 'interventi economici/ interventi economici (preventivo)', pct(75), pct(65), pct(60), pct(75), pct(75), 'SG', pct(81.3, 2)]),
              action(['8.1.3', 'Spesa promozionale procapite', 25, 'interventi economici contabilizzati/n° imprese attive al 31/12', eur(105), eur(95), eur(80), eur(115), eur(120), 'SG', eur(118.4, 2)]),
            ]),
          ]),
          strategic('9', 'Solidità patrimoniale', 100, [
            op('9.1', 'Equilibrio strutturale', 100, [
              action(['9.1.1', 'Indice di struttura primario (EC05.1 Pareto - n. 14 Obiettivi comuni)', 100, 'Patr. Netto/Immobilizzazioni', pct(190), pct(175), pct(150), pct(190), pct(190), 'SG', pct(201.3, 2)]),
            ]),
          ]),
        ],
      },
    ],
  };
}
