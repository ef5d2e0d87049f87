/**
 * Semaforo of the report: verde raggiunto / arancione parzialmente / rosso non raggiunto /
 * grigio neutralizzata (GLOSSARY: "semaforo"). Mapped to Fluent badge colours; the text of the
 * status is always given too, so colour is never the only carrier of meaning.
 */
import type { Strings } from '../i18n/strings';

export type BadgeColour = 'success' | 'warning' | 'danger' | 'informative' | 'subtle';
export type KnownStatus = keyof Strings['statuses'];

const COLOURS: Record<KnownStatus, BadgeColour> = {
  raggiunto: 'success',
  parzialmente: 'warning',
  'non-raggiunto': 'danger',
  neutralizzato: 'informative',
  'non-misurato': 'subtle',
};

export function isKnownStatus(status: string): status is KnownStatus {
  return Object.prototype.hasOwnProperty.call(COLOURS, status);
}

export function badgeColour(status: string): BadgeColour {
  return isKnownStatus(status) ? COLOURS[status] : 'subtle';
}

export function statusText(status: string, t: Strings): string {
  return isKnownStatus(status) ? t.statuses[status] : status;
}
