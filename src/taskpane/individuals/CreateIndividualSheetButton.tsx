/** The «Crea foglio obiettivi individuali» button and what it gave. */
import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import type { CruscottoHost } from '../../excel/host';
import { useI18n } from '../i18n/I18nContext';
import { useCreateIndividualSheet, type CreateIndividualSheetState } from './useCreateIndividualSheet';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalXS, minWidth: '0' },
  // the label is long: at 320 px it may wrap inside the button rather than overflow the pane
  button: { maxWidth: '100%' },
  bar: { alignSelf: 'stretch' },
});

export function CreateIndividualSheetView(state: CreateIndividualSheetState) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Button className={styles.button} disabled={state.busy} title={t.createIndividualSheetHint} onClick={state.create}>
        {t.createIndividualSheet}
      </Button>
      {state.result && (
        <MessageBar intent={state.result.intent} className={styles.bar} data-testid="create-individual-sheet-result">
          <MessageBarBody>{state.result.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

export function CreateIndividualSheetButton({ host }: { host: CruscottoHost }) {
  return <CreateIndividualSheetView {...useCreateIndividualSheet(host)} />;
}
