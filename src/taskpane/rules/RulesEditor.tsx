/**
 * «Regole di calcolo» (issue 11): start from a built-in profile, change each rule with plain controls, see the
 * effect on the ente figure, save the profile in the workbook. No JSON typing: the document is built here.
 */
import type { ReactNode } from 'react';
import { Body1Strong, Button, Caption1, Field, Input, MessageBar, MessageBarBody, Select, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { AGGREGATION_WORDS, FIGURE_WORDS, METHOD_WORDS, NO_THRESHOLD_WORDS, ORGANISATION_FROM_WORDS, wordsOf } from '../../engine/profile';
import { capitalise, formatPercent } from '../common/format';
import { useI18n } from '../i18n/I18nContext';
import type { ProfileOption } from '../settings/profileOption';
import { useRulesEditor, type RulesEditorProps, type RulesEditorState } from './useRulesEditor';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: '0' },
  // a fieldset is as wide as its content by default (min-width: min-content): at 320 px it must shrink
  group: { border: 'none', margin: '0', padding: '0', minWidth: '0', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: '0', marginBottom: tokens.spacingVerticalXS },
  row: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'end' },
  grow: { flexGrow: 1, flexBasis: '0', minWidth: '0' },
  narrow: { width: '6em', flexShrink: 0 },
  // an input as wide as its field, never wider (the <input> element's own size is about 20 characters)
  fill: { width: '100%', minWidth: '0' },
  // the profile list and its button: the button goes under the list when the pane is narrow
  startRow: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, alignItems: 'end' },
  startField: { flexGrow: 1, flexBasis: '12em', minWidth: '0' },
  // an icon-sized button (Fluent buttons are at least 96 px wide)
  remove: { minWidth: 'auto', flexShrink: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
});

const DECIMALS = [0, 1, 2, 3, 4];

function Group({ legend, children }: { legend: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{legend}</legend>
      {children}
    </fieldset>
  );
}

function Words({ label, value, words, names, onChange }: { label: string; value: string; words: string[]; names?: Record<string, string>; onChange: (v: string) => void }) {
  return (
    <Field label={label}>
      <Select value={value} onChange={(_, d) => onChange(d.value)}>
        {words.map((w) => (
          <option key={w} value={w}>
            {names?.[w] ?? capitalise(w)}
          </option>
        ))}
      </Select>
    </Field>
  );
}

