/**
 * Scoring profiles: each body's SMVP rules as plain JSON-serialisable data. The rules cited come from
 * the Sondrio reports (Relazione sulla Performance 2018 and 2020) and from the Pavia method
 * (result / target). Colours and verbal bands are design choices and can be changed per workbook.
 */
import type { Band, Profile, StatusColours, VerbalStep } from './types';

/** Readable light fills with dark text (Excel's own "good / neutral / bad" family). */
export const DEFAULT_COLOURS: StatusColours = {
  raggiunto: '#C6EFCE', // verde
  parzialmente: '#FFD8A8', // arancione
  'non-raggiunto': '#FFC7CE', // rosso
  neutralizzato: '#D9D9D9', // grigio
};

/**
 * Verbal bands ("valutazione sintetica"). Known points from RP 2020: 96,67 -> Eccellente (L63), 70 -> Adeguata (L73).
 * The edges in between are ours (the SMVP with the official edges is not available) and configurable.
 */
export const DEFAULT_BANDS: Band[] = [
  { min: 90, label: 'Eccellente' },
  { min: 80, label: 'Buona' },
  { min: 60, label: 'Adeguata' },
  { min: 0, label: 'Insufficiente' },
];

export const DEFAULT_PROFILE_NAME = 'sondrio-2020';

/** Method 'tolleranza' (issue 11): 5 % of the target, or 0 days for a deadline, short of it still counts as reached. */
export const DEFAULT_TOLERANCE: NonNullable<Profile['tolerance']> = { percent: 5, days: 0 };

/** Method 'scala' (issue 11's example): insufficiente/sufficiente/buono/ottimo -> 0/60/80/100. */
export const DEFAULT_VERBAL_SCALE: VerbalStep[] = [
  { label: 'insufficiente', score: 0 },
  { label: 'sufficiente', score: 60 },
  { label: 'buono', score: 80 },
  { label: 'ottimo', score: 100 },
];

/** Method 'binario': words meaning done / not done, besides sì / no (read by the value reader). */
export const DEFAULT_BINARY_WORDS: NonNullable<Profile['binaryWords']> = {
  yes: ['fatto', 'realizzato', 'raggiunto', 'completato'],
  no: ['non fatto', 'non realizzato', 'non raggiunto', 'non completato'],
};

/** The rules of the newer methods every built-in profile carries (they change no figure of its own method). */
function newerMethodRules(): Pick<Profile, 'tolerance' | 'verbalScale' | 'binaryWords'> {
  return {
    tolerance: { ...DEFAULT_TOLERANCE },
    verbalScale: DEFAULT_VERBAL_SCALE.map((s) => ({ ...s })),
    binaryWords: { yes: [...DEFAULT_BINARY_WORDS.yes], no: [...DEFAULT_BINARY_WORDS.no] },
  };
}

/**
 * Sondrio 2020-2022: step soglie (target 100, "Soglie 80% / 60%", worse than the last 0); operational and
 * strategic objectives are weighted sums; a strategic objective has its own target (80 %, 100 % for the
 * economic-financial ones); perspective = mean of the strategic results (RP 2020 §3.4);
 * ente = mean of the strategic % raggiungimento (RP 2020 L63: 96,67 %).
 */
const sondrio2020: Profile = {
  name: 'sondrio-2020',
  label: 'Sondrio 2020-2022 (soglie 100/80/60)',
  method: 'soglie',
  noThresholdRule: 'all-or-nothing',
  kpiRoundingDecimals: null,
  actionRoundingDecimals: null,
  defaultThresholdLevels: [80, 60],
  aggregation: {
    operational: 'weighted',
    strategic: 'weighted',
    perspective: 'mean',
    organisation: 'mean',
    perspectiveFrom: 'achievement',
    organisationFrom: 'strategic',
    organisationFigure: 'targetAchievement',
  },
  defaultStrategicTarget: 80,
  // RP 2020 footnote 1 (L140): an operational objective is reached at >= the strategic target, 80 %.
  status: { actionReached: 100, operationalReached: 80, aggregateReached: 80, partialFloor: 0 },
  colours: { ...DEFAULT_COLOURS },
  bands: DEFAULT_BANDS.map((b) => ({ ...b })),
  ...newerMethodRules(),
};

