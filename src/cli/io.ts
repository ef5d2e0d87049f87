/** The streams the CLI writes to; tests pass their own to capture the output. */
import Decimal from 'decimal.js';
import { formatItalianNumber } from '../engine/format';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** stderr is a terminal (progress lines are shown) */
  stderrIsTTY: boolean;
  /** working directory for relative paths */
  cwd: string;
}

export function processIO(): CliIO {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
  };
}

/** A count with Italian grouping, as in "5.000 azioni". */
export function groupDigits(n: number): string {
  return formatItalianNumber(new Decimal(n), 0);
}

/** One progress line on stderr: "Lettura… 5 000 azioni… Calcolo… Scrittura… fatto." */
export class Progress {
  private started = false;
  constructor(
    private readonly io: CliIO,
    public enabled: boolean,
  ) {}

  step(text: string): void {
    if (!this.enabled) return;
    this.io.stderr(`${this.started ? ' ' : ''}${text}…`);
    this.started = true;
  }

  done(text = 'fatto.'): void {
    if (!this.enabled || !this.started) return;
    this.io.stderr(` ${text}\n`);
    this.started = false;
  }
}
