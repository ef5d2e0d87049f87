/** The SMVP profile: one of the engine's profiles. */
import { getProfile, profileNames } from '../../engine';

export function isKnownProfile(name: unknown): name is string {
  return typeof name === 'string' && getProfile(name) !== null;
}

/** "profilo «milano» sconosciuto. Profili disponibili: sondrio-2020, sondrio-2018, pavia" */
export function profileMessage(name: unknown): string {
  return `profilo «${String(name)}» sconosciuto. Profili disponibili: ${profileNames().join(', ')}`;
}
