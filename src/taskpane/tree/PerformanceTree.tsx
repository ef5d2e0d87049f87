/** The performance tree: prospettiva > obiettivo strategico > obiettivo operativo > [raggruppamento >] azione. */
import { Button, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nContext';
import { TreeRow } from './TreeRow';
import { usePerformanceTree, type PerformanceTreeProps, type PerformanceTreeState } from './usePerformanceTree';

const useStyles = makeStyles({
  header: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalXXS },
  heading: { margin: '0' },
  // always on its own line under the heading: at 320–350 px heading and buttons do not fit on one line
  toolbar: { display: 'flex', columnGap: tokens.spacingHorizontalS },
  list: { listStyleType: 'none', margin: '0', padding: '0' },
});

export function PerformanceTreeView(tree: PerformanceTreeState) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <section aria-labelledby="cruscotto-tree-heading">
      <div className={styles.header}>
        <Subtitle2 as="h2" id="cruscotto-tree-heading" className={styles.heading}>
          {t.treeHeading}
        </Subtitle2>
        {tree.entries.length > 0 && (
          <div className={styles.toolbar} data-part="toolbar">
            <Button size="small" appearance="subtle" onClick={tree.expandAll}>
              {t.expandAll}
            </Button>
            <Button size="small" appearance="subtle" onClick={tree.collapseAll}>
              {t.collapseAll}
            </Button>
          </div>
        )}
      </div>
      {tree.entries.length === 0 ? (
        <Caption1>{t.emptyTree}</Caption1>
      ) : (
        <ul className={styles.list} role="list" aria-labelledby="cruscotto-tree-heading">
          {tree.entries.map((entry) => (
            <TreeRow key={entry.key} entry={entry} tree={tree} />
          ))}
        </ul>
      )}
    </section>
  );
}

export function PerformanceTree(props: PerformanceTreeProps) {
  return <PerformanceTreeView {...usePerformanceTree(props)} />;
}
