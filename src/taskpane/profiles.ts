/** The engine's built-in scoring profiles as options for the settings (default first). */
import { PROFILES, profileNames } from '../engine/profiles';
import type { ProfileOption } from './settings/profileOption';

export function profileOptions(): ProfileOption[] {
  return profileNames()
    .filter((name) => Object.prototype.hasOwnProperty.call(PROFILES, name))
    .map((name) => ({ name, label: PROFILES[name].label, colours: { ...PROFILES[name].colours } }));
}
