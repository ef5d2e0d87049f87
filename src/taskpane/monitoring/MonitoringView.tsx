/**
 * «Monitoraggio al 30/6» (issue 9 item 3; Brescia 2019, rendicontazione semestrale): each scored row's scostamento
 * from the target of the period, its state and, where there is no interim target, the note that the year-end one
 * was used. A click selects the row's cell. Titles and figures are the sheet's text: shown as text only.
 */
import { Badge, Caption1, Link, MessageBar, MessageBarBody, Subtitle2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { MonitoringState } from '../../engine/monitoring';
import { useCellListStyles } from '../common/cellListStyles';
import { useI18n } from '../i18n/I18nContext';
import type { MonitoringItem } from './monitoringItems';
import { useMonitoringView, type MonitoringViewProps, type MonitoringViewState } from './useMonitoringView';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: '0' },
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '2px',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    fontSize: tokens.fontSizeBase200,
  },
  current: { backgroundColor: tokens.colorBrandBackground2 },
  // title (wraps) | state badge, never under the title
  line: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', columnGap: tokens.spacingHorizontalXS, alignItems: 'start' },
  title: { minWidth: '0', overflowWrap: 'anywhere' },
  code: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  deviation: { fontWeight: tokens.fontWeightSemibold },
  detail: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  // «in ritardo» in orange like the semaforo's «parzialmente» (Fluent's warning badge is yellow), dark text for contrast
  late: { backgroundColor: tokens.colorPaletteMarigoldBackground3, color: tokens.colorNeutralForeground1 },
});

const BADGE: Record<MonitoringState, 'success' | 'warning' | 'informative'> = {
  'in-linea': 'success',
  'in-ritardo': 'warning',
  'non-rilevabile': 'informative',
};

function MonitoringRow({ item, state }: { item: MonitoringItem; state: MonitoringViewState }) {
  const { t } = useI18n();
  const styles = useStyles();
  const selected = state.selectedKey === item.key;
  const cell = item.cell;
  const title = (
    <>
      {item.code && <span className={styles.code}>{item.code}</span>}
      {item.code && ' '}
      <span>{item.title}</span>
    </>
  );
  return (
    <li className={mergeClasses(styles.item, selected && styles.current)} data-state={item.state} aria-current={selected ? 'true' : undefined}>
      <div className={styles.line}>
        <span className={styles.title} data-part="title">
          {cell ? (
            <Link as="button" title={t.goToCell(cell)} onClick={() => state.onSelect(item)}>
              {title}
            </Link>
          ) : (
            title
          )}
        </span>
        <span data-part="aside">
          <Badge appearance="filled" color={BADGE[item.state]} className={item.state === 'in-ritardo' ? styles.late : undefined} data-state={item.state}>
            {item.stateText}
          </Badge>
        </span>
      </div>
      <span className={styles.deviation} data-testid="monitoring-deviation">
        {item.deviationText}
      </span>
      {item.figuresText && <span className={styles.detail}>{item.figuresText}</span>}
      {item.notes.map((note) => (
        <span key={note} className={styles.detail} data-testid="monitoring-note">
          {note}
        </span>
      ))}
    </li>
  );
}

export function MonitoringViewView(state: MonitoringViewState) {
  const { t } = useI18n();
  const styles = useStyles();
  const list = useCellListStyles();
  if (!state.shown) return null;
  return (
    <section className={styles.root} aria-labelledby="cruscotto-monitoring-heading" data-testid="monitoring">
      <Subtitle2 as="h2" id="cruscotto-monitoring-heading" className={list.heading}>
        {t.monitoringHeading}
      </Subtitle2>
      <Caption1>{t.monitoringIntro}</Caption1>
      <Caption1 data-testid="monitoring-counts">{state.countsText}</Caption1>
      {state.selectError && (
        <MessageBar intent="error">
          <MessageBarBody>{t.selectFailed(state.selectError)}</MessageBarBody>
        </MessageBar>
      )}
      <ul className={list.list} role="list" aria-labelledby="cruscotto-monitoring-heading">
        {state.items.map((item) => (
          <MonitoringRow key={item.key} item={item} state={state} />
        ))}
      </ul>
    </section>
  );
}

export function MonitoringView(props: MonitoringViewProps) {
  return <MonitoringViewView {...useMonitoringView(props)} />;
}
