/** Errors and warnings of the last run; clicking one (or Enter/Space on it) selects its cell. */
import { Badge, Caption1, MessageBar, MessageBarBody, Subtitle2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useCellListStyles } from '../common/cellListStyles';
import { useI18n } from '../i18n/I18nContext';
import { useDiagnosticsList, type DiagnosticItem, type DiagnosticsListProps, type DiagnosticsListState } from './useDiagnosticsList';

/** What only this list has: items without a cell, the left border of the selected one, the badge line. */
const useStyles = makeStyles({
  static: { cursor: 'default' },
  selectedLeft: { borderLeftColor: tokens.colorBrandStroke1 },
  head: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
});

function ItemBody({ item }: { item: DiagnosticItem }) {
  const { t } = useI18n();
  const styles = useStyles();
  const list = useCellListStyles();
  return (
    <>
      <span className={styles.head}>
        <Badge appearance="tint" color={item.severity === 'error' ? 'danger' : 'warning'} size="small">
          {t.severities[item.severity]}
        </Badge>
        {item.cell && <span className={list.cell}>{item.cell}</span>}
      </span>
      <span>{item.text}</span>
    </>
  );
}

export function DiagnosticsListView(state: DiagnosticsListState) {
  const { t } = useI18n();
  const styles = useStyles();
  const list = useCellListStyles();
  return (
    <section aria-labelledby="cruscotto-diagnostics-heading">
      <Subtitle2 as="h2" id="cruscotto-diagnostics-heading" className={list.heading}>
        {t.diagnosticsHeading}
        {state.items.length > 0 ? ` (${state.items.length})` : ''}
      </Subtitle2>
      {state.selectError && (
        <MessageBar intent="error">
          <MessageBarBody>{t.selectFailed(state.selectError)}</MessageBarBody>
        </MessageBar>
      )}
      {state.items.length === 0 ? (
        <Caption1>{t.noDiagnostics}</Caption1>
      ) : (
        <ul className={list.list} role="list" aria-labelledby="cruscotto-diagnostics-heading">
          {state.items.map((item) => {
            const selected = state.selectedKey === item.key;
            return (
              <li key={item.key} data-severity={item.severity}>
                {item.cell ? (
                  <button
                    type="button"
                    className={mergeClasses(list.item, selected && list.selected, selected && styles.selectedLeft)}
                    aria-current={selected ? 'true' : undefined}
                    title={t.goToCell(item.cell)}
                    onClick={() => state.onSelect(item)}
                  >
                    <ItemBody item={item} />
                  </button>
                ) : (
                  <div className={mergeClasses(list.item, styles.static)}>
                    <ItemBody item={item} />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

export function DiagnosticsList(props: DiagnosticsListProps) {
  return <DiagnosticsListView {...useDiagnosticsList(props)} />;
}