/**
 * Sondrio 2018: linear interpolation between soglia and target (RP 2018 2.3a: 91,25), KPI values
 * rounded to 2 decimals before scoring (2.2e+f: 0,24609 -> 0,25 -> 70), weighted sums, no perspectives,
 * ente = mean of the strategic objectives (98,4 %). Colours (L47-60): verde 100, arancione partial, rosso 0, grigio annulled.
 */
const sondrio2018: Profile = {
  name: 'sondrio-2018',
  label: 'Sondrio 2018 (interpolazione lineare)',
  method: 'lineare',
  noThresholdRule: 'all-or-nothing',
  kpiRoundingDecimals: 2,
  actionRoundingDecimals: null,
  defaultThresholdLevels: [60],
  aggregation: {
    operational: 'weighted',
    strategic: 'weighted',
    perspective: 'mean',
    organisation: 'mean',
    perspectiveFrom: 'achievement',
    organisationFrom: 'strategic',
    organisationFigure: 'achievement',
  },
  defaultStrategicTarget: 100,
  status: { actionReached: 100, operationalReached: 100, aggregateReached: 100, partialFloor: 0 },
  colours: { ...DEFAULT_COLOURS },
  bands: DEFAULT_BANDS.map((b) => ({ ...b })),
  ...newerMethodRules(),
};

/**
 * Pavia: result / target capped at 100 with no floor (lower is better: target / result); deadlines as
 * day-of-year ratios; each row rounded to a whole percent before aggregation; no weights (simple means);
 * perspective = flat mean of all its rows; ente = mean of the perspectives.
 */
const pavia: Profile = {
  name: 'pavia',
  label: 'Pavia (proporzionale)',
  method: 'proporzionale',
  noThresholdRule: 'pro-rata',
  kpiRoundingDecimals: null,
  actionRoundingDecimals: 0,
  defaultThresholdLevels: [],
  aggregation: {
    operational: 'mean',
    strategic: 'mean',
    perspective: 'flat-mean',
    organisation: 'mean',
    perspectiveFrom: 'achievement',
    organisationFrom: 'perspective',
    organisationFigure: 'achievement',
  },
  defaultStrategicTarget: null,
  status: { actionReached: 100, operationalReached: 100, aggregateReached: 100, partialFloor: 0 },
  colours: { ...DEFAULT_COLOURS },
  bands: DEFAULT_BANDS.map((b) => ({ ...b })),
  ...newerMethodRules(),
};

export const PROFILES: Record<string, Profile> = {
  [sondrio2020.name]: sondrio2020,
  [sondrio2018.name]: sondrio2018,
  [pavia.name]: pavia,
};

/** Names of the built-in profiles, default first. */
export function profileNames(): string[] {
  const names = Object.keys(PROFILES);
  return [DEFAULT_PROFILE_NAME, ...names.filter((n) => n !== DEFAULT_PROFILE_NAME)];
}

/** A deep copy of a built-in profile (callers may change it freely), or null for an unknown name. */
export function getProfile(name: string): Profile | null {
  const p = Object.prototype.hasOwnProperty.call(PROFILES, name) ? PROFILES[name] : undefined;
  return p ? cloneProfile(p) : null;
}

/** A deep copy of any profile (built-in or a user's). */
export function cloneProfile(p: Profile): Profile {
  const copy: Profile = {
    ...p,
    defaultThresholdLevels: [...p.defaultThresholdLevels],
    aggregation: { ...p.aggregation },
    status: { ...p.status },
    colours: { ...p.colours },
    bands: p.bands.map((b) => ({ ...b })),
  };
  if (p.tolerance) copy.tolerance = { ...p.tolerance };
  if (p.verbalScale) copy.verbalScale = p.verbalScale.map((s) => ({ ...s }));
  if (p.binaryWords) copy.binaryWords = { yes: [...p.binaryWords.yes], no: [...p.binaryWords.no] };
  return copy;
}

const HEX_COLOUR = /^#[0-9A-Fa-f]{6}$/;

/** A copy of `profile` with the given colours replaced; values that are not "#RRGGBB" are ignored. */
export function withColours(profile: Profile, colours: Partial<StatusColours> | undefined): Profile {
  const copy = cloneProfile(profile);
  if (!colours) return copy;
  for (const key of Object.keys(copy.colours) as (keyof StatusColours)[]) {
    const c = colours[key];
    if (typeof c === 'string' && HEX_COLOUR.test(c.trim())) copy.colours[key] = c.trim().toUpperCase();
  }
  return copy;
}
