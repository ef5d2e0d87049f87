/** The fake keeps the Office.js contract the add-in relies on; these tests pin it down. */
import { FORMULA_RESULT, createFakeEnvironment, findSheet, getCell } from '.';

const grid = { name: 'Foglio1', cells: [[{ value: 'a' }, { value: 1 }], [{ value: null }, { value: 2, numberFormat: '0.00%' }]], merges: [] };

describe('fake Excel: load and sync', () => {
  it('throws PropertyNotLoaded before the sync that loaded the property', async () => {
    const { excel } = createFakeEnvironment([grid]);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Foglio1').getRange('A1:B2');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([['a', 1], ['', 2]]);
      expect(() => range.numberFormat).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('applies writes only at sync, in order, and counts syncs, operations and bytes', async () => {
    const { excel, state } = createFakeEnvironment([grid]);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Foglio1').getRange('C1');
      range.values = [['nuovo']];
      expect(getCell(findSheet(state, 'Foglio1'), 0, 2)).toBeUndefined();
      await context.sync();
      expect(getCell(findSheet(state, 'Foglio1'), 0, 2)?.value).toBe('nuovo');
    });
    expect(excel.stats.syncs).toBe(1);
    expect(excel.stats.operations).toBe(3); // getItem, getRange, set values
    expect(excel.stats.perSync[0].requestBytes).toBeGreaterThan(20);
  });

  it('sends what is still queued when Excel.run ends', async () => {
    const { excel, state } = createFakeEnvironment([grid]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Foglio1').getRange('D4').values = [[7]];
    });
    expect(excel.stats.syncs).toBe(1);
    expect(getCell(findSheet(state, 'Foglio1'), 3, 3)?.value).toBe(7);
  });

  it('fails at sync with ItemNotFound, and null objects report isNullObject', async () => {
    const { excel } = createFakeEnvironment([grid]);
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Nessuno');
      missing.load('name');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      context.workbook.worksheets.getItem('Nessuno').getRange('A1').load('values');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });

  it('parses strings like typed input: formulas, numbers, booleans; an apostrophe or "@" keeps text', async () => {
    const { excel, state } = createFakeEnvironment([grid]);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Foglio1');
      sheet.getRange('A5:E5').values = [['=SUM(B1:B2)', '12,5', 'vero', "'=HYPERLINK(\"x\")", null]];
      const text = sheet.getRange('F5');
      text.numberFormat = [['@']];
      text.values = [['=1+1']];
      await context.sync();
    });
    const sheet = findSheet(state, 'Foglio1');
    expect(getCell(sheet, 4, 0)).toMatchObject({ value: FORMULA_RESULT, formula: '=SUM(B1:B2)' });
    expect(getCell(sheet, 4, 1)?.value).toBe(12.5);
    expect(getCell(sheet, 4, 2)?.value).toBe(true);
    expect(getCell(sheet, 4, 3)).toMatchObject({ value: '=HYPERLINK("x")', apostrophe: true });
    expect(getCell(sheet, 4, 3)?.formula).toBeUndefined();
    expect(getCell(sheet, 4, 4)).toBeUndefined(); // null leaves the cell as it was
    expect(getCell(sheet, 4, 5)).toMatchObject({ value: '=1+1', numberFormat: '@' });
  });

  it('rejects a values array of the wrong size', async () => {
    const { excel } = createFakeEnvironment([grid]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Foglio1').getRange('A1:B2').values = [[1, 2]];
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
  });

  it('enforces the 5 MB payload limit of Excel on the web', async () => {
    const { excel } = createFakeEnvironment([grid], { payloadLimitBytes: 1000 });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Foglio1').getRange('A1:A200').values = Array.from({ length: 200 }, () => ['testo abbastanza lungo']);
      await expect(context.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    });
  });

  it('fails with ApiNotFound for what a lower requirement set lacks', async () => {
    const { excel } = createFakeEnvironment([grid], { apiVersion: '1.12' });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Foglio1').getRange('A1:B2').getMergedAreasOrNullObject().load('areaCount');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
    });
  });

  it('returns merged areas whose top-left lies in the range, and refuses more than 512', async () => {
    const merges = Array.from({ length: 600 }, (_, i) => ({ top: 2 * i, left: 0, bottom: 2 * i + 1, right: 0 }));
    const { excel } = createFakeEnvironment([{ name: 'M', cells: [[{ value: 'x' }]], merges }]);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('M');
      const some = sheet.getRange('A2:A6').getMergedAreasOrNullObject();
      some.load('areas/items/rowIndex,areas/items/rowCount');
      await context.sync();
      expect(some.areas.items.map((r) => [r.rowIndex, r.rowCount])).toEqual([[2, 2], [4, 2]]);
      sheet.getRange('A1:A1200').getMergedAreasOrNullObject().load('areaCount');
      await expect(context.sync()).rejects.toMatchObject({ code: 'GeneralException' });
    });
  });

  it('conditional formats: custom rules, intersecting collection, delete', async () => {
    const { excel, state } = createFakeEnvironment([grid]);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Foglio1');
      const cf = sheet.getRange('B1:B9').conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=B1>0';
      cf.custom.format.fill.color = '#c6efce';
      await context.sync();
      const all = sheet.getRange().conditionalFormats;
      all.load('items/type,items/customOrNullObject/rule/formula');
      await context.sync();
      expect(all.items).toHaveLength(1);
      expect(all.items[0].customOrNullObject.rule.formula).toBe('=B1>0');
      all.items[0].delete();
      await context.sync();
    });
    expect(findSheet(state, 'Foglio1').conditionalFormats).toHaveLength(0);
  });
});

describe('fake Office', () => {
  it('answers isSetSupported from its API level and records dialogs', () => {
    const { office } = createFakeEnvironment([grid], { apiVersion: '1.9' });
    expect(office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(true);
    expect(office.context.requirements.isSetSupported('ExcelApi', '1.10')).toBe(false);
    office.context.ui.displayDialogAsync('https://localhost:3000/message.html?msg=Ciao%20mondo', {}, () => undefined);
    expect(office.dialogs[0].message).toBe('Ciao mondo');
  });
});
