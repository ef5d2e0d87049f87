/**
 * "Colonne": what the reader understood of the sheet (header rows, the scored level in the sheet's own word,
 * each column's role and level), editable; Salva mappatura stores it in the settings and recalculates.
 * Header texts are the sheet's data: rendered as React text only.
 */
import { useEffect, useRef } from 'react';
import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useVisuallyHidden } from '../common/useVisuallyHidden';
import { useI18n } from '../i18n/I18nContext';
import { hasErrors } from './mappingForm';
import { groupWord, isMappingRole, roleLabel, ROLE_GROUPS } from './roleLabels';
import { useColumnMapping, type ColumnMappingProps, type ColumnMappingState } from './useColumnMapping';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: '0' },
  heading: { margin: '0', ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: '0' },
  facts: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  fact: { margin: '0' },
  strong: { fontWeight: tokens.fontWeightSemibold },
  rows: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    border: 'none',
    margin: '0',
    padding: '0',
    minWidth: '0',
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: '0', marginBottom: tokens.spacingVerticalXXS },
  rowField: { flexGrow: 1, flexShrink: 1, flexBasis: '100px', minWidth: '0' },
  rowInput: { width: '100%', minWidth: '0' },
  rowInputField: { width: '100%', minWidth: '0' },
  list: {
    listStyleType: 'none',
    margin: '0',
    padding: '0',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: '0',
  },
  label: { overflowWrap: 'anywhere' },
  letter: {
    display: 'inline-block',
    minWidth: '2.2em',
    marginRight: tokens.spacingHorizontalXS,
    fontFamily: tokens.fontFamilyMonospace,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
  },
  detail: { color: tokens.colorNeutralForeground3 },
  summary: { ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  errors: { margin: '0', paddingLeft: tokens.spacingHorizontalL },
  buttons: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  button: { whiteSpace: 'nowrap', maxWidth: '100%' },
  // a native select is as wide as its longest option unless told otherwise: the pane is 320–350 px
  select: { width: '100%', minWidth: '0', maxWidth: '100%' },
  selectControl: { width: '100%', minWidth: '0', maxWidth: '100%', textOverflow: 'ellipsis' },
});

