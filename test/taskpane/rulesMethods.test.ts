/** The rules editor offers every method of the profile document with its own label (issue 9 item 4 adds progresso). */
import { METHOD_WORDS, wordsOf } from '../../src/engine/profile';
import { rulesStringsFor } from '../../src/taskpane/rules/rulesStrings';

test('every method word has a label in the editor', () => {
  const s = rulesStringsFor('it');
  expect(wordsOf(METHOD_WORDS).filter((w) => !s.methods[w])).toEqual([]);
  expect(s.methods.progresso).toBe('Progresso dal valore storico al target');
});
