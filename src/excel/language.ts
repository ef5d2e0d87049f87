/**
 * The one language rule of the add-in (task pane, ribbon commands, dialogs): Italian when Excel's display
 * language is Italian (it-IT, it-CH…), English when it is another language (brief: "UI text Italian, English
 * when Excel's display language is not Italian").
 * Unknown (Office has not said, or said nothing: outside Excel, before Office is ready) counts as Italian: the
 * product is made for Italian public bodies, its diagnostics are Italian whatever the language, and English is
 * shown only to someone whose Excel is known to speak another language.
 */
export type Language = 'it' | 'en';

export function languageOf(displayLanguage: string | null | undefined): Language {
  const tag = (displayLanguage ?? '').trim().toLowerCase();
  return tag === '' || tag.startsWith('it') ? 'it' : 'en';
}
