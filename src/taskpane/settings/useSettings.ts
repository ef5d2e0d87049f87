/** State of the settings form: loaded from the workbook, validated, saved back. */
import { useCallback, useEffect, useState } from 'react';
import type { CruscottoHost } from '../../excel/host';
import { useI18n } from '../i18n/I18nContext';
import { errorMessage } from '../common/errorMessage';
import type { ProfileOption } from './profileOption';
import { formFromSettings, validateSettings, type ColourKey, type SettingsErrors, type SettingsForm } from './validateSettings';

export interface SettingsPanelProps {
  host: CruscottoHost;
  profiles: ReadonlyArray<ProfileOption>;
  /** called after a successful save */
  onSaved?: () => void;
}

export interface SettingsState {
  loading: boolean;
  form: SettingsForm | null;
  profiles: ProfileOption[];
  sheets: string[];
  errors: SettingsErrors;
  saving: boolean;
  saved: boolean;
  failure: string | null;
  /** the colours of the selected profile (placeholders) */
  profileColours: ProfileOption['colours'];
  setProfile: (name: string) => void;
  setPlanYear: (year: string) => void;
  setSheetName: (name: string) => void;
  setOrganisationName: (name: string) => void;
  setColour: (key: ColourKey, value: string) => void;
  setPeriod: (period: string) => void;
  save: () => void;
}

export function useSettings({ host, profiles, onSaved }: SettingsPanelProps): SettingsState {
  const { t, language } = useI18n();
  const [form, setForm] = useState<SettingsForm | null>(null);
  const [sheets, setSheets] = useState<string[]>([]);
  const [loading, setLoading] = useState(true);
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    Promise.all([host.loadSettings(), host.listSheets()])
      .then(([settings, names]) => {
        if (!live) return;
        setForm(formFromSettings(settings));
        setSheets(names);
      })
      .catch((e: unknown) => {
        if (!live) return;
        setFailure(t.loadFailed(errorMessage(e, language)));
        setForm(formFromSettings({ profile: profiles[0]?.name ?? '', planYear: null, sheetName: null }));
      })
      .finally(() => {
        if (live) setLoading(false);
      });
    return () => {
      live = false;
    };
    // load once per host (the language cannot change while the pane is open)
  }, [host]);

  const update = useCallback((change: (f: SettingsForm) => SettingsForm) => {
    setForm((f) => (f ? change(f) : f));
    setSaved(false);
  }, []);

  const save = useCallback(() => {
    if (!form || saving) return;
    const checked = validateSettings(form, t);
    if (!checked.ok) {
      setErrors(checked.errors);
      setSaved(false);
      return;
    }
    setErrors({});
    setFailure(null);
    setSaving(true);
    // the column mapping is edited in the «Colonne» view: the one saved now in the workbook is kept, not the
    // one this panel loaded (which «Salva mappatura» may have replaced since)
    host
      .loadSettings()
      .then((current) => {
        const { columnMapping: _loaded, ...rest } = checked.settings;
        // likewise the rules saved in «Regole di calcolo» (issue 11) are kept
        const kept = current.customProfile ? { ...rest, customProfile: current.customProfile } : rest;
        return host.saveSettings(current.columnMapping ? { ...kept, columnMapping: current.columnMapping } : kept);
      })
      .then(() => {
        setSaved(true);
        onSaved?.();
      })
      .catch((e: unknown) => setFailure(t.saveFailed(errorMessage(e, language))))
      .finally(() => setSaving(false));
  }, [form, saving, host, t, language, onSaved]);

  // the saved profile / sheet stay selectable even when unknown here
  const options = [...profiles];
  if (form && form.profile && !options.some((p) => p.name === form.profile)) options.push({ name: form.profile, label: form.profile });
  const sheetOptions = [...sheets];
  if (form && form.sheetName && !sheetOptions.includes(form.sheetName)) sheetOptions.push(form.sheetName);

  return {
    loading,
    form,
    profiles: options,
    sheets: sheetOptions,
    errors,
    saving,
    saved,
    failure,
    profileColours: options.find((p) => p.name === form?.profile)?.colours,
    setProfile: (name) => update((f) => ({ ...f, profile: name })),
    setPlanYear: (year) => update((f) => ({ ...f, planYear: year })),
    setSheetName: (name) => update((f) => ({ ...f, sheetName: name })),
    setOrganisationName: (name) => update((f) => ({ ...f, organisationName: name })),
    setColour: (key, value) => update((f) => ({ ...f, colours: { ...f.colours, [key]: value } })),
    setPeriod: (period) => update((f) => ({ ...f, period })),
    save,
  };
}
