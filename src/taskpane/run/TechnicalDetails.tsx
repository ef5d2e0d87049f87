/**
 * «Dettagli tecnici»: what only a developer or support needs after a run (how many times the add-in
 * synchronised with Excel, the profile and the sheet it used), in a section closed by default at the
 * bottom of the pane, so the run panel shows only what the user acts on. A native <details>: it opens
 * with Enter or Space, and screen readers announce it as collapsed or expanded.
 */
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { RunOutcome } from '../../excel/host';
import { useI18n } from '../i18n/I18nContext';

const useStyles = makeStyles({
  root: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  summary: { cursor: 'pointer', width: 'fit-content' },
  list: { margin: '0', paddingLeft: tokens.spacingHorizontalL },
});

export function TechnicalDetails({ outcome }: { outcome: RunOutcome }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <details className={styles.root} data-testid="technical-details">
      <summary className={styles.summary}>
        <Caption1>{t.technicalDetails}</Caption1>
      </summary>
      <ul className={styles.list}>
        <li>
          <Caption1>{t.syncDetail(outcome.syncs)}</Caption1>
        </li>
        <li>
          <Caption1>{t.profileDetail(outcome.report.profile)}</Caption1>
        </li>
        <li>
          <Caption1>{t.sheetDetail(outcome.report.sheet)}</Caption1>
        </li>
      </ul>
    </details>
  );
}
