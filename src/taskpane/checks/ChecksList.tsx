/** Verifica: figures the sheet already holds that differ from the computed ones; a click selects the cell. */
import { Caption1, MessageBar, MessageBarBody, Subtitle2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useCellListStyles } from '../common/cellListStyles';
import { useI18n } from '../i18n/I18nContext';
import { useChecksList, type ChecksListProps, type ChecksListState } from './useChecksList';

/** What only this list has: a marigold edge on every item (a difference to look at), long messages wrapped. */
const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: '0' },
  flagged: { borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteMarigoldBorderActive}`, overflowWrap: 'anywhere' },
});

export function ChecksListView(state: ChecksListState) {
  const { t } = useI18n();
  const styles = useStyles();
  const list = useCellListStyles();
  if (state.items.length === 0) return null;
  return (
    <section className={styles.root} aria-labelledby="cruscotto-checks-heading" data-testid="checks">
      <Subtitle2 as="h2" id="cruscotto-checks-heading" className={list.heading}>
        {`${t.checksHeading} (${state.items.length})`}
      </Subtitle2>
      <Caption1>{t.checksIntro}</Caption1>
      {state.selectError && (
        <MessageBar intent="error">
          <MessageBarBody>{t.selectFailed(state.selectError)}</MessageBarBody>
        </MessageBar>
      )}
      <ul className={list.list} role="list" aria-labelledby="cruscotto-checks-heading">
        {state.items.map((item) => {
          const selected = state.selectedKey === item.key;
          return (
            <li key={item.key}>
              <button
                type="button"
                className={mergeClasses(list.item, styles.flagged, selected && list.selected)}
                aria-current={selected ? 'true' : undefined}
                title={t.goToCell(item.cell)}
                onClick={() => state.onSelect(item)}
              >
                <span className={list.cell}>{item.cell}</span>
                <span>{item.text}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function ChecksList(props: ChecksListProps) {
  return <ChecksListView {...useChecksList(props)} />;
}
