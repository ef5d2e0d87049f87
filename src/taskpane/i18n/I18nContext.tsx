import { createContext, useContext } from 'react';
import { IT, type Language, type Strings } from './strings';

export interface I18n {
  language: Language;
  t: Strings;
}

export const I18nContext = createContext<I18n>({ language: 'it', t: IT });

/** The texts of the current language, for components below <I18nContext.Provider>. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
