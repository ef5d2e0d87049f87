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

describe('fake Excel: as strict as Excel where the add-in could go wrong', () => {
  const withRules = async (apiVersion?: string) => {
    const env = createFakeEnvironment([grid], { apiVersion });
    const sheet = findSheet(env.state, 'Foglio1');
    sheet.conditionalFormats.push(
      { id: 'scale', type: 'ColorScale', rect: { top: 0, left: 1, bottom: 9, right: 1 }, formula: null, fill: null, fontColor: null, priority: 0, stopIfTrue: false },
      { id: 'mine', type: 'Custom', rect: { top: 0, left: 0, bottom: 9, right: 0 }, formula: '=A1>0', fill: '#FF0000', fontColor: null, priority: 1, stopIfTrue: false },
    );
    return env;
  };

  it('refuses items/custom/rule/formula when a rule of another type is there (office-js #2180); customOrNullObject works', async () => {
    const { excel } = await withRules();
    await excel.run(async (context) => {
      const rules = context.workbook.worksheets.getItem('Foglio1').getRange().conditionalFormats;
      rules.load('items/type,items/custom/rule/formula');
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
      const again = context.workbook.worksheets.getItem('Foglio1').getRange().conditionalFormats;
      again.load('items/type,items/customOrNullObject/rule/formula');
      await context.sync();
      expect(again.items.map((cf) => (cf.customOrNullObject.isNullObject ? cf.type : cf.customOrNullObject.rule.formula))).toEqual(['ColorScale', '=A1>0']);
    });
  });

  it('takes rule formulas in the invariant notation only: "=", "," between arguments, "." in numbers', async () => {
    const { excel } = createFakeEnvironment([grid]);
    for (const bad of ['B1>0', '=E(B1>0;B1<1)', '=B1>0,8', '=AND(B1>0', '=B1="x']) {
      await excel.run(async (context) => {
        context.workbook.worksheets.getItem('Foglio1').getRange('B1:B9').conditionalFormats.add('Custom').custom.rule.formula = bad;
        await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      });
    }
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Foglio1').getRange('B1:B9').conditionalFormats.add('Custom').custom.rule.formula = '=AND(ISNUMBER(B1),ROUND(B1,4)>=0.8)+N("a;b")';
      await context.sync();
    });
  });

  it('keeps a fit to pages left out at 1 page, as the file format does', async () => {
    const { excel, state } = createFakeEnvironment([grid]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Foglio1').pageLayout.zoom = { horizontalFitToPages: 1 };
      await context.sync();
      expect(findSheet(state, 'Foglio1').pageLayout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 1 });
      context.workbook.worksheets.getItem('Foglio1').pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      await context.sync();
      expect(findSheet(state, 'Foglio1').pageLayout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    });
  });

  it('freezes panes at sync, one freeze replacing the other, from ExcelApi 1.7 only', async () => {
    const { excel, state } = createFakeEnvironment([grid]);
    await excel.run(async (context) => {
      const panes = context.workbook.worksheets.getItem('Foglio1').freezePanes;
      panes.freezeColumns(2);
      panes.freezeRows(4);
      expect(findSheet(state, 'Foglio1').frozen).toBeUndefined();
      await context.sync();
      expect(findSheet(state, 'Foglio1').frozen).toEqual({ rows: 4, columns: 0 });
      panes.freezeRows(-1);
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      panes.unfreeze();
      await context.sync();
      expect(findSheet(state, 'Foglio1').frozen).toBeUndefined();
    });
    const old = createFakeEnvironment([grid], { apiVersion: '1.6' });
    await old.excel.run(async (context) => {
      context.workbook.worksheets.getItem('Foglio1').freezePanes.freezeRows(1);
      await expect(context.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
    });
  });

  it('does not delete a very hidden sheet, and hides a sheet only from ExcelApi 1.2', async () => {
    const env = createFakeEnvironment([grid, { ...grid, name: 'Altro' }]);
    findSheet(env.state, 'Altro').visibility = 'VeryHidden';
    await env.excel.run(async (context) => {
      context.workbook.worksheets.getItem('Altro').delete();
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
      const sheet = context.workbook.worksheets.getItem('Altro');
      sheet.visibility = 'Hidden';
      sheet.delete();
      await context.sync();
    });
    expect(env.state.sheets.map((s) => s.name)).toEqual(['Foglio1']);
    const old = createFakeEnvironment([grid, { ...grid, name: 'Altro' }], { apiVersion: '1.1' });
    await old.excel.run(async (context) => {
      context.workbook.worksheets.getItem('Altro').visibility = 'Hidden';
      await expect(context.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
    });
  });

  it('adds a comment only at a full address with the sheet name, and not on a cell with a note', async () => {
    const { excel, state } = createFakeEnvironment([grid]);
    state.notes.push({ id: 'n1', sheetId: findSheet(state, 'Foglio1').id, row: 1, col: 1, content: 'nota', authorName: 'Rossi' });
    await excel.run(async (context) => {
      context.workbook.comments.add('A1', 'x');
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      context.workbook.comments.add('Foglio1!B2', 'x');
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
      context.workbook.comments.add('Foglio1!A1', 'x');
      await context.sync();
    });
    expect(state.comments.map((c) => [c.row, c.col])).toEqual([[0, 0]]);
  });

  it('lists notes and their cells from ExcelApi 1.18 only', async () => {
    const env = createFakeEnvironment([grid], { apiVersion: '1.18' });
    env.state.notes.push({ id: 'n1', sheetId: findSheet(env.state, 'Foglio1').id, row: 3, col: 2, content: 'nota', authorName: 'Rossi' });
    await env.excel.run(async (context) => {
      const notes = context.workbook.worksheets.getItem('Foglio1').notes;
      notes.load('items');
      await context.sync();
      const where = notes.items[0].getLocation();
      where.load('rowIndex,columnIndex');
      await context.sync();
      expect([where.rowIndex, where.columnIndex]).toEqual([3, 2]);
    });
    const old = createFakeEnvironment([grid], { apiVersion: '1.17' });
    await old.excel.run(async (context) => {
      context.workbook.worksheets.getItem('Foglio1').notes.load('items');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
    });
  });

  it('refuses a getRanges address longer than Excel takes (office-js #5198) and an unknown chart type', async () => {
    const { excel } = createFakeEnvironment([grid]);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Foglio1');
      const long = Array.from({ length: 900 }, (_, i) => `A${i + 1}:B${i + 1}`).join(', ');
      sheet.getRanges(long).format.fill.color = '#FFFFFF';
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      sheet.charts.add('BarreRaggruppate' as Excel.ChartType, sheet.getRange('B1:B2'), 'Columns');
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
  });

  it("takes getRanges areas only with the locale's list separator (office-js #1167, #1985)", async () => {
    const italian = createFakeEnvironment([grid], { listSeparator: ';' });
    await italian.excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Foglio1');
      sheet.getRanges('A1:B1, A2').format.fill.color = '#FFFFFF';
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      sheet.getRanges('A1:B1; A2').format.fill.color = '#FFFFFF';
      await context.sync();
    });
    const english = createFakeEnvironment([grid]);
    await english.excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Foglio1');
      sheet.getRanges('A1:B1; A2').format.fill.color = '#FFFFFF';
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      sheet.getRanges('A1:B1, A2').format.fill.color = '#FFFFFF';
      await context.sync();
    });
  });

  it('refuses an unquoted sheet name that looks like a reference (PEG2024!A1), takes it quoted', async () => {
    const { excel } = createFakeEnvironment([{ ...grid, name: 'PEG2024' }]);
    await excel.run(async (context) => {
      context.workbook.comments.add('PEG2024!A1', 'x');
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      context.workbook.comments.add("'PEG2024'!A1", 'x');
      await context.sync();
    });
  });

  it('counts the sync Excel.run makes for operations left queued', async () => {
    const { excel } = createFakeEnvironment([grid]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Foglio1').getRange('A1').values = [[1]];
    });
    expect(excel.stats.implicitSyncs).toBe(1);
  });
});

describe('fake Office: dialogs and ribbon commands', () => {
  it('opens dialogs only over HTTPS, on the add-in domain, one at a time', () => {
    const { office } = createFakeEnvironment([grid], { dialogBehaviour: 'stays-open' });
    const codes: (number | undefined)[] = [];
    const open = (url: string) => office.context.ui.displayDialogAsync(url, {}, (r) => codes.push(r.error?.code));
    open('http://localhost:3000/message.html');
    open('https://altro.example/message.html');
    open('https://localhost:3000/message.html');
    open('https://localhost:3000/message.html');
    expect(codes).toEqual([12005, 12004, undefined, 12007]);
  });

  it('times a command event against the 5-minute limit of function commands', () => {
    jest.useFakeTimers();
    try {
      const { office } = createFakeEnvironment([grid]);
      const quick = office.commandEvent();
      jest.advanceTimersByTime(60_000);
      quick.completed();
      expect([quick.completions, quick.timedOut]).toEqual([1, false]);
      const slow = office.commandEvent();
      jest.advanceTimersByTime(5 * 60_000 + 1);
      slow.completed();
      expect(slow.timedOut).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });
});
