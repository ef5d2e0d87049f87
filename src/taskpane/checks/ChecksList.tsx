/** Verifica: figures the sheet already holds that differ from the computed ones; a click selects the cell. */
import { Caption1, MessageBar, MessageBarBody, Subtitle2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nContext';
import { useChecksList, type ChecksListProps, type ChecksListState } from './useChecksList';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: '0' },
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
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteMarigoldBorderActive}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    cursor: 'pointer',
    overflowWrap: 'anywhere',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  selected: {
    borderTopColor: tokens.colorBrandStroke1,
    borderRightColor: tokens.colorBrandStroke1,
    borderBottomColor: tokens.colorBrandStroke1,
    backgroundColor: tokens.colorBrandBackground2,
  },
  cell: { fontFamily: tokens.fontFamilyMonospace },
});

export function ChecksListView(state: ChecksListState) {
  const { t } = useI18n();
  const styles = useStyles();
  if (state.items.length === 0) return null;
  return (
    <section className={styles.root} aria-labelledby="cruscotto-checks-heading" data-testid="checks">
      <Subtitle2 as="h2" id="cruscotto-checks-heading" className={styles.heading}>
        {`${t.checksHeading} (${state.items.length})`}
      </Subtitle2>
      <Caption1>{t.checksIntro}</Caption1>
      {state.selectError && (
        <MessageBar intent="error">
          <MessageBarBody>{t.selectFailed(state.selectError)}</MessageBarBody>
        </MessageBar>
      )}
      <ul className={styles.list} role="list" aria-labelledby="cruscotto-checks-heading">
        {state.items.map((item) => {
          const selected = state.selectedKey === item.key;
          return (
            <li key={item.key}>
              <button
                type="button"
                className={mergeClasses(styles.item, selected && styles.selected)}
                aria-current={selected ? 'true' : undefined}
                title={t.goToCell(item.cell)}
                onClick={() => state.onSelect(item)}
              >
                <span className={styles.cell}>{item.cell}</span>
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