function Rounding({ label, value, state, onChange }: { label: string; value: string; state: RulesEditorState; onChange: (v: string) => void }) {
  return (
    <Field label={label}>
      <Select value={value} onChange={(_, d) => onChange(d.value)}>
        <option value="">{state.s.noRounding}</option>
        {DECIMALS.map((n) => (
          <option key={n} value={String(n)}>
            {state.s.decimals(n)}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export function RulesEditorView({ state, profiles }: { state: RulesEditorState; profiles: ReadonlyArray<ProfileOption> }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const { s, form } = state;
  if (state.loading || !form) return <Spinner size="tiny" label={t.loading} />;
  const aggregation = wordsOf(AGGREGATION_WORDS);
  const method = form.metodo;
  return (
    <form
      className={styles.root}
      aria-label={s.heading}
      onSubmit={(e) => {
        e.preventDefault();
        state.save();
      }}
    >
      <Caption1>{s.intro}</Caption1>
      <Body1Strong>{state.inUse}</Body1Strong>
      {state.failure && (
        <MessageBar intent="error">
          <MessageBarBody>{state.failure}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.startRow}>
        <Field label={s.startFrom} className={styles.startField}>
          <Select value={state.startFrom} onChange={(_, d) => state.setStartFrom(d.value)}>
            {profiles.map((p) => (
              <option key={p.name} value={p.name}>
                {p.label}
              </option>
            ))}
          </Select>
        </Field>
        <Button onClick={state.restart}>{s.restart}</Button>
      </div>
      <Field label={s.name}>
        <Input value={form.nome} onChange={(_, d) => state.set('nome', d.value)} />
      </Field>
      <Field label={s.label}>
        <Input value={form.etichetta} onChange={(_, d) => state.set('etichetta', d.value)} />
      </Field>

      <Group legend={s.method}>
        <Words label={s.method} value={method} words={wordsOf(METHOD_WORDS)} names={s.methods} onChange={(v) => state.set('metodo', v)} />
        <Words label={s.withoutThresholds} value={form.senza_soglie} words={wordsOf(NO_THRESHOLD_WORDS)} onChange={(v) => state.set('senza_soglie', v)} />
        <Field label={s.thresholdLevels} hint={s.thresholdLevelsHint}>
          <Input value={form.livelli_soglia} onChange={(_, d) => state.set('livelli_soglia', d.value)} />
        </Field>
        <div className={styles.row}>
          <Field label={s.tolerancePercent} className={styles.grow}>
            <Input className={styles.fill} inputMode="decimal" value={form.tolleranza_percentuale} onChange={(_, d) => state.set('tolleranza_percentuale', d.value)} />
          </Field>
          <Field label={s.toleranceDays} className={styles.grow}>
            <Input className={styles.fill} inputMode="numeric" value={form.tolleranza_giorni} onChange={(_, d) => state.set('tolleranza_giorni', d.value)} />
          </Field>
        </div>
      </Group>

      <Group legend={s.verbalScale}>
        {form.scala_verbale.map((row, i) => (
          <div className={styles.row} key={i}>
            <Field label={s.judgement} className={styles.grow}>
              <Input className={styles.fill} value={row.giudizio} onChange={(_, d) => state.setScale(i, 'giudizio', d.value)} />
            </Field>
            <Field label={s.score} className={styles.narrow}>
              <Input className={styles.fill} inputMode="decimal" value={row.punteggio} onChange={(_, d) => state.setScale(i, 'punteggio', d.value)} />
            </Field>
            <Button appearance="subtle" className={styles.remove} aria-label={s.removeStep(row.giudizio)} onClick={() => state.removeScale(i)}>
              ✕
            </Button>
          </div>
        ))}
        <div>
          <Button size="small" onClick={state.addScale}>
            {s.addStep}
          </Button>
        </div>
        <Field label={s.yesWords} hint={s.wordsHint}>
          <Input value={form.parole_si} onChange={(_, d) => state.set('parole_si', d.value)} />
        </Field>
        <Field label={s.noWords} hint={s.wordsHint}>
          <Input value={form.parole_no} onChange={(_, d) => state.set('parole_no', d.value)} />
        </Field>
      </Group>

      <Group legend={s.rounding}>
        <Rounding label={s.kpiRounding} value={form.valori_kpi} state={state} onChange={(v) => state.set('valori_kpi', v)} />
        <Rounding label={s.rowRounding} value={form.righe} state={state} onChange={(v) => state.set('righe', v)} />
      </Group>

      <Group legend={s.aggregation}>
        <Field label={s.levels.gruppo_foglia}>
          <Select value={form.gruppo_foglia} onChange={(_, d) => state.set('gruppo_foglia', d.value)}>
            <option value="">{s.leafGroupDefault}</option>
            {aggregation.map((w) => (
              <option key={w} value={w}>
                {capitalise(w)}
              </option>
            ))}
          </Select>
        </Field>
        <Words label={s.levels.operativo} value={form.operativo} words={aggregation} onChange={(v) => state.set('operativo', v)} />
        <Words label={s.levels.strategico} value={form.strategico} words={aggregation} onChange={(v) => state.set('strategico', v)} />
        <Words label={s.levels.prospettiva} value={form.prospettiva} words={aggregation} onChange={(v) => state.set('prospettiva', v)} />
        <Words label={s.perspectiveFrom} value={form.prospettiva_da_strategici} words={wordsOf(FIGURE_WORDS)} onChange={(v) => state.set('prospettiva_da_strategici', v)} />
        <Field label={s.strategicTarget} hint={s.strategicTargetHint}>
          <Input inputMode="decimal" value={form.target_strategico} onChange={(_, d) => state.set('target_strategico', d.value)} />
        </Field>
      </Group>

      <Group legend={s.organisation}>
        <Words label={s.organisationRule} value={form.ente_regola} words={aggregation} onChange={(v) => state.set('ente_regola', v)} />
        <Words label={s.organisationFrom} value={form.ente_da} words={wordsOf(ORGANISATION_FROM_WORDS)} onChange={(v) => state.set('ente_da', v)} />
        <Words label={s.organisationFigure} value={form.ente_valore} words={wordsOf(FIGURE_WORDS)} onChange={(v) => state.set('ente_valore', v)} />
      </Group>

      <Group legend={s.statusThresholds}>
        {(['azione_raggiunta', 'operativo_raggiunto', 'aggregato_raggiunto', 'soglia_parziale'] as const).map((k) => (
          <Field key={k} label={s.statusFields[k]}>
            <Input inputMode="decimal" value={form[k]} onChange={(_, d) => state.set(k, d.value)} />
          </Field>
        ))}
      </Group>

      <Group legend={s.bands}>
        {form.fasce.map((row, i) => (
          <div className={styles.row} key={i}>
            <Field label={s.bandFrom} className={styles.narrow}>
              <Input className={styles.fill} inputMode="decimal" value={row.da} onChange={(_, d) => state.setBand(i, 'da', d.value)} />
            </Field>
            <Field label={s.judgement} className={styles.grow}>
              <Input className={styles.fill} value={row.giudizio} onChange={(_, d) => state.setBand(i, 'giudizio', d.value)} />
            </Field>
            <Button appearance="subtle" className={styles.remove} aria-label={s.removeBand(row.giudizio)} onClick={() => state.removeBand(i)}>
              ✕
            </Button>
          </div>
        ))}
        <div>
          <Button size="small" onClick={state.addBand}>
            {s.addBand}
          </Button>
        </div>
        <Caption1>{s.coloursNote}</Caption1>
      </Group>

      <section aria-label={s.previewHeading} aria-live="polite">
        <Body1Strong>{s.previewHeading}</Body1Strong>
        {!state.before || !state.preview ? (
          <Caption1 as="p">{state.errors.length === 0 ? s.previewNeedsRun : ''}</Caption1>
        ) : (
          <ul>
            <li>{s.previewNow(formatPercent(state.before.achievement, language), state.before.band ? capitalise(state.before.band) : null)}</li>
            <li>{s.previewWith(formatPercent(state.preview.achievement, language), state.preview.band ? capitalise(state.preview.band) : null)}</li>
            <li>{s.previewRows(state.preview.changedRows)}</li>
            {state.preview.changedPersons !== null && <li>{s.previewPersons(state.preview.changedPersons)}</li>}
          </ul>
        )}
      </section>

      {state.errors.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {s.errorsHeading}:
            <ul>
              {state.errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {state.message && (
        <MessageBar intent="success">
          <MessageBarBody>{state.message}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabled={state.saving || state.errors.length > 0}>
          {state.saving ? s.saving : s.save}
        </Button>
        {state.hasSaved && (
          <Button onClick={state.useBuiltIn} disabled={state.saving}>
            {s.useBuiltIn}
          </Button>
        )}
      </div>
    </form>
  );
}

export function RulesEditor(props: RulesEditorProps & { profiles: ReadonlyArray<ProfileOption> }) {
  const state = useRulesEditor(props);
  return <RulesEditorView state={state} profiles={props.profiles} />;
}
