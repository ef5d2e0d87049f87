/**
 * Hand-built sheet grids for the reader's tests: small helpers to build a SheetGrid from rows, and
 * rows copied from the Sondrio documents (test/fixtures/sondrio; tabs as in the PDF extractions).
 */
import type { CellInput, Profile } from '../../../src/engine/types';
import type { MergedArea, SheetGrid } from '../../../src/layout/types';
import { getProfile } from '../../../src/engine';

export type Cell = CellInput | CellInput['value'];

function toCell(c: Cell): CellInput {
  if (c !== null && typeof c === 'object' && !(c instanceof Date)) return c as CellInput;
  return { value: c === '' ? null : (c as CellInput['value']) };
}

/** A grid from rows of plain values or CellInputs; '' and null are empty cells. */
export function grid(rows: Cell[][], merges: MergedArea[] = [], name = 'Cruscotto'): SheetGrid {
  return { name, cells: rows.map((r) => r.map(toCell)), merges };
}

/** Rows from tab-separated text (one line per row). */
export function tsvRows(text: string): Cell[][] {
  return text.split('\n').map((line) => (line === '' ? [] : line.split('\t')));
}

/** A merged area from an A1 range such as "B1:G1". */
export function merge(range: string): MergedArea {
  const [a, b] = range.split(':');
  const p = (ref: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
    let col = 0;
    for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
    return { row: Number(m[2]) - 1, col: col - 1 };
  };
  const s = p(a);
  const e = p(b ?? a);
  return { top: s.row, left: s.col, bottom: e.row, right: e.col };
}

/** A number shown as a percentage by Excel (0.8 with "0%" shows "80%"). */
export function pct(value: number, numberFormat = '0%'): CellInput {
  return { value, numberFormat };
}

/** Places `rows` below `offset` empty rows and right of `colOffset` empty columns. */
export function shift(rows: Cell[][], offset: number, colOffset = 0): Cell[][] {
  const pad: Cell[] = new Array(colOffset).fill(null);
  return [...Array.from({ length: offset }, () => [] as Cell[]), ...rows.map((r) => (r.length ? [...pad, ...r] : r))];
}

/** Reorders columns: `order[i]` is the source column placed at position i. */
export function reorder(rows: Cell[][], order: number[]): Cell[][] {
  return rows.map((r) => order.map((src) => (src < r.length ? r[src] : null)));
}

/** A profile for the reader's tests: only the soglie levels matter to the reader. */
export const TEST_PROFILE: Profile = {
  ...getProfile('sondrio-2020')!,
  name: 'test-soglie',
  label: 'Profilo di prova (soglie 80/60)',
  defaultStrategicTarget: null,
};

export const LINEAR_PROFILE: Profile = { ...TEST_PROFILE, name: 'test-lineare', method: 'lineare', defaultThresholdLevels: [60] };

/**
 * cruscotto-2022.txt lines 3-34 as extracted: 4 header rows (group / columns with "2022" over
 * "Soglie" over "80%" / "60%"), the first page, the "e | 2 | ità delle imprese" page-break row with
 * action 2.1.4 on the row of objective 2.2, a repeated 4-row header block, the spaced-out
 * "P r o c e s s i" page and the actions 3.2.1 / 3.2.2 without a 3.2 row. A "Risultato" column (V)
 * with year-end values typed by hand is added.
 */
