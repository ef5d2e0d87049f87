/** The "Colonne" form as data: from a mapping, checked, back to a mapping; the stale-mapping diagnostic; Verifica texts. */
import { EN, IT } from '../../src/taskpane/i18n/strings';
import { checkText } from '../../src/taskpane/checks/useChecksList';
import { summaryElsewhere } from '../../src/taskpane/checks/SummaryLocation';
import { formFromMapping, isStaleMappingDiagnostic, levelNamesOf, validateMapping } from '../../src/taskpane/mapping/mappingForm';
import { ALL_ROLES, roleLabel } from '../../src/taskpane/mapping/roleLabels';
import type { ColumnMapping, JsonReport } from '../../src/layout/types';
import { LEVEL_NAMES, pianoMapping } from './mappingFixtures';
import { sondrioReport } from './mockHost';

describe('mapping form', () => {
  test('round trip: an unchanged form gives back the same mapping', () => {
    const mapping = pianoMapping();
    const checked = validateMapping(formFromMapping(mapping), IT, 'it', LEVEL_NAMES);
    expect(checked).toEqual({ ok: true, mapping });
  });

  test('columns in sheet order, 1-based header rows, soglia level from the header when the mapping lacks it', () => {
    const mapping = pianoMapping();
    mapping.columns.reverse();
    mapping.columns.find((c) => c.col === 6)!.thresholdLevel = undefined;
    const form = formFromMapping(mapping);
    expect(form.columns.map((c) => c.letter)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J']);
    expect([form.headerTop, form.headerBottom]).toEqual(['3', '4']);
    expect(form.columns[6].thresholdLevel).toBe('80');
  });

  test('a role this pane does not know is shown as "non usata"', () => {
    const mapping = pianoMapping() as ColumnMapping;
    (mapping.columns[8] as { role: string }).role = 'action.futureRole';
    expect(formFromMapping(mapping).columns[8].role).toBe('ignore');
  });

  test('the same soglia level twice is a duplicate; two years of the target are not', () => {
    const mapping = pianoMapping();
    mapping.columns.push({ col: 10, header: 'Soglia 80% bis', role: 'action.threshold', thresholdLevel: 80 });
    mapping.columns.push({ col: 11, header: 'Target 2024', role: 'action.target', year: 2024 });
    const checked = validateMapping(formFromMapping(mapping), IT, 'it', LEVEL_NAMES);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors.general).toEqual(['«Indicatore: soglia 80%» è indicato per più colonne (G, K): sceglierlo per una sola.']);
  });

  test('as the layout rules: "own", "non usata", figure columns and soglie without a level may repeat; a KPI names the scored row', () => {
    const mapping = pianoMapping();
    mapping.columns[2].role = 'ignore';
    mapping.columns[3].role = 'action.kpi';
    mapping.columns[6].thresholdLevel = undefined;
    mapping.columns[6].header = 'Soglia';
    mapping.columns.push(
      { col: 10, header: '% calcolata', role: 'own' },
      { col: 11, header: 'Esito', role: 'own' },
      { col: 12, header: '', role: 'ignore' },
      { col: 13, header: '% raggiungimento bis', role: 'action.output' },
      { col: 14, header: 'Soglia minima', role: 'action.threshold' },
    );
    const checked = validateMapping(formFromMapping(mapping), IT, 'it', null);
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.mapping.columns[14]).toEqual({ col: 14, header: 'Soglia minima', role: 'action.threshold' });
  });

  test('header rows: more than the reader accepts, or upside down, are refused (English too)', () => {
    const form = formFromMapping(pianoMapping());
    expect(validateMapping({ ...form, headerTop: '1', headerBottom: '10' }, EN, 'en', null).ok).toBe(true);
    const tooMany = validateMapping({ ...form, headerTop: '1', headerBottom: '11' }, EN, 'en', null);
    expect(!tooMany.ok && tooMany.errors.headerRows).toMatch(/^Invalid header rows/);
    const upside = validateMapping({ ...form, headerTop: '4', headerBottom: '3' }, IT, 'it', null);
    expect(!upside.ok && upside.errors.headerRows).toMatch(/^Righe di intestazione non valide/);
    const word = validateMapping({ ...form, headerTop: 'tre' }, IT, 'it', null);
    expect(word.ok).toBe(false);
  });

  test('every role has an Italian and an English label', () => {
    for (const role of ALL_ROLES) {
      expect(roleLabel(role, 'it')).toMatch(/\S/);
      expect(roleLabel(role, 'en')).toMatch(/\S/);
    }
    expect(roleLabel('operational.weight', 'it')).toBe('Obiettivo operativo: peso');
    expect(roleLabel('ignore', 'it')).toBe('non usata');
  });
});

describe('run outcome helpers', () => {
  test('the diagnostic of a saved mapping that no longer fits is recognised by its text', () => {
    expect(
      isStaleMappingDiagnostic({
        message: 'Piano 2023: la mappatura delle colonne salvata non corrisponde più al foglio (colonna F: «Target» invece di «Target 2023»)',
      }),
    ).toBe(true);
    expect(isStaleMappingDiagnostic({ message: 'Cruscotto!P14: il risultato «circa 30» non è un numero' })).toBe(false);
  });

  test('level names: read from the report when present, as strings only', () => {
    const report: JsonReport = { ...sondrioReport(), layout: { ...pianoMapping(), levelNames: { action: ' Indicatore ', strategic: 3 } } as unknown as ColumnMapping };
    expect(levelNamesOf(report)).toEqual({ action: 'Indicatore' });
    expect(levelNamesOf(sondrioReport())).toBeNull();
    expect(levelNamesOf(null)).toBeNull();
    // or from the proposal of a sheet not recognised
    const proposal = { ...pianoMapping(), levelNames: { operational: 'Programma' } } as ColumnMapping;
    expect(levelNamesOf({ ...sondrioReport(), layout: null }, proposal)).toEqual({ operational: 'Programma' });
  });

  test('Verifica text without its prefix; the summary sheet is mentioned only when it is not «Riepilogo»', () => {
    expect(checkText('Verifica: la percentuale in AB12 è 85,00, il calcolo dà 80,00')).toBe('la percentuale in AB12 è 85,00, il calcolo dà 80,00');
    expect(summaryElsewhere('Riepilogo Cruscotto')).toBe('Riepilogo Cruscotto');
    expect(summaryElsewhere('Riepilogo (2)')).toBe('Riepilogo (2)');
    expect(summaryElsewhere('Riepilogo')).toBeNull();
    expect(summaryElsewhere(null)).toBeNull();
    expect(summaryElsewhere(undefined)).toBeNull();
  });
});