export function ColumnMappingView(state: ColumnMappingState) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const hidden = useVisuallyHidden().hidden;
  const heading = useRef<HTMLHeadingElement>(null);
  const { form, errors } = state;
  const errorSummary = useRef<HTMLDivElement>(null);
  // every problem in one list above the columns (header rows, soglie, the mapping as a whole)
  const summary = [...(errors.headerRows ? [errors.headerRows] : []), ...Object.values(errors.columns), ...errors.general];

  useEffect(() => {
    if (state.focusRequest > 0) heading.current?.focus();
  }, [state.focusRequest]);

  // a refused save: the list of problems takes the focus (it may be far above the buttons)
  useEffect(() => {
    if (hasErrors(errors)) errorSummary.current?.focus();
  }, [errors]);

  return (
    <section className={styles.root} aria-labelledby="cruscotto-mapping-heading" id="cruscotto-mapping" data-testid="column-mapping">
      <h2 id="cruscotto-mapping-heading" className={styles.heading} tabIndex={-1} ref={heading}>
        <Subtitle2 block>{t.mappingHeading}</Subtitle2>
      </h2>
      {state.notRecognised && (
        <MessageBar intent="warning" layout="multiline" data-testid="mapping-not-recognised">
          <MessageBarBody>{t.mappingNotRecognised}</MessageBarBody>
        </MessageBar>
      )}
      {!form ? (
        <Caption1>{t.mappingNone}</Caption1>
      ) : (
        <form
          className={styles.form}
          aria-labelledby="cruscotto-mapping-heading"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            state.save();
          }}
        >
          <div className={styles.facts}>
            <Text as="p" block className={styles.fact}>
              {t.mappingSheet(form.sheet)}
            </Text>
            {state.headerRows && (
              <Text as="p" block className={styles.fact} data-testid="mapping-header-rows">
                {t.mappingHeaderRows(state.headerRows.top, state.headerRows.bottom)}
              </Text>
            )}
            <Text as="p" block className={styles.fact} data-testid="mapping-scored-level">
              {t.scoredItems(state.scoredWord)}
            </Text>
          </div>
          <fieldset className={styles.rows}>
            <legend className={styles.legend}>{t.headerRowsGroup}</legend>
            <Field className={styles.rowField} label={t.headerTop} validationState={errors.headerRows ? 'error' : 'none'}>
              <Input className={styles.rowInput} input={{ className: styles.rowInputField }} inputMode="numeric" value={form.headerTop} disabled={state.busy} onChange={(_, d) => state.setHeaderTop(d.value)} />
            </Field>
            <Field className={styles.rowField} label={t.headerBottom} validationState={errors.headerRows ? 'error' : 'none'}>
              <Input className={styles.rowInput} input={{ className: styles.rowInputField }} inputMode="numeric" value={form.headerBottom} disabled={state.busy} onChange={(_, d) => state.setHeaderBottom(d.value)} />
            </Field>
          </fieldset>
          {summary.length > 0 && (
            <div ref={errorSummary} tabIndex={-1} className={styles.summary}>
              <MessageBar intent="error" layout="multiline" role="alert" data-testid="mapping-errors">
                <MessageBarBody>
                  <MessageBarTitle>{t.mappingInvalid}</MessageBarTitle>
                  <ul className={styles.errors}>
                    {summary.map((m) => (
                      <li key={m}>{m}</li>
                    ))}
                  </ul>
                </MessageBarBody>
              </MessageBar>
            </div>
          )}
          <ul className={styles.list} aria-labelledby="cruscotto-mapping-heading">
            {form.columns.map((c) => (
              <li key={c.col} className={styles.item} data-col={c.letter}>
                <Field
                  label={{
                    className: styles.label,
                    children: (
                      <>
                        <span className={styles.letter} aria-hidden="true">
                          {c.letter}
                        </span>
                        <span className={hidden}>{`${t.mappingColumn(c.letter)}: `}</span>
                        {c.header.trim() ? c.header : t.noHeader}
                        {c.year !== undefined && <span className={styles.detail}>{` (${t.columnYear(c.year)})`}</span>}
                      </>
                    ),
                  }}
                >
                  <Select
                    className={styles.select}
                    select={{ className: styles.selectControl }}
                    value={c.role}
                    disabled={state.busy}
                    onChange={(_, d) => {
                      if (isMappingRole(d.value)) state.setRole(c.col, d.value);
                    }}
                  >
                    {ROLE_GROUPS.map((g) => (
                      <optgroup key={g.level} label={groupWord(g.level, language, state.levelNames)}>
                        {g.roles.map((role) => (
                          <option key={role} value={role}>
                            {roleLabel(role, language, state.levelNames)}
                          </option>
                        ))}
                      </optgroup>
                    ))}
                  </Select>
                </Field>
                {c.role === 'action.threshold' && (
                  <Field
                    label={`${t.thresholdLevel} — ${c.letter}`}
                    hint={t.thresholdLevelHint}
                    validationState={errors.columns[c.col] ? 'error' : 'none'}
                    validationMessage={errors.columns[c.col]}
                  >
                    <Input
                      inputMode="decimal"
                      value={c.thresholdLevel}
                      disabled={state.busy}
                      onChange={(_, d) => state.setThresholdLevel(c.col, d.value)}
                    />
                  </Field>
                )}
              </li>
            ))}
          </ul>
          <div className={styles.buttons}>
            <Button appearance="primary" type="submit" className={styles.button} disabled={state.busy}>
              {t.saveMapping}
            </Button>
            <Button type="button" className={styles.button} disabled={state.busy} onClick={state.reset}>
              {t.resetMapping}
            </Button>
          </div>
        </form>
      )}
      {!form && (
        <div className={styles.buttons}>
          <Button type="button" className={styles.button} disabled={state.busy} onClick={state.reset}>
            {t.resetMapping}
          </Button>
        </div>
      )}
      {state.failure && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{state.failure}</MessageBarBody>
        </MessageBar>
      )}
      {state.status && (
        <MessageBar intent="success" layout="multiline" aria-live="polite">
          <MessageBarBody>{state.status === 'saved' ? t.mappingSaved : t.mappingReset}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

export function ColumnMappingPanel(props: ColumnMappingProps) {
  return <ColumnMappingView {...useColumnMapping(props)} />;
}
