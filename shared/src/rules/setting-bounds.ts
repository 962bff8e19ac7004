import { z } from 'zod';
import { DEFAULT_SETTINGS, programmeSettingsSchema, type ProgrammeSettings } from '../model/settings';

/**
 * The numeric bounds of every number setting, read from the one settings schema: the API's
 * checks and the tab's hints come from the same place. A file of its own, so the tab can show
 * bounds without loading the holiday tables the settings rule needs.
 */
export const SETTING_BOUNDS: Readonly<
  Partial<Record<keyof ProgrammeSettings, { min: number; max: number }>>
> = Object.fromEntries(
  Object.entries(programmeSettingsSchema.shape).flatMap(([key, schema]) => {
    const inner = schema.unwrap();
    return inner instanceof z.ZodNumber && inner.minValue !== null && inner.maxValue !== null
      ? [[key, { min: inner.minValue, max: inner.maxValue }]]
      : [];
  }),
);

/** A setting's default and, for numbers, the bounds a leader can set it within. */
export interface SettingBounds {
  key: keyof ProgrammeSettings;
  default: ProgrammeSettings[keyof ProgrammeSettings];
  min?: number;
  max?: number;
}

/**
 * Default and bounds of one setting, from the schema itself: the rules catalogue (and the pages
 * generated from it) state exactly what validation enforces — never a copy of it.
 */
export function settingBounds(key: keyof ProgrammeSettings): SettingBounds {
  return { key, default: DEFAULT_SETTINGS[key], ...SETTING_BOUNDS[key] };
}
