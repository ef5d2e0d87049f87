/**
 * «Crea foglio obiettivi individuali» where it is always reachable (below the settings), with one line saying what
 * the sheet is for. After a run that read the sheet, the pane lists its persons (./IndividualsSection).
 */
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { CruscottoHost } from '../../excel/host';
import { useI18n } from '../i18n/I18nContext';
import { CreateIndividualSheetButton } from './CreateIndividualSheetButton';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    marginTop: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export function IndividualSheetTool({ host }: { host: CruscottoHost }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.root} data-testid="individual-sheet-tool">
      <Caption1>{t.individualSheetTool}</Caption1>
      <CreateIndividualSheetButton host={host} />
    </div>
  );
}
