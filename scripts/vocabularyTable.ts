/** The README's table of the words the reader knows, rendered from the reader's own vocabulary table. */
import * as fs from 'fs';
import * as path from 'path';
import { vocabularyRows } from '../src/layout/reader';

export const START = '<!-- vocabulary:start -->';
export const END = '<!-- vocabulary:end -->';

export function vocabularyMarkdown(): string {
  const escape = (s: string) => s.replace(/\|/g, '\\|');
  const lines = ['| words on the sheet | read as | source |', '|---|---|---|'];
  for (const r of vocabularyRows()) lines.push(`| ${escape(r.examples.join(', '))} | ${escape(r.meaning)} | ${escape(r.source)} |`);
  return lines.join('\n');
}

/** The README text with the block between the markers replaced by the current table. */
export function withVocabulary(readme: string): string {
  const i = readme.indexOf(START);
  const j = readme.indexOf(END);
  if (i < 0 || j < i) throw new Error('README: vocabulary markers not found');
  return `${readme.slice(0, i + START.length)}\n${vocabularyMarkdown()}\n${readme.slice(j)}`;
}

if (require.main === module) {
  const file = path.join(__dirname, '..', 'README.md');
  fs.writeFileSync(file, withVocabulary(fs.readFileSync(file, 'utf8')));
}
