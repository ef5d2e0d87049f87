/** Which sheet of a workbook a command reads: the one asked for, else the settings', else the mapping's, else the first cruscotto. */
import { chooseSheet, type SheetChoice } from '../layout/pipeline';
import type { ColumnMapping } from '../layout/types';
import { isLedgerSheetName, isSummarySheet } from '../layout/ownership';
import { findIndividualHeader } from '../layout/individual';
import { SETTINGS_SHEET_NAME } from '../xlsx';
import type { PackageSheet, PackageWorkbook } from '../xlsx/package/workbook';

export function visibleSheets(workbook: PackageWorkbook): PackageSheet[] {
  return workbook.sheets.filter((ws) => ws.state !== 'hidden' && ws.state !== 'veryHidden');
}

/** The sheet a mapping was made for, when the workbook still has it (a renamed sheet: the usual choice applies). */
export function mappingSheet(mapping: ColumnMapping | null | undefined, sheets: { name: string }[]): string | null {
  return mapping && sheets.some((s) => s.name === mapping.sheet) ? mapping.sheet : null;
}

/** The user's hidden sheets (not the add-in's own hidden sheets: settings, ledger). */
function hiddenSheets(workbook: PackageWorkbook): PackageSheet[] {
  return workbook.sheets.filter(
    (ws) => (ws.state === 'hidden' || ws.state === 'veryHidden') && !isLedgerSheetName(ws.name) && ws.name.toLowerCase() !== SETTINGS_SHEET_NAME.toLowerCase(),
  );
}

export function chooseWorksheet(
  workbook: PackageWorkbook,
  requested: string | null | undefined,
  mapping: ColumnMapping | null | undefined,
  /** the add-in's own summary sheet (the ledger names it): never read as the cruscotto */
  ownSummary: string | null = null,
): SheetChoice<PackageSheet> {
  const visible = visibleSheets(workbook);
  const hidden = hiddenSheets(workbook);
  const grid = (ws: PackageSheet) => workbook.grid(ws.name);
  const asked = requested ?? mappingSheet(mapping, [...visible, ...hidden]);
  // a sheet asked for by name is read even when hidden: the user said which
  if (asked) return chooseSheet([...visible, ...hidden], grid, asked, { skip: ownSummary });
  // the individual objectives sheet is read beside the cruscotto, never as the cruscotto (issue 9)
  const candidates = visible.filter((ws) => !isIndividualSheet(workbook, ws));
  const choice = chooseSheet(candidates.length > 0 ? candidates : visible, grid, null, { skip: ownSummary });
  if (choice.ok || hidden.length === 0) return choice;
  const names = hidden.map((ws) => `«${ws.name}»`).join(', ');
  const lead = visible.length === 0 ? 'La cartella di lavoro ha solo fogli nascosti' : 'Nessun foglio visibile sembra un cruscotto';
  return { ok: false, message: `${lead}: ${names}. Per leggerne uno, indicarlo con --foglio (oppure mostrarlo in Excel: tasto destro sulla linguetta di un foglio › Scopri).` };
}

/** Without a cruscotto-like sheet: the first visible sheet holding anything (not the Riepilogo), for a proposal. */
export function firstSheetWithContent(workbook: PackageWorkbook): SheetChoice<PackageSheet> | null {
  for (const ws of visibleSheets(workbook)) {
    if (isSummarySheet(ws.name)) continue;
    const grid = workbook.grid(ws.name);
    if (!grid.cells.some((row) => row?.some((c) => c.value !== null && c.value !== undefined))) continue;
    return { ok: true, sheet: ws, grid };
  }
  return null;
}

function isIndividualSheet(workbook: PackageWorkbook, ws: PackageSheet): boolean {
  try {
    return findIndividualHeader(workbook.grid(ws.name)) !== null;
  } catch {
    return false;
  }
}

/** The visible sheet of individual objectives (found by its headers), other than the cruscotto and the Riepilogo. */
export function individualWorksheet(workbook: PackageWorkbook, cruscottoSheet: string): PackageSheet | null {
  for (const ws of visibleSheets(workbook)) {
    if (ws.name === cruscottoSheet || isSummarySheet(ws.name)) continue;
    if (isIndividualSheet(workbook, ws)) return ws;
  }
  return null;
}
