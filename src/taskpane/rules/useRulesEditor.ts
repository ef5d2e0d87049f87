/**
 * State of «Regole di calcolo»: the rules in use (loaded from the workbook's settings), the form, its checks, the
 * in-memory preview against the last run's sheet, and saving the profile in the workbook's settings.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { DEFAULT_PROFILE_NAME, getProfile } from '../../engine';
import { savedDate } from '../../engine/profile';
import type { Profile } from '../../engine/types';
import type { CruscottoHost, RunOutcome } from '../../excel/host';
import { errorMessage } from '../common/errorMessage';
import { useI18n } from '../i18n/I18nContext';
import { previewRules, type PersonFigures, type RowFigures, type RulesPreview } from './preview';
import { formFromProfile, profileFromForm, type BandRow, type RulesForm, type ScaleRow } from './rulesForm';
import { rulesStringsFor, type RulesStrings } from './rulesStrings';

export interface RulesEditorProps {
  host: CruscottoHost;
  /** the last run: its sheet is recomputed in memory for the preview */
  outcome: RunOutcome | null;
}

type TextField = { [K in keyof RulesForm]: RulesForm[K] extends string ? K : never }[keyof RulesForm];

export interface RulesEditorState {
  s: RulesStrings;
  loading: boolean;
  form: RulesForm | null;
  /** what is in use now: the saved rules, or the built-in profile */
  inUse: string;
  hasSaved: boolean;
  errors: string[];
  preview: RulesPreview | null;
  /** the ente figure of the last run */
  before: { achievement: number | null; band: string | null } | null;
  saving: boolean;
  message: string | null;
  failure: string | null;
  startFrom: string;
  setStartFrom: (name: string) => void;
  restart: () => void;
  set: (field: TextField, value: string) => void;
  setScale: (i: number, field: keyof ScaleRow, value: string) => void;
  addScale: () => void;
  removeScale: (i: number) => void;
  setBand: (i: number, field: keyof BandRow, value: string) => void;
  addBand: () => void;
  removeBand: (i: number) => void;
  save: () => void;
  useBuiltIn: () => void;
}

/** The pause in typing after which the preview is recomputed. */
const PREVIEW_PAUSE_MS = 250;

function builtIn(name: string): Profile {
  return getProfile(name) ?? getProfile(DEFAULT_PROFILE_NAME)!;
}

function personFigures(outcome: RunOutcome | null): PersonFigures | undefined {
  const persons = outcome?.report.individuals?.persons;
  return persons ? new Map(persons.map((p) => [p.person, p.score])) : undefined;
}

function rowFigures(outcome: RunOutcome | null): RowFigures | undefined {
  if (!outcome) return undefined;
  const out: RowFigures = new Map();
  for (const n of outcome.report.nodes) if (n.level === 'action' && n.code !== null) out.set(n.code, n.achievement);
  return out;
}

export function useRulesEditor({ host, outcome }: RulesEditorProps): RulesEditorState {
  const { language } = useI18n();
  const s = rulesStringsFor(language);
  const [loading, setLoading] = useState(true);
  const [form, setForm] = useState<RulesForm | null>(null);
  const [inUse, setInUse] = useState('');
  const [hasSaved, setHasSaved] = useState(false);
  const [startFrom, setStartFrom] = useState(DEFAULT_PROFILE_NAME);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const showInUse = useCallback(
    (custom: Profile | null | undefined, named: string) => {
      setHasSaved(!!custom);
      setInUse(custom ? s.savedRules(custom.label, savedDate(custom.savedAt)) : s.builtInRules(builtIn(named).label));
    },
    [s],
  );

  useEffect(() => {
    let live = true;
    host
      .loadSettings()
      .then((settings) => {
        if (!live) return;
        const custom = settings.customProfile ?? null;
        const base = custom?.basedOn ?? settings.profile;
        setStartFrom(getProfile(base) ? base : DEFAULT_PROFILE_NAME);
        setForm(formFromProfile(custom ?? builtIn(settings.profile), getProfile(base) ? base : DEFAULT_PROFILE_NAME));
        showInUse(custom, settings.profile);
      })
      .catch((e: unknown) => {
        if (!live) return;
        setFailure(errorMessage(e, language));
        setForm(formFromProfile(builtIn(DEFAULT_PROFILE_NAME), DEFAULT_PROFILE_NAME));
      })
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
    // loaded once per host
  }, [host]);

  const update = useCallback((change: (f: RulesForm) => RulesForm) => {
    setForm((f) => (f ? change(f) : f));
    setMessage(null);
  }, []);

  // the checks follow the form at once; the preview recomputes the whole sheet (about 0,4 s for 2 000 rows, 1,3 s
  // for 10 000), so it waits until typing pauses
  const checked = useMemo(() => (form ? profileFromForm(form) : null), [form]);
  const before = useMemo(() => rowFigures(outcome), [outcome]);
  const beforePersons = useMemo(() => personFigures(outcome), [outcome]);
  const [preview, setPreview] = useState<RulesPreview | null>(null);
  useEffect(() => {
    if (!checked?.ok || !outcome?.source) {
      setPreview(null);
      return;
    }
    const source = outcome.source;
    const timer = setTimeout(() => setPreview(previewRules(source, checked.profile, before, beforePersons)), PREVIEW_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [checked, outcome, before, beforePersons]);

  const persist = useCallback(
    (custom: Profile | null, done: string) => {
      setSaving(true);
      setFailure(null);
      host
        .loadSettings()
        .then((current) => host.saveSettings({ ...current, customProfile: custom }).then(() => current))
        .then((current) => {
          showInUse(custom, current.profile);
          setMessage(done);
        })
        .catch((e: unknown) => setFailure(s.saveFailed(errorMessage(e, language))))
        .finally(() => setSaving(false));
    },
    [host, s, language, showInUse],
  );

  const save = useCallback(() => {
    if (!form || saving) return;
    const read = profileFromForm(form, new Date().toISOString());
    if (!read.ok) return;
    persist(read.profile, s.saved);
  }, [form, saving, persist, s]);

  return {
    s,
    loading,
    form,
    inUse,
    hasSaved,
    errors: checked && !checked.ok ? checked.errors : [],
    preview,
    before: outcome ? { achievement: outcome.report.organisation.achievement, band: outcome.report.organisation.band } : null,
    saving,
    message,
    failure,
    startFrom,
    setStartFrom,
    restart: () => update(() => formFromProfile(builtIn(startFrom), startFrom)),
    set: (field, value) => update((f) => ({ ...f, [field]: value })),
    setScale: (i, field, value) => update((f) => ({ ...f, scala_verbale: f.scala_verbale.map((r, j) => (j === i ? { ...r, [field]: value } : r)) })),
    addScale: () => update((f) => ({ ...f, scala_verbale: [...f.scala_verbale, { giudizio: '', punteggio: '' }] })),
    removeScale: (i) => update((f) => ({ ...f, scala_verbale: f.scala_verbale.filter((_, j) => j !== i) })),
    setBand: (i, field, value) => update((f) => ({ ...f, fasce: f.fasce.map((r, j) => (j === i ? { ...r, [field]: value } : r)) })),
    addBand: () => update((f) => ({ ...f, fasce: [...f.fasce, { da: '', giudizio: '' }] })),
    removeBand: (i) => update((f) => ({ ...f, fasce: f.fasce.filter((_, j) => j !== i) })),
    save,
    useBuiltIn: () => persist(null, s.builtInRestored),
  };
}
