/** Prints which published Sondrio figures the engine reproduces (Markdown, for the README). */
import { reproductionReport } from './reproduction';

process.stdout.write(reproductionReport() + '\n');
