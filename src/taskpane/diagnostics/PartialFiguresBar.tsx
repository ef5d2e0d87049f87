/** At the top of the results: a run with cells in error gives partial figures, and the pane says so first. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { usePartialFigures, type PartialFiguresProps, type PartialFiguresState } from './usePartialFigures';

export function PartialFiguresBarView(state: PartialFiguresState) {
  if (state.cells === 0) return null;
  const { texts } = state;
  return (
    <MessageBar intent="error" layout="multiline" data-testid="partial-figures">
      <MessageBarBody>
        <MessageBarTitle>{texts.title}</MessageBarTitle>
        {texts.body(state.cells, state.summarySheet)}
        {state.selectError && <div role="alert">{texts.selectFailed(state.selectError)}</div>}
      </MessageBarBody>
      {state.firstCell && (
        <MessageBarActions>
          <Button size="small" onClick={state.goToFirst}>
            {texts.goToFirst(state.firstCell)}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

export function PartialFiguresBar(props: PartialFiguresProps) {
  return <PartialFiguresBarView {...usePartialFigures(props)} />;
}
