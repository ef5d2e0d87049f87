/** The add-in, the .xlsx settings sheet, the CLI and the pane accept the same plan years (2000–2100). */
import ExcelJS from 'exceljs';
import { parseArgs } from '../../../src/cli/args';
import { parseSettings } from '../../../src/excel/settings';
import { planYearMessage } from '../../../src/layout/settings';
import { IT } from '../../../src/taskpane/i18n/strings';
import { formFromSettings, validateSettings } from '../../../src/taskpane/settings/validateSettings';
import { readSettingsSheet, SETTINGS_SHEET_NAME } from '../../../src/xlsx/settings';

function xlsxYear(year: string) {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet(SETTINGS_SHEET_NAME).addRow(['anno', year]);
  return readSettingsSheet(wb);
}

test.each([
  ['1989', false],
  ['1995', false],
  ['1999', false],
  ['2000', true],
  ['2022', true],
  ['2100', true],
  ['2101', false],
  ['9999', false],
])('%s: accepted everywhere = %p', (year, ok) => {
  const excel = parseSettings(JSON.stringify({ planYear: Number(year) }));
  expect(excel.settings.planYear === Number(year)).toBe(ok);
  expect(excel.warning === null).toBe(ok);

  const xlsx = xlsxYear(year);
  expect(xlsx.settings.planYear === Number(year)).toBe(ok);

  const cli = parseArgs(['ricalcola', 'x.xlsx', '--anno', year]);
  expect(cli.ok).toBe(ok);

  const pane = validateSettings({ ...formFromSettings({ profile: 'sondrio-2020', planYear: null, sheetName: null }), planYear: year }, IT);
  expect(pane.ok).toBe(ok);

  if (!ok) {
    const message = planYearMessage(year);
    expect(excel.warning).toContain(message);
    expect(xlsx.warnings).toEqual([`Impostazioni della cartella («${SETTINGS_SHEET_NAME}»): ${message}.`]);
    expect(!cli.ok && cli.message).toBe(`${message}.`);
  }
});
