/** Rebuild helpers for the end-to-end test: a bundle is rebuilt only when older than its sources. */
import { execFileSync } from 'child_process';
import { existsSync, readdirSync, statSync } from 'fs';
import * as path from 'path';

/** Newest modification time (ms) of the files under the given paths (files or folders). */
export function newestMtime(paths: string[]): number {
  let newest = 0;
  const visit = (p: string) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p)) if (name !== 'node_modules' && !name.startsWith('.')) visit(path.join(p, name));
    } else if (st.mtimeMs > newest) newest = st.mtimeMs;
  };
  paths.forEach(visit);
  return newest;
}

export function isStale(output: string, sources: string[]): boolean {
  if (!existsSync(output)) return true;
  return statSync(output).mtimeMs < newestMtime(sources);
}

/** Runs webpack in a child process (keeps jest's module system out of it). */
export function runWebpack(cwd: string, args: string[], timeoutMs = 240_000): void {
  const bin = path.join(cwd, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
  try {
    execFileSync(process.execPath, [bin, ...args], { cwd, stdio: 'pipe', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    const err = e as { stdout?: Buffer; stderr?: Buffer; message: string };
    const out = `${err.stdout?.toString() ?? ''}\n${err.stderr?.toString() ?? ''}`.trim().slice(-4000);
    throw new Error(`webpack ${args.join(' ')} non riuscito: ${err.message}\n${out}`);
  }
}