export const PLAN_2022_TSV = `Prospettiva	Obiettivi strategici						Obiettivi operativi				Azioni
	cod.	descrizione	kpi	Target			cod.	titolo / descrizione	peso	kpi	cod.	titolo / descrizione	Peso	kpi	target	2022		2023	2024	Relatore	Risultato
				2022	2023	2024										Soglie
																80%	60%
Sviluppo del tessuto economico locale	1	Competitività del territorio	ponderazione	80%	80%	80%	1.1	Capitale Umano	20%	ponderazione	1.1.1	Registro Alternanza Scuola Lavoro - valorizzazione	25%	imprese iscritte al RASL 31.12 / imprese attive al RI 31.12	3,25%	3,00%	2,85%	3,5%	3,8%	U.O. "Relazioni con il Pubblico"	3,10%
											1.1.2	Livello di attività in materia di valorizzazione del capitale umano (alternanza, orientamento, promozione apprendistato, certificazione competenze, ecc.)	25%	N. incontri ed eventi di informazione e orientamento organizzati nel 2022 direttamente o attraverso iniziative di sistema	12	10	8	15	18	U.O. "Relazioni con il Pubblico"	12
											1.1.3	Grado di adesione alle iniziative promosse in materia di valorizzazione del capitale umano (alternanza, orientamento, promozione apprendistato, certificazione competenze, ecc.)	25%	numero partecipanti 2022 (incontri, webinar, ecc.)	100	75	60	150	200	U.O. "Relazioni con il Pubblico"	130
											1.1.4	Nuova Impresa	25%	Avvio nuovo servizio (2022) - prestazioni erogate (dal 2023)	luglio	settembre	ottobre	75	100	U.O. "Relazioni con il Pubblico"	30 giugno
							1.3	Semplificazione	30%	ponderazione	1.3.1	Grado di rilascio dispositivi digitali	25%	Numero dispositivi rilasciati nell'anno / imprese attive	15%	12%	10%	15%	15%	U.O. "Digitalizzazione"	16%
											1.3.2	Grado di adesione al cassetto digitale	25%	imprese aderenti / imprese attive	35%	33%	31%	40%	45%	U.O. "Digitalizzazione"	34%
											1.3.3	Grado di coinvolgimento dei Comuni nel Suap	25%	Numero comuni aderenti a impresainungiorno/numero comuni aderenti al Suap	100%	95%	90%	100%	100%	U.O. "Anagrafe camerale"	100%
											1.3.4	Livello di utilizzo del portale Impresainungiorno	25%	Numero delle pratiche gestite attraverso il portale impresainungiorno/imprese attive	70%	68%	65%	75%	80%	U.O. "Anagrafe camerale"	71%
							1.4	Regolazione del mercato	10%	ponderazione	1.4.1	Conciliazione, mediazione, arbitrato	60%	numero istanze pervenute	250	220	200	280	300	U.O. "Regolazione del mercato"	260
											1.4.2	Conciliazione, mediazione, arbitrato	40%	procedure concluse (con o senza accordo) nel 2022 /domande pervenute 2022 al netto delle ritirate	35%	30%	28%	38%	40%	U.O. "Regolazione del mercato"	36%
							1.5	Certificazione d'impresa e di prodotto	40%	ponderazione	1.5.1	Nuovo marchio Valtellina	100%	concessioni	300	250	200	800	1500	SG	320
							2.1	Internazionalizzazione	50%	ponderazione	2.1.1	Livello di supporto alle imprese in materia di internazionalizzazione	25%	Numero di imprese supportate per l'internazionalizzazione	120	100	90	150	180	SG	95
											2.1.2	Capacità di risposta dello sportello per l'internazionalizzazione	10%	N. quesiti risolti dallo sportello Internazionalizzazione entro 5 GG lavorativi dalla presentazione	50%	40%	30%	60%	75%	U.O. "Digitalizzazione"	55%
											2.1.3	Livello di attività di informazione e orientamento ai mercati	25%	N. incontri ed eventi di informazione e orientamento ai mercati (webinar, web-mentoring ecc.) organizzati dalla CCIAA direttamente o attraverso iniziative di sistema	24	20	16	30	36	U.O. "Digitalizzazione"	25

e	2	ità delle imprese	derazione	80%	80%	80%	2.2	Digitalizzazione	50%	derazione	2.1.4	Grado di coinvolgimento delle imprese in attività di internazionalizzazione	40%	N. imprese supportate per l'internazionalizzazione / N. imprese esportatrici	20%	18%	16%	22%	25%	U.O. "Digitalizzazione"	21%
											2.2.1	Azioni di diffusione della cultura digitale realizzate dal PID	20%	N. eventi di informazione e sensibilizzazione (seminari, webinar, formazione in streaming, ecc.) organizzati nell'anno dal PID	12	10	8	15	18	U.O. "Digitalizzazione"	12
											2.2.2	Capacità di coinvolgimento negli eventi del PID	25%	Numero di partecipanti agli eventi del PID	120	100	80	180	220	U.O. "Digitalizzazione"	150
											2.2.3	Grado di coinvolgimento delle imprese in attività di assistenza per l'adozione di tecnologie 4.0	25%	Numero di imprese assistite per la digitalizzazione e l'adozione di tecnologie 4.0 / imprese attive al 31.12	1,2%	1,0%	0,8%	1,5%	1,8%	U.O. "Digitalizzazione"	1,1%
											2.2.4	Livelli di attività di valutazione della maturità digitale delle imprese	30%	N. self-assessment e/o assessment guidati (anche eseguiti da remoto) della maturità digitale condotti dal PID	100	90	75	120	150	U.O. "Digitalizzazione"	110

Prospettiva	Obiettivi strategici						Obiettivi operativi				Azioni							Relatore
	cod.	descrizione	kpi	Target			cod.	titolo / descrizione	peso	kpi	cod.	titolo / descrizione	Peso	kpi	target	Soglie			2023	2024
				2022	2023	2024										80%	60%
				2022		2023										2024
P r o c e s s i	3	L a q u a l i t à d e i p r o c e s s i	p o n d e r a z i o n e	80%	80%	80%	3.1	Tempi dei pagamenti	20%	p o n d e r a z i o n e	3.1.1	Indice di tempestività dei pagamenti	100%	tempi di pagamento (numero gg)/% fatture pagate entro 30 gg	20	25	29	19	18	U.O. "Ragioneria" e U.O. "Provveditorato"	19 gg
											3.2.1	Rispetto dei tempi di evasione (5 gg) delle pratiche RI - Indice di tempestività	50%	tempo medio di evasione delle pratiche/% pratiche evase entro 5 gg (gg.)	4,0	4,5	5	3,5	3,0	U.O. "Anagrafe camerale"	3,8
											3.2.2	Percentuale sospensione pratiche RI	50%	N. pratiche in errore /N. pratiche lavorate [%]	28%	30%	32%	27%	26%	U.O. "Anagrafe camerale"	29%`;

