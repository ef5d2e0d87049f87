/** One node of the performance tree, with its children when open. */
import { Badge, Button, Caption1, Link, makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nContext';
import { formatPercent } from '../common/format';
import { useVisuallyHidden } from '../common/useVisuallyHidden';
import { levelLabel } from './levelLabel';
import { nodeName, type TreeEntry } from './reportTree';
import { badgeColour, statusText } from './statusBadge';
import type { PerformanceTreeState } from './usePerformanceTree';
import { LIST_ROW_GRID } from '../common/rowGrid';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: '0', paddingLeft: tokens.spacingHorizontalL },
  // toggle | title (wraps) | status and actions, stacked at the right: at 320 px the buttons and badges stay
  // beside the title instead of wrapping under it
  row: LIST_ROW_GRID,
  aside: { display: 'flex', flexDirection: 'column', alignItems: 'flex-end', rowGap: '2px' },
  target: { display: 'block', color: tokens.colorNeutralForeground3 },
  toggle: { minWidth: '24px', width: '24px', height: '24px', padding: '0' },
  spacer: { display: 'inline-block', width: '24px' },
  name: { minWidth: '0', overflowWrap: 'anywhere' },
  level: { color: tokens.colorNeutralForeground3, marginRight: tokens.spacingHorizontalXS },
  code: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  // arancione: Fluent's "warning" badge is yellow; the semaforo wants orange, with dark text for contrast
  orange: { backgroundColor: tokens.colorPaletteMarigoldBackground3, color: tokens.colorNeutralForeground1 },
});

export interface TreeRowProps {
  entry: TreeEntry;
  tree: PerformanceTreeState;
}

export function TreeRow({ entry, tree }: TreeRowProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const hidden = useVisuallyHidden();
  const { node } = entry;
  const name = nodeName(node);
  const hasChildren = entry.children.length > 0;
  const open = hasChildren && tree.isExpanded(entry.key);
  const cell = node.cell;
  const title = (
    <>
      {node.code && <span className={styles.code}>{node.code}</span>}
      {node.code && ' '}
      <span>{node.title}</span>
    </>
  );

  return (
    <li data-level={node.level} data-key={entry.key}>
      <div className={styles.row}>
        {hasChildren ? (
          <Button
            className={styles.toggle}
            appearance="subtle"
            size="small"
            aria-expanded={open}
            aria-label={open ? t.collapse(name) : t.expand(name)}
            onClick={() => tree.toggle(entry.key)}
          >
            <span aria-hidden="true">{open ? '▾' : '▸'}</span>
          </Button>
        ) : (
          <span className={styles.spacer} aria-hidden="true" />
        )}
        <span className={styles.name} data-part="title">
          <Caption1 className={styles.level}>{levelLabel(node.level, t, tree.levelNames)}</Caption1>
          {cell && tree.onSelectCell ? (
            <Link as="button" title={t.goToCell(cell)} onClick={() => tree.onSelectCell?.(cell)}>
              {title}
            </Link>
          ) : (
            title
          )}
          {node.target !== null && node.targetAchievement !== null && (
            <Caption1 className={styles.target}>
              {t.ofTarget(formatPercent(node.targetAchievement, language), formatPercent(node.target, language, Number.isInteger(node.target) ? 0 : 2))}
            </Caption1>
          )}
        </span>
        <span className={styles.aside} data-part="aside">
          <Badge
            appearance="filled"
            color={badgeColour(node.status)}
            className={node.status === 'parzialmente' ? styles.orange : undefined}
            title={statusText(node.status, t)}
            data-status={node.status}
          >
            {formatPercent(node.achievement, language)}
            <span className={hidden.hidden}> {statusText(node.status, t)}</span>
          </Badge>
          {entry.overridden && (
            <Badge appearance="outline" color="important" title={t.overriddenHint}>
              {t.overridden}
            </Badge>
          )}
          {node.level === 'action' && tree.onAssign && (
            <Button size="small" disabled={!cell} aria-label={t.assignLabel(name)} onClick={() => tree.onAssign?.(entry)}>
              {t.assign}
            </Button>
          )}
        </span>
      </div>
      {open && (
        <ul className={styles.list} role="list">
          {entry.children.map((child) => (
            <TreeRow key={child.key} entry={child} tree={tree} />
          ))}
        </ul>
      )}
    </li>
  );
}
