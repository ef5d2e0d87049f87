/**
 * One colour of the semaforo, chosen with the system colour picker (a native <input type="color"> inside
 * a labelled Fluent Field: Tab reaches it, Enter or Space opens the picker) instead of typing #RRGGBB.
 * The form keeps the #RRGGBB text (upper case, as the settings store it); '' means «the profile's colour»,
 * which the picker shows until the user picks another one, and «Colore del profilo» goes back to it.
 * A stored value that is not a colour (typed in the settings sheet) stays in the form, with its message,
 * until a colour is picked or the profile's one restored.
 */
import { Button, Field, makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nContext';
import { normaliseHex } from './validateSettings';

/** What the picker shows when neither the form nor the profile has a colour. */
const NEUTRAL = '#FFFFFF';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, minWidth: '0' },
  picker: {
    width: '48px',
    height: '32px',
    flexShrink: 0,
    padding: '2px',
    boxSizing: 'border-box',
    cursor: 'pointer',
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
});

export interface ColourFieldProps {
  label: string;
  /** the form's text: '#RRGGBB', '' (the profile's colour) or what the workbook held */
  value: string;
  /** the profile's colour, '' when unknown */
  fallback: string;
  error?: string;
  onChange: (value: string) => void;
}

export function ColourField({ label, value, fallback, error, onChange }: ColourFieldProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const chosen = normaliseHex(value);
  const profile = normaliseHex(fallback);
  const shown = chosen ?? profile ?? NEUTRAL;
  const hint = chosen ? t.colourChosen(chosen) : profile ? t.colourFromProfile(profile) : undefined;
  return (
    <Field label={label} hint={hint} validationState={error ? 'error' : 'none'} validationMessage={error}>
      {(control) => (
        <div className={styles.row}>
          <input
            {...control}
            type="color"
            className={styles.picker}
            // the picker's value is lower case; the form keeps the settings' upper-case #RRGGBB
            value={shown.toLowerCase()}
            onChange={(e) => onChange(normaliseHex(e.target.value) ?? value)}
          />
          {value.trim() !== '' && (
            <Button size="small" appearance="subtle" aria-label={t.colourResetLabel(label)} onClick={() => onChange('')}>
              {t.colourReset}
            </Button>
          )}
        </div>
      )}
    </Field>
  );
}
