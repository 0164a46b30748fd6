// The member's settings: who they are, and their defaults.
import { z } from 'zod';
import { IsoDateTime } from './common';
import { Marking, Theme } from './vocabulary';

/** A member's own theme rule: findings whose text matches any of the phrases get the theme. */
export const ThemeRule = z.object({
  theme: Theme,
  phrases: z.array(z.string().trim().min(1).max(200)).min(1),
});
export type ThemeRule = z.infer<typeof ThemeRule>;

export const Settings = z.object({
  id: z.literal('settings'),
  memberName: z.string().max(200),
  defaultMarking: Marking,
  themeRules: z.array(ThemeRule),
  lastBackupAt: IsoDateTime.nullable(),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  id: 'settings',
  memberName: '',
  defaultMarking: 'OFFICIAL',
  themeRules: [],
  lastBackupAt: null,
};
