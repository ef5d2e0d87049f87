/** Form to assign a percentage to an action, with its required motivation. */
import { Button, Caption1, Card, Field, Input, MessageBar, MessageBarBody, Subtitle2, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nContext';
import { formatPercent } from '../common/format';
import { nodeName } from '../tree/reportTree';
import { useOverrideEditor, type OverrideEditorProps, type OverrideEditorState } from './useOverrideEditor';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { margin: '0' },
  buttons: { display: 'flex', columnGap: tokens.spacingHorizontalS },
});

export function OverrideEditorView(state: OverrideEditorState) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const { node } = state.action;
  return (
    <Card>
      <form
        className={styles.form}
        aria-labelledby="cruscotto-override-heading"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          state.submit();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') state.cancel();
        }}
      >
        <Subtitle2 as="h2" id="cruscotto-override-heading" className={styles.heading}>
          {t.overrideHeading}
        </Subtitle2>
        <Caption1>
          {t.overrideFor(nodeName(node))} — {formatPercent(node.formulaAchievement ?? node.achievement, language)}
          {node.cell ? ` (${node.cell})` : ''}
        </Caption1>
        <Field
          label={t.percentage}
          hint={t.percentageHint}
          required
          validationState={state.percentageError ? 'error' : 'none'}
          validationMessage={state.percentageError}
        >
          <Input
            autoFocus
            inputMode="decimal"
            value={state.percentage}
            contentAfter={<span aria-hidden="true">%</span>}
            onChange={(_, d) => state.setPercentage(d.value)}
          />
        </Field>
        <Field
          label={t.motivation}
          hint={t.motivationHint}
          required
          validationState={state.motivationError ? 'error' : 'none'}
          validationMessage={state.motivationError}
        >
          <Textarea resize="vertical" value={state.motivation} onChange={(_, d) => state.setMotivation(d.value)} />
        </Field>
        {state.failure && (
          <MessageBar intent="error">
            <MessageBarBody>{state.failure}</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.buttons}>
          <Button appearance="primary" type="submit" disabled={state.submitting}>
            {t.confirmOverride}
          </Button>
          <Button type="button" onClick={state.cancel} disabled={state.submitting}>
            {t.cancel}
          </Button>
        </div>
      </form>
    </Card>
  );
}

export function OverrideEditor(props: OverrideEditorProps) {
  return <OverrideEditorView {...useOverrideEditor(props)} />;
}
