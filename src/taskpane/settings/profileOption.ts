import type { StatusColours } from '../../engine/types';

/** A scoring profile as offered in the settings (name and Italian label from the engine's PROFILES). */
export interface ProfileOption {
  name: string;
  label: string;
  /** the profile's default colours, shown as placeholders */
  colours?: StatusColours;
}
