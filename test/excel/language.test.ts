/** The add-in's one language rule, shared by the pane (languageFor) and the ribbon commands (languageOf). */
import { languageOf } from '../../src/excel/language';
import { languageFor } from '../../src/taskpane/i18n/strings';

describe('language of the add-in', () => {
  test.each([
    ['it-IT', 'it'],
    ['it-CH', 'it'],
    ['IT', 'it'],
    [' it-it ', 'it'],
    ['en-US', 'en'],
    ['de-DE', 'en'],
    ['fr-FR', 'en'],
    // unknown: Italian (see src/excel/language.ts)
    ['', 'it'],
    ['  ', 'it'],
    [undefined, 'it'],
    [null, 'it'],
  ])('%p -> %p, the same in the pane and in the commands', (tag, expected) => {
    expect(languageOf(tag)).toBe(expected);
    expect(languageFor(tag)).toBe(expected);
  });
});
