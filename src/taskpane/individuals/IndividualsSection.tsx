/**
 * «Obiettivi individuali» (issue 9 item 2): after a run that read the individual objectives sheet, one line per
 * person or team (name, role, score, objectives below target), each opening onto its objectives; a click on an
 * objective selects its row in the sheet. When the sheet has no readable objective, the button that creates
 * (or selects) the sheet is offered here.
 */
import { Badge, Button, Caption1, Link, MessageBar, MessageBarBody, Subtitle2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { CruscottoHost } from '../../excel/host';
import { useI18n } from '../i18n/I18nContext';
import { CreateIndividualSheetButton } from './CreateIndividualSheetButton';
import type { PersonEntry } from './personEntries';
import { useIndividuals, type IndividualsProps, type IndividualsState } from './useIndividuals';
import { LIST_ROW_GRID } from '../common/rowGrid';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: '0' },
  heading: { margin: '0' },
  list: { listStyleType: 'none', margin: '0', padding: '0' },
  objectives: { listStyleType: 'none', margin: '0', paddingLeft: tokens.spacingHorizontalXXL },
  // toggle | name and details (wrap) | score, at the right (as the tree's rows)
  row: LIST_ROW_GRID,
  objectiveRow: { gridTemplateColumns: 'minmax(0, 1fr) auto' },
  current: { backgroundColor: tokens.colorBrandBackground2 },
  toggle: { minWidth: '24px', width: '24px', height: '24px', padding: '0' },
  name: { minWidth: '0', overflowWrap: 'anywhere' },
  person: { fontWeight: tokens.fontWeightSemibold },
  detail: { display: 'block', color: tokens.colorNeutralForeground3 },
  aside: { display: 'flex', flexDirection: 'column', alignItems: 'flex-end', rowGap: '2px' },
});

function PersonRow({ person, state }: { person: PersonEntry; state: IndividualsState }) {
  const { t } = useI18n();
  const styles = useStyles();
  const open = state.isExpanded(person.key);
  return (
    <li data-testid="individual-person">
      <div className={styles.row}>
        <Button
          className={styles.toggle}
          appearance="subtle"
          size="small"
          aria-expanded={open}
          aria-label={open ? t.collapse(person.name) : t.expand(person.name)}
          onClick={() => state.toggle(person.key)}
        >
          <span aria-hidden="true">{open ? '▾' : '▸'}</span>
        </Button>
        <span className={styles.name} data-part="title">
          <span className={styles.person}>{person.name}</span>
          {person.roleText && <Caption1 className={styles.detail}>{person.roleText}</Caption1>}
          {person.withoutOverridesText && <Caption1 className={styles.detail}>{person.withoutOverridesText}</Caption1>}
          {person.scoreMissing && <Caption1 className={styles.detail}>{t.scoreMissing}</Caption1>}
          {person.belowTargetText && (
            <Caption1 className={styles.detail} data-testid="below-target-count">
              {person.belowTargetText}
            </Caption1>
          )}
        </span>
        <span className={styles.aside} data-part="aside">
          <Badge appearance="outline" color="brand" data-testid="individual-score">
            {person.scoreText}
          </Badge>
        </span>
      </div>
      {open && (
        <ul className={styles.objectives} role="list" aria-label={t.objectivesOf(person.name)}>
          {person.objectives.map((o) => {
            const current = o.cell !== null && state.selectedCell === o.cell;
            return (
              <li key={o.key} data-testid="individual-objective" aria-current={current ? 'true' : undefined}>
                <div className={mergeClasses(styles.row, styles.objectiveRow, current && styles.current)}>
                  <span className={styles.name} data-part="title">
                    {o.cell ? (
                      <Link as="button" title={t.goToCell(o.cell)} onClick={() => state.onSelect(o)}>
                        {o.title}
                      </Link>
                    ) : (
                      <span>{o.title}</span>
                    )}
                    {o.weightText && <Caption1 className={styles.detail}>{o.weightText}</Caption1>}
                    {o.withoutOverridesText && <Caption1 className={styles.detail}>{o.withoutOverridesText}</Caption1>}
                  </span>
                  <span className={styles.aside} data-part="aside">
                    <Caption1>{o.achievementText}</Caption1>
                    {o.belowTarget && (
                      <Badge appearance="tint" color="danger" size="small">
                        {t.belowTargetBadge}
                      </Badge>
                    )}
                  </span>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </li>
  );
}

export function IndividualsSectionView({ state, host }: { state: IndividualsState; host: CruscottoHost }) {
  const { t } = useI18n();
  const styles = useStyles();
  if (!state.shown) return null;
  return (
    <section className={styles.root} aria-labelledby="cruscotto-individuals-heading" data-testid="individuals">
      <Subtitle2 as="h2" id="cruscotto-individuals-heading" className={styles.heading}>
        {t.individualsHeading}
      </Subtitle2>
      {state.persons.length === 0 ? (
        <>
          <Caption1>{t.individualsEmpty}</Caption1>
          <CreateIndividualSheetButton host={host} />
        </>
      ) : (
        <>
          <Caption1>{t.individualsSheet(state.sheet)}</Caption1>
          {state.selectError && (
            <MessageBar intent="error">
              <MessageBarBody>{t.selectFailed(state.selectError)}</MessageBarBody>
            </MessageBar>
          )}
          <ul className={styles.list} role="list" aria-labelledby="cruscotto-individuals-heading">
            {state.persons.map((person) => (
              <PersonRow key={person.key} person={person} state={state} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function IndividualsSection({ host, ...props }: IndividualsProps & { host: CruscottoHost }) {
  return <IndividualsSectionView state={useIndividuals(props)} host={host} />;
}
