/** Errors and warnings of the last run; clicking one (or Enter/Space on it) selects its cell. */
import { Badge, Caption1, MessageBar, MessageBarBody, Subtitle2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nContext';
import { useDiagnosticsList, type DiagnosticItem, type DiagnosticsListProps, type DiagnosticsListState } from './useDiagnosticsList';

const useStyles = makeStyles({
  heading: { margin: '0' },
  list: {
    listStyleType: 'none',
    margin: '0',
    padding: '2px',
    display: 'flex',
    flexDirection: 'column',
    rowGap: '2px',
    maxHeight: '40vh',
    overflowY: 'auto',
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: '2px',
    width: '100%',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  static: { cursor: 'default' },
  selected: {
    borderTopColor: tokens.colorBrandStroke1,
    borderRightColor: tokens.colorBrandStroke1,
    borderBottomColor: tokens.colorBrandStroke1,
    borderLeftColor: tokens.colorBrandStroke1,
    backgroundColor: tokens.colorBrandBackground2,
  },
  head: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  cell: { fontFamily: tokens.fontFamilyMonospace },
});

function ItemBody({ item }: { item: DiagnosticItem }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <>
      <span className={styles.head}>
        <Badge appearance="tint" color={item.severity === 'error' ? 'danger' : 'warning'} size="small">
          {t.severities[item.severity]}
        </Badge>
        {item.cell && <span className={styles.cell}>{item.cell}</span>}
      </span>
      <span>{item.text}</span>
    </>
  );
}

export function DiagnosticsListView(state: DiagnosticsListState) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <section aria-labelledby="cruscotto-diagnostics-heading">
      <Subtitle2 as="h2" id="cruscotto-diagnostics-heading" className={styles.heading}>
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
        <ul className={styles.list} role="list" aria-labelledby="cruscotto-diagnostics-heading">
          {state.items.map((item) => {
            const selected = state.selectedKey === item.key;
            return (
              <li key={item.key} data-severity={item.severity}>
                {item.cell ? (
                  <button
                    type="button"
                    className={mergeClasses(styles.item, selected && styles.selected)}
                    aria-current={selected ? 'true' : undefined}
                    title={t.goToCell(item.cell)}
                    onClick={() => state.onSelect(item)}
                  >
                    <ItemBody item={item} />
                  </button>
                ) : (
                  <div className={mergeClasses(styles.item, styles.static)}>
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
