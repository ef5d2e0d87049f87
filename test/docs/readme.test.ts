/** README truths that can be checked: the vocabulary table is the reader's own (`npm run readme` rewrites it). */
import * as fs from 'fs';
import * as path from 'path';
import { withVocabulary } from '../../scripts/vocabularyTable';

it('lists every word the reader knows, as the reader has them', () => {
  const readme = fs.readFileSync(path.join(__dirname, '../../README.md'), 'utf8');
  expect(readme).toBe(withVocabulary(readme));
});