/** Columns A..V of the 2022 plan: A perspective, B-G strategic, H-K operational, L-V actions. */
export const PLAN_2022_HEADER_ROW = 2;

/**
 * The same data under a header as Excel holds it: merged group cells, "target" merged over the
 * year columns, "Soglie" merged over the two soglie, "80%" and "60%" as numbers formatted as %.
 */
export function plan2022Merged(): SheetGrid {
  const rows = tsvRows(PLAN_2022_TSV);
  const header: Cell[][] = [
    ['Prospettiva', 'Obiettivi strategici', '', '', '', '', '', 'Obiettivi operativi', '', '', '', 'Azioni'],
    ['', 'cod.', 'descrizione', 'kpi', 'Target', '', '', 'cod.', 'titolo / descrizione', 'peso', 'kpi', 'cod.', 'titolo / descrizione', 'Peso', 'kpi', 'target', '', '', '', '', 'Relatore', 'Risultato'],
    ['', '', '', '', 2022, 2023, 2024, '', '', '', '', '', '', '', '', 2022, 'Soglie', '', 2023, 2024],
    ['', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', pct(0.8), pct(0.6)],
  ];
  const data = rows.slice(4);
  return grid(
    [...header, ...data],
    [merge('A1:A4'), merge('B1:G1'), merge('H1:K1'), merge('L1:V1'), merge('E2:G2'), merge('P2:T2'), merge('Q3:R3')],
  );
}

/**
 * The annex of the Relazione 2020 (rp2020-annex.txt lines 3-18): "Risultato" beside each level
 * (outputs), target and measured "Risultato", "PERCENTUALE RAGGIUNGIMENTO"; no strategic codes.
 * Lines 16-18 are moved two columns left, where the PDF extraction had shifted them.
 */
export const ANNEX_2020_TSV = `Prospettiva BSC	Risultato	Obiettivo Strategico	Risultato	Obiettivi operativi				Azioni							PERCENTUALE RAGGIUNGIMENTO
				cod.	titolo / descrizione	peso	Risultato	cod.	titolo / descrizione	Peso	Risultato	kpi	target	Risultato
TESSUTO ECONOMICO LOCALE	93,80%	Competitività del territorio	97,20%	1.1	Capitale Umano	10%	80%	1.1.1	Progetti attivati	50%	100,00%	numero di iniziative attivate entro il 30 giugno	4	6	100%
								1.1.2	Soggetti coinvolti	50%	60,00%	numero di soggetti coinvolti	880	655	60,00%
				1.2	Vocazioni territoriali	15%	100%	1.2.1	Progetti attivati	40%	100,00%	numero di iniziative attivate entro il 30 giugno	6	7	100%
								1.2.2	Imprese coinvolte	60%	100,00%	numero imprese partecipanti	60	293	100%
				1.3	Semplificazione	5%	84%	1.3.1	Formazione e assistenza	40%	60,00%	numero di incontri organizzati	4	2	60,00%
								1.3.2	Gestione diretta SUAP	60%	100,00%	livello del servizio	qualitativo	eccellente	100%
				1.4	Regolazione del mercato	5%	100%	1.4.1	Servizio di conciliazione	60%	100,00%	numero istanze pervenute	170	197	100%
								1.4.2	Servizio di conciliazione	40%	100,00%	% adesioni	50%	57%	100%
				1.5	Certificazione d'impresa e di prodotto	5%	100%	1.5.1	Revisione regolamenti RSL e MV	100%	100,00%	regolamenti aggiornati	2	2	100%
				1.6	Coordinamento strategico territoriale	60%	100%	1.6.1	Accordi territoriali	90%	100,00%	accordi stipulati	1	1	100%
								1.6.2	Rapporti congiunturali	10%	100,00%	numero presentazioni	3	3	100%
		Competitività delle Imprese	90%	2.1	Internazionalizzazione	15%	100%	2.1.1	Iniziative attivate	40%	100,00%	numero iniziative attivate	5	7	100%
								2.1.2	Incontri organizzati	30%	100,00%	numero incontri organizzati	10	95	100%
								2.1.3	Imprese coinvolte	30%	100,00%	numero imprese coinvolte	150	333	100%`;
