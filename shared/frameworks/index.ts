// Every framework profile, and the questions the importer, the CLI's summary and the app's labels
// ask of them. Nothing else knows a framework by its name or its labels.
import type { Framework, Grade, StandardJudgementKey } from '../model';
// The plain labels, not the model's index: the importer runs without loading zod.
import { GRADE_LABELS } from '../model/vocabulary-lists';
import { FOCUSED_VISIT, ILACS, MONITORING_VISIT, SIF } from './ofsted';
import { CQC_LA, JTAI, PEEL, SUMMARY, UNKNOWN } from './others';
import type { FrameworkProfile, FrameworkVariant, GradeStep } from './profile';

export type {
  FrameworkProfile,
  FrameworkVariant,
  GradeStep,
  JudgementArea,
  JudgementSource,
  SectionRules,
} from './profile';

/** In the order the title page is tested: the more specific wording first. Among frameworks that
 * read a judgement table, a table whose labels they all share is read as the first one's. */
const registry: FrameworkProfile[] = [
  PEEL,
  CQC_LA,
  JTAI,
  FOCUSED_VISIT,
  MONITORING_VISIT,
  ILACS,
  SIF,
  SUMMARY,
  UNKNOWN,
];

/** The same profiles in the order they were registered (the built-in ones first): where a
 * question has no framework to ask (a grade's or an area's name in a table that spans
 * frameworks), the longest-standing answer is given. */
const byAge: FrameworkProfile[] = [...registry];

/** Bumped on every change, so what is derived from the profiles is worked out again. */
let generation = 0;

/** The profiles, in the order their titles are tested. */
export function profiles(): readonly FrameworkProfile[] {
  return registry;
}

/** The registry's generation: derived tables keep it and are rebuilt when it moves. */
export function profilesGeneration(): number {
  return generation;
}

/**
 * Adds a framework. Its title wording is tested before the others' (a new framework's wording is
 * the more specific); a profile for a framework already known replaces it. Returns a function
 * that takes it out again (for tests).
 */
export function registerProfile(profile: FrameworkProfile): () => void {
  const at = registry.findIndex((p) => p.framework === profile.framework);
  const previous = at >= 0 ? registry[at] : undefined;
  if (at >= 0) registry.splice(at, 1, profile);
  else registry.unshift(profile);
  if (previous) byAge.splice(byAge.indexOf(previous), 1, profile);
  else byAge.push(profile);
  generation += 1;
  return () => {
    const now = registry.indexOf(profile);
    if (now < 0) return;
    if (previous) {
      registry.splice(now, 1, previous);
      byAge.splice(byAge.indexOf(profile), 1, previous);
    } else {
      registry.splice(now, 1);
      byAge.splice(byAge.indexOf(profile), 1);
    }
    generation += 1;
  };
}

/** Memoises something derived from the profiles until the registry changes. */
export function derived<T>(build: (all: readonly FrameworkProfile[]) => T): () => T {
  let kept: { generation: number; value: T } | null = null;
  return () => {
    if (!kept || kept.generation !== generation) kept = { generation, value: build(registry) };
    return kept.value;
  };
}

/** The catch-all profile of a report that was not recognised. */
function unrecognised(): FrameworkProfile {
  return registry.find((p) => p.unrecognised) ?? UNKNOWN;
}

export function profileOf(framework: Framework | string): FrameworkProfile {
  return registry.find((p) => p.framework === framework) ?? unrecognised();
}

/** The profile whose title wording the (folded) title lines carry, if any. */
export function profileByTitle(foldedTitleLines: string): FrameworkProfile | null {
  return registry.find((p) => p.titles.some((t) => t.test(foldedTitleLines))) ?? null;
}

/** True for frameworks whose grades sit in a judgement table at the front. */
export function readsTable(profile: FrameworkProfile): boolean {
  return profile.judgementsFrom === 'table' || profile.judgementsFrom === 'table and statements';
}

/**
 * The variant whose areas the found grades fit: one of its own areas must be among them, and of
 * those that fit, the one judging fewest areas the report does not grade ("2026": no overall
 * effectiveness).
 */
export function variantOf(
  profile: FrameworkProfile,
  keys: ReadonlySet<string>,
): FrameworkVariant | null {
  const ranked = (profile.variants ?? [])
    .filter((v) => v.marks.some((k) => keys.has(k)))
    .map((v) => ({
      v,
      extra: [...keys].filter((k) => !(v.judges as readonly string[]).includes(k)).length,
      missing: v.judges.filter((k) => !keys.has(k)).length,
    }))
    .sort((a, b) => a.extra - b.extra || a.missing - b.missing);
  return ranked[0]?.v ?? null;
}

/** "Single inspection framework (SIF)", "ILACS (2023 framework)": the CLI's summary. */
export function frameworkName(framework: string, variant: string | null): string {
  const profile = registry.find((p) => p.framework === framework);
  const name = profile?.name ?? framework;
  return variant ? `${name} (${variant} framework)` : name;
}

/** "SIF", "ILACS 2023": the app's lists. */
export function frameworkLabel(framework: Framework | null, variant: string | null): string {
  if (!framework) return 'Stated in a later report';
  return profileOf(framework).short + (variant ? ` ${variant}` : '');
}

/** The step of a framework's scale for a grade; none when the framework is not known, so the
 * vocabulary's own name is used (never another inspectorate's wording, such as PEEL's "Requires
 * improvement" for an Ofsted grade). */
function stepOf(grade: Grade, framework?: Framework | string | null): GradeStep | undefined {
  return framework ? profileOf(framework).scale.find((s) => s.grade === grade) : undefined;
}

/** A grade's name as the framework prints it ("Requires improvement to be good"). */
export function gradeName(grade: Grade, framework?: Framework | string | null): string {
  return stepOf(grade, framework)?.label ?? GRADE_LABELS[grade];
}

/** A score's top ("of 4"), for a framework that scores its areas. */
export function scoreOutOf(framework?: Framework | string | null): number {
  return stepOf('score', framework)?.outOf ?? 4;
}

/** The grades a member can choose in correcting one of the framework's judgements. */
export function choosableGrades(framework?: Framework | string | null): Exclude<Grade, 'score'>[] {
  const scale = framework ? profileOf(framework).scale : [];
  const own = scale.map((s) => s.grade).filter((g): g is Exclude<Grade, 'score'> => g !== 'score');
  if (own.length) return own;
  const all = byAge.flatMap((p) => p.scale.map((s) => s.grade));
  return GRADES_BEST_FIRST.filter((g) => all.includes(g));
}

const GRADES_BEST_FIRST: readonly Exclude<Grade, 'score'>[] = [
  'outstanding',
  'good',
  'requires_improvement',
  'inadequate',
  'adequate',
];

/** A judgement area's short name for the app's tables ("Help and protection"), as the framework
 * names it, or (no framework given, or it has none) the longest-standing profile that gives one;
 * null when none does. */
export function areaShortName(key: string, framework?: Framework | string | null): string | null {
  const own = framework
    ? profileOf(framework).judgements.find((j) => j.key === key)?.short
    : undefined;
  if (own) return own;
  for (const p of byAge) {
    const area = p.judgements.find((j) => j.key === key && j.short);
    if (area?.short) return area.short;
  }
  return null;
}

/** A judgement area's label as the report prints it, from the first profile that judges it. */
export function areaName(key: StandardJudgementKey | string): string | null {
  for (const p of byAge) {
    const area = p.judgements.find((j) => j.key === key);
    if (area) return area.label;
  }
  return null;
}
