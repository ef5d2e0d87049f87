/** Ricalcola / Genera riepilogo buttons, progress, and the ente figure after a run. */
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Field,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nContext';
import { useRunPanel, type RunPanelProps, type RunPanelState } from './useRunPanel';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  result: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  figure: { margin: '0', fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  line: { margin: '0' },
  detail: { margin: '0', color: tokens.colorNeutralForeground3 },
});

export function RunPanelView(state: RunPanelState) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={t.recalculate}>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={state.running} onClick={state.onRecalculate} title={t.recalculateHint}>
          {t.recalculate}
        </Button>
        <Button disabled={state.running} onClick={state.onGenerateSummary} title={t.generateSummaryHint}>
          {t.generateSummary}
        </Button>
      </div>
      {state.running && (
        <Field label={state.stepText ?? t.running} validationState="none" aria-live="polite">
          <ProgressBar value={state.progress ?? undefined} max={1} thickness="large" />
        </Field>
      )}
      {state.errorText && (
        <MessageBar intent="error">
          <MessageBarBody>{state.errorText}</MessageBarBody>
        </MessageBar>
      )}
      {state.figureText ? (
        <div className={styles.result} aria-live="polite" data-testid="run-result">
          <Text as="p" block className={styles.figure} data-testid="ente-figure">
            {state.figureText}
          </Text>
          {state.withoutOverridesText && (
            <Text as="p" block className={styles.line} data-testid="ente-without-overrides">
              {state.withoutOverridesText}
            </Text>
          )}
          <Text as="p" block className={styles.line} data-testid="diagnostic-counts">
            {state.countsText}
          </Text>
          {state.summaryText && (
            <Caption1 as="p" block className={styles.detail}>
              {state.summaryText}
            </Caption1>
          )}
        </div>
      ) : (
        !state.running && !state.errorText && <Caption1 className={styles.detail}>{t.noRunYet}</Caption1>
      )}
    </section>
  );
}

export function RunPanel(props: RunPanelProps) {
  return <RunPanelView {...useRunPanel(props)} />;
}
