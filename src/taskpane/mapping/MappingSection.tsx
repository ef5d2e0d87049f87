/**
 * The column mapping in the pane: the notice when the saved mapping no longer fits the sheet, the
 * "Mostra colonne" button, and the "Colonne" view (opened by itself when the sheet was not recognised).
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { CruscottoHost, RunOutcome } from '../../excel/host';
import { capitalise } from '../common/format';
import { stripCellPrefix } from '../diagnostics/useDiagnosticsList';
import { useI18n } from '../i18n/I18nContext';
import { ColumnMappingPanel } from './ColumnMappingView';
import { useMappingSection, type MappingSectionState } from './useMappingSection';

export interface MappingSectionProps {
  host: CruscottoHost;
  outcome: RunOutcome | null;
  /** Ricalcola without the summary */
  recalculate: () => Promise<unknown>;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: '0' },
  toggle: { alignSelf: 'flex-start' },
});

export function MappingSectionView({ host, recalculate, state }: { host: CruscottoHost; recalculate: () => Promise<unknown>; state: MappingSectionState }) {
  const { t } = useI18n();
  const styles = useStyles();
  const available = state.mapping !== null || state.stale !== null;
  if (!available) return null;
  return (
    <div className={styles.root}>
      {state.stale && (
        <MessageBar intent="warning" layout="multiline" data-testid="stale-mapping">
          <MessageBarBody>
            <MessageBarTitle>{t.staleMappingTitle}</MessageBarTitle>
            <div>{capitalise(stripCellPrefix(state.stale.message, state.stale.cell))}</div>
          </MessageBarBody>
          <MessageBarActions>
            <Button aria-controls="cruscotto-mapping" onClick={state.openFromNotice}>
              {t.staleMappingAction}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <Button
        appearance="subtle"
        className={styles.toggle}
        aria-expanded={state.open}
        aria-controls="cruscotto-mapping"
        onClick={state.toggle}
      >
        {state.open ? t.hideMapping : t.showMapping}
      </Button>
      {state.open && (
        <ColumnMappingPanel
          host={host}
          mapping={state.mapping}
          levelNames={state.levelNames}
          notRecognised={state.notRecognised}
          recalculate={recalculate}
          focusRequest={state.focusRequest}
        />
      )}
    </div>
  );
}

export function MappingSection({ host, outcome, recalculate }: MappingSectionProps) {
  return <MappingSectionView host={host} recalculate={recalculate} state={useMappingSection(outcome)} />;
}
