/** Italian unless Excel speaks another language (then English): the two languages of the add-in. */
export type Language = 'it' | 'en';

export function languageOf(displayLanguage: string | undefined): Language {
  return !displayLanguage || displayLanguage.toLowerCase().startsWith('it') ? 'it' : 'en';
}
