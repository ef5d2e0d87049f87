/**
 * The message of anything thrown by the host, as text for the UI (never "[object Object]").
 * Host errors may carry an English translation (`messageIn(language)`, see src/excel/errors.ts).
 */
import type { Language } from '../i18n/strings';

export function errorMessage(error: unknown, language: Language = 'it'): string {
  if (error && typeof error === 'object') {
    const translated = (error as { messageIn?: unknown }).messageIn;
    if (typeof translated === 'function') {
      try {
        const text = translated.call(error, language) as unknown;
        if (typeof text === 'string' && text) return text;
      } catch {
        // fall through to the plain message
      }
    }
    const m = (error as { message?: unknown }).message;
    if (typeof m === 'string' && m) return m;
  }
  if (typeof error === 'string' && error) return error;
  return String(error);
}
