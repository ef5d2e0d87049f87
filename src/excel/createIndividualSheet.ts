/**
 * «Crea foglio obiettivi individuali» (issue 9, item 1). Contract only in this commit: the Office.js implementation
 * lands on its own branch in this session.
 */
import { CruscottoHostError } from './errors';
import type { OfficeEnv } from './officeApi';

export async function createIndividualSheet(_env: OfficeEnv): Promise<{ sheet: string; created: boolean }> {
  throw new CruscottoHostError('not-implemented', 'La creazione del foglio degli obiettivi individuali non è ancora disponibile.', 'Creating the individual objectives sheet is not available yet.');
}
