// The member's settings: who they are, and their defaults.
import { z } from 'zod';
import { IsoDateTime } from './common';
import { Marking, Theme } from './vocabulary';
import { MemberIdentity, PinnedKey } from './member';

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
  /** This install's member identity (file version 3); null until the app first starts. */
  identity: MemberIdentity.nullable(),
  /** Colleagues' keys, pinned the first time their notes were taken in (file version 3). */
  colleagues: z.array(PinnedKey),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  id: 'settings',
  memberName: '',
  defaultMarking: 'OFFICIAL',
  themeRules: [],
  lastBackupAt: null,
  identity: null,
  colleagues: [],
};
