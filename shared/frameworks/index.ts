// Every framework profile, and the few questions the rest of the app asks of them.
import type { Framework } from '../model';
import { FOCUSED_VISIT, ILACS, MONITORING_VISIT, SIF } from './ofsted';
import { CQC_LA, JTAI, PEEL, SUMMARY, UNKNOWN } from './others';
import type { FrameworkProfile } from './profile';

export type { FrameworkProfile, SectionRules } from './profile';

/** In the order the title page is tested: the more specific wording first. */
export const PROFILES: readonly FrameworkProfile[] = [
  PEEL,
  CQC_LA,
  JTAI,
  FOCUSED_VISIT,
  MONITORING_VISIT,
  SIF,
  ILACS,
  SUMMARY,
  UNKNOWN,
];

const BY_FRAMEWORK = new Map<Framework, FrameworkProfile>(PROFILES.map((p) => [p.framework, p]));

export function profileOf(framework: Framework): FrameworkProfile {
  return BY_FRAMEWORK.get(framework) ?? UNKNOWN;
}

/** The profile whose title wording the (folded) title lines carry, if any. */
export function profileByTitle(foldedTitleLines: string): FrameworkProfile | null {
  return PROFILES.find((p) => p.titles.some((t) => t.test(foldedTitleLines))) ?? null;
}

/** "Single inspection framework (SIF)", "ILACS (2023 framework)": the CLI's summary. */
export function frameworkName(framework: string, variant: string | null): string {
  const name = BY_FRAMEWORK.get(framework as Framework)?.name ?? framework;
  return variant ? `${name} (${variant} framework)` : name;
}

/** "SIF", "ILACS 2023": the app's lists. */
export function frameworkLabel(framework: Framework | null, variant: string | null): string {
  if (!framework) return 'Stated in a later report';
  return profileOf(framework).short + (variant ? ` ${variant}` : '');
}
