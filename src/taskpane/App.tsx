/**
 * The task pane: run panel, column mapping, override editor, diagnostics, Verifica, monitoring at 30/6, performance
 * tree, individual objectives and settings (with the «Crea foglio obiettivi individuali» button).
 * Everything Excel does goes through `host` (src/excel/host.ts); no Office.js here.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { Button, Divider, MessageBar, MessageBarBody, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import type { CruscottoHost } from '../excel/host';
import { ChecksList } from './checks/ChecksList';
import { SummaryLocation } from './checks/SummaryLocation';
import { DiagnosticsList } from './diagnostics/DiagnosticsList';
import { PartialFiguresBar } from './diagnostics/PartialFiguresBar';
import { I18nContext } from './i18n/I18nContext';
import { IndividualSheetTool } from './individuals/IndividualSheetTool';
import { IndividualsSection } from './individuals/IndividualsSection';
import { languageFor, stringsFor } from './i18n/strings';
import { MappingSection } from './mapping/MappingSection';
import { MonitoringView } from './monitoring/MonitoringView';
import { OverrideEditor } from './override/OverrideEditor';
import { RulesEditor } from './rules/RulesEditor';
import { rulesStringsFor } from './rules/rulesStrings';
import { RunPanel } from './run/RunPanel';
import { TechnicalDetails } from './run/TechnicalDetails';
import { useRun } from './run/useRun';
import type { ProfileOption } from './settings/profileOption';
import { SettingsPanel } from './settings/SettingsPanel';
import { errorMessage } from './common/errorMessage';
import type { TreeEntry } from './tree/reportTree';
import { PerformanceTree } from './tree/PerformanceTree';

export interface AppProps {
  host: CruscottoHost;
  /** scoring profiles offered in the settings */
  profiles: ReadonlyArray<ProfileOption>;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    boxSizing: 'border-box',
    minWidth: '0',
  },
  title: { margin: '0' },
});

export function App({ host, profiles }: AppProps) {
  const styles = useStyles();
  const i18n = useMemo(() => {
    const language = languageFor(host.displayLanguage());
    return { language, t: stringsFor(language) };
  }, [host]);
  const { t } = i18n;
  const run = useRun(host, i18n.language);
  const [editing, setEditing] = useState<TreeEntry | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [rulesOpen, setRulesOpen] = useState(false);
  const [selectError, setSelectError] = useState<string | null>(null);

  const selectCell = useCallback((cell: string) => host.selectCell(cell), [host]);
  const selectFromTree = useCallback(
    (cell: string) => {
      setSelectError(null);
      host.selectCell(cell).catch((e: unknown) => setSelectError(errorMessage(e, i18n.language)));
    },
    [host, i18n.language],
  );
  const recalculate = useCallback(() => run.run(false), [run]);
  // keyboard users get the focus back on the "Assegna %" button that opened the editor
  const opener = useRef<HTMLElement | null>(null);
  const openEditor = useCallback((entry: TreeEntry) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setEditing(entry);
  }, []);
  const closeEditor = useCallback(() => {
    setEditing(null);
    const back = opener.current;
    opener.current = null;
    if (back) setTimeout(() => back.isConnected && back.focus(), 0);
  }, []);

  return (
    <I18nContext.Provider value={i18n}>
      <main className={styles.root} lang={i18n.language}>
        <Subtitle1 as="h1" className={styles.title}>
          {t.appTitle}
        </Subtitle1>
        <RunPanel run={run} />
        {run.outcome && <PartialFiguresBar diagnostics={run.outcome.diagnostics} summarySheet={run.outcome.summarySheet} selectCell={selectCell} />}
        {run.outcome && <SummaryLocation summarySheet={run.outcome.summarySheet} />}
        <MappingSection host={host} outcome={run.outcome} recalculate={recalculate} />
        {editing && <OverrideEditor host={host} action={editing} recalculate={recalculate} onClose={closeEditor} />}
        {selectError && (
          <MessageBar intent="error">
            <MessageBarBody>{t.selectFailed(selectError)}</MessageBarBody>
          </MessageBar>
        )}
        {run.outcome && (
          <>
            <DiagnosticsList diagnostics={run.outcome.diagnostics} selectCell={selectCell} />
            <ChecksList checks={run.outcome.report.checks} selectCell={selectCell} />
            <MonitoringView monitoring={run.outcome.report.monitoring} selectCell={selectCell} />
            <PerformanceTree report={run.outcome.report} onAssign={openEditor} onSelectCell={selectFromTree} />
            <IndividualsSection host={host} individuals={run.outcome.report.individuals} selectCell={selectCell} />
          </>
        )}
        <Divider />
        <div>
          <Button
            appearance="subtle"
            aria-expanded={settingsOpen}
            aria-controls="cruscotto-settings"
            onClick={() => setSettingsOpen((o) => !o)}
          >
            {settingsOpen ? t.hideSettings : t.showSettings}
          </Button>
        </div>
        {settingsOpen && (
          <section id="cruscotto-settings" aria-label={t.settingsHeading}>
            <SettingsPanel host={host} profiles={profiles} />
            <IndividualSheetTool host={host} />
          </section>
        )}
        <div>
          <Button appearance="subtle" aria-expanded={rulesOpen} aria-controls="cruscotto-rules" onClick={() => setRulesOpen((o) => !o)}>
            {rulesOpen ? rulesStringsFor(i18n.language).hide : rulesStringsFor(i18n.language).show}
          </Button>
        </div>
        {rulesOpen && (
          <section id="cruscotto-rules" aria-label={rulesStringsFor(i18n.language).heading}>
            <RulesEditor host={host} outcome={run.outcome} profiles={profiles} />
          </section>
        )}
        {run.outcome && <TechnicalDetails outcome={run.outcome} />}
      </main>
    </I18nContext.Provider>
  );
}
