/** The CruscottoHost of the task pane and the ribbon commands, over Office.js (or the fake in tests). */
import { isSummarySheet } from '../layout/ownership';
import type { CruscottoSettings } from '../layout/types';
import { toHostError } from './errors';
import type { CruscottoHost, ProgressListener, RunOutcome } from './host';
import type { OfficeEnv } from './officeApi';
import { ricalcola } from './ricalcola';
import { selectCell } from './selectCell';
import { loadSettings, saveSettings } from './settings';
import { writeOverride } from './writeOverride';
import { createIndividualSheet } from './createIndividualSheet';

export type { ExcelApiLike, OfficeLike, OfficeEnv } from './officeApi';

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toHostError(error);
  }
}

export async function listSheets(env: OfficeEnv): Promise<string[]> {
  return env.excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/visibility');
    await context.sync();
    return sheets.items.filter((s) => s.visibility === 'Visible' && !isSummarySheet(s.name)).map((s) => s.name);
  });
}

export function createOfficeHost(env: OfficeEnv): CruscottoHost {
  return {
    ricalcola: (options: { summary: boolean; onProgress?: ProgressListener }): Promise<RunOutcome> => guarded(() => ricalcola(env, options)),
    selectCell: (reference: string) => guarded(() => selectCell(env, reference)),
    loadSettings: (): Promise<CruscottoSettings> => guarded(() => loadSettings(env)),
    saveSettings: (settings: CruscottoSettings) => guarded(() => saveSettings(env, settings)),
    listSheets: () => guarded(() => listSheets(env)),
    writeOverride: (actionCell: string, achievement: number, motivation: string) => guarded(() => writeOverride(env, actionCell, achievement, motivation)),
    createIndividualSheet: () => guarded(() => createIndividualSheet(env)),
    displayLanguage: () => env.office.context.displayLanguage || 'it-IT',
  };
}
