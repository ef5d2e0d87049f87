/** Settings of the workbook: profile (SMVP rules), plan year, sheet, period, body name, colours of the semaforo. */
import { Button, Caption1, Field, Input, MessageBar, MessageBarBody, Select, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { ColourField } from './ColourField';
import { useI18n } from '../i18n/I18nContext';
import { PERIODS } from '../../layout/settings';
import { COLOUR_KEYS } from './validateSettings';
import { useSettings, type SettingsPanelProps, type SettingsState } from './useSettings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  colours: { border: 'none', margin: '0', padding: '0', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: '0', marginBottom: tokens.spacingVerticalXS },
});

export function SettingsPanelView(state: SettingsState) {
  const { t } = useI18n();
  const styles = useStyles();
  const { form } = state;
  if (state.loading || !form) return <Spinner size="tiny" label={t.loading} />;
  return (
    <form
      className={styles.root}
      aria-label={t.settingsHeading}
      onSubmit={(e) => {
        e.preventDefault();
        state.save();
      }}
    >
      {state.failure && (
        <MessageBar intent="error">
          <MessageBarBody>{state.failure}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={t.profile}>
        <Select value={form.profile} onChange={(_, d) => state.setProfile(d.value)}>
          {state.profiles.map((p) => (
            <option key={p.name} value={p.name}>
              {p.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={t.planYear}
        hint={t.planYearHint}
        validationState={state.errors.planYear ? 'error' : 'none'}
        validationMessage={state.errors.planYear}
      >
        <Input inputMode="numeric" value={form.planYear} onChange={(_, d) => state.setPlanYear(d.value)} />
      </Field>
      <Field label={t.sheet}>
        <Select value={form.sheetName} onChange={(_, d) => state.setSheetName(d.value)}>
          <option value="">{t.sheetAuto}</option>
          {state.sheets.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.period} hint={t.periodHint} validationState={state.errors.period ? 'error' : 'none'} validationMessage={state.errors.period}>
        <Select value={form.period} onChange={(_, d) => state.setPeriod(d.value)}>
          {PERIODS.map((p) => (
            <option key={p} value={p}>
              {t.periods[p]}
            </option>
          ))}
          {/* a stored value the rules refuse stays visible until it is replaced (the save reports it) */}
          {!(PERIODS as readonly string[]).includes(form.period) && <option value={form.period}>{form.period}</option>}
        </Select>
      </Field>
      <Field
        label={t.organisationName}
        hint={t.organisationNameHint}
        validationState={state.errors.organisationName ? 'error' : 'none'}
        validationMessage={state.errors.organisationName}
      >
        {/* plain text input: React escapes it, and it reaches the sheet only as a cell value */}
        <Input value={form.organisationName} onChange={(_, d) => state.setOrganisationName(d.value)} />
      </Field>
      <fieldset className={styles.colours}>
        <legend className={styles.legend}>{t.colours}</legend>
        <Caption1>{t.colourHint}</Caption1>
        {COLOUR_KEYS.map((key) => (
          <ColourField
            key={key}
            label={t.colourNames[key]}
            value={form.colours[key]}
            fallback={state.profileColours?.[key] ?? ''}
            error={state.errors[key]}
            onChange={(value) => state.setColour(key, value)}
          />
        ))}
      </fieldset>
      <div>
        <Button appearance="primary" type="submit" disabled={state.saving}>
          {t.save}
        </Button>
      </div>
      {state.saved && (
        <MessageBar intent="success">
          <MessageBarBody>{t.saved}</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}

export function SettingsPanel(props: SettingsPanelProps) {
  return <SettingsPanelView {...useSettings(props)} />;
}
