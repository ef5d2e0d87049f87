/**
 * Opens a workbook written by the back end in LibreOffice (what CI has; the OIV may too): converts it to
 * PDF and, when poppler is there, to PNG. Skipped with a loud warning when soffice is missing.
 */
import { execFileSync, spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import * as path from 'path';
import { exampleCruscotto } from '../support/generate';
import { applyWritePlan, saveWorkbook, worksheetFromGrid } from '../../src/xlsx';
import ExcelJS from 'exceljs';
import { withTempDir } from './helpers';
import { samplePlan } from './samplePlan';

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
}

const SOFFICE = has('soffice');
if (!SOFFICE) {
  // eslint-disable-next-line no-console
  console.warn('\n*** ATTENZIONE: soffice (LibreOffice) non trovato: il test di apertura in LibreOffice è SALTATO. Installare libreoffice-calc. ***\n');
}
const maybe = SOFFICE ? it : it.skip;
/** Kills a LibreOffice that hangs; not a speed requirement (under jest's own guard, jest.config.js). */
const HANG_GUARD_MS = 240_000;

describe('LibreOffice opens the written workbook', () => {
  maybe(
    'converts the cruscotto with its Riepilogo to a non-empty PDF (and PNG pages)',
    async () => {
      await withTempDir(async (dir) => {
        const wb = new ExcelJS.Workbook();
        const { grid } = exampleCruscotto();
        worksheetFromGrid(wb, grid);
        applyWritePlan(wb, samplePlan(grid.name));
        const file = path.join(dir, 'cruscotto.xlsx');
        await saveWorkbook(wb, file);
        // a private profile folder: no clash with a running LibreOffice, nothing left in $HOME
        const profile = `file://${path.join(dir, 'lo-profile')}`;
        const run = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
          encoding: 'utf8',
          timeout: HANG_GUARD_MS,
        });
        expect(run.error).toBeUndefined();
        const pdf = path.join(dir, 'cruscotto.pdf');
        const stat = await fs.stat(pdf);
        expect(stat.size).toBeGreaterThan(1000);
        expect((await fs.readFile(pdf)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
        if (has('pdftotext')) {
          const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
          expect(text).toContain('Relazione sulla performance 2022');
          expect(text).toContain('Andamento');
          expect(text).toContain('Competitività del territorio');
        }
        if (has('pdftoppm')) {
          execFileSync('pdftoppm', ['-png', '-r', '50', pdf, path.join(dir, 'pagina')], { timeout: HANG_GUARD_MS });
          const pages = (await fs.readdir(dir)).filter((f) => /^pagina-\d+\.png$/.test(f));
          expect(pages.length).toBeGreaterThan(0);
          for (const page of pages) expect((await fs.stat(path.join(dir, page))).size).toBeGreaterThan(500);
          if (process.env.CRUSCOTTO_KEEP_PNG) {
            for (const page of pages) await fs.copyFile(path.join(dir, page), path.join(process.env.CRUSCOTTO_KEEP_PNG, page));
          }
        } else {
          // eslint-disable-next-line no-console
          console.warn('pdftoppm (poppler-utils) non trovato: pagine PNG non prodotte.');
        }
      });
    },
  );
});
