// The judgement labels of every framework, as the framework profiles give them
// (shared/frameworks), turned into patterns over folded text. Order matters: the profiles list a
// label before the labels it contains ("... children in care and care leavers" before "...
// children in care"), and the profiles are taken in the registry's order.
import { derived, profiles, readsTable } from '../frameworks';
import type { Framework, StandardJudgementKey } from '../model';

export interface LabelRule {
  key: StandardJudgementKey;
  pattern: RegExp;
  /** The frameworks that print this label. */
  frameworks: readonly Framework[];
}

function isStandard(key: string): key is StandardJudgementKey {
  return !key.startsWith('other:');
}

/** Every profile's label patterns once, in order; `tableOnly` keeps those of frameworks that
 * print a judgement table. */
function rulesOf(all: readonly ReturnType<typeof profiles>[number][], tableOnly: boolean) {
  const bySource = new Map<string, LabelRule>();
  for (const profile of all) {
    if (tableOnly && !readsTable(profile)) continue;
    for (const area of profile.judgements) {
      if (!isStandard(area.key)) continue;
      for (const pattern of area.patterns) {
        const id = `${area.key} ${pattern.source}`;
        const known = bySource.get(id);
        bySource.set(id, {
          key: area.key,
          pattern,
          frameworks: [...(known?.frameworks ?? []), profile.framework],
        });
      }
    }
  }
  return [...bySource.values()];
}

const allRules = derived((all) => rulesOf(all, false));
const tableRules = derived((all) => rulesOf(all, true));

/** The label rules of every framework. */
export function labelRules(): readonly LabelRule[] {
  return allRules();
}

/** The label rules of the frameworks that print a judgement table. */
export function tableLabelRules(): readonly LabelRule[] {
  return tableRules();
}

const scannerSource = derived(() =>
  tableLabelRules()
    .map((r) => `(${r.pattern.source})`)
    .join('|'),
);

/** The label alternation used to scan a table region (a new object each time, as
 * it is global). */
export function labelScanner(): RegExp {
  return new RegExp(scannerSource(), 'g');
}

/** Which rule a scanned label belongs to, given the capture group that matched. Label patterns
 * have no capturing groups of their own. */
export function ruleOfMatch(match: RegExpMatchArray): LabelRule | null {
  const rules = tableLabelRules();
  for (let i = 0; i < rules.length; i += 1) {
    if (match[i + 1] !== undefined) return rules[i] ?? null;
  }
  return null;
}

/** The key whose label a piece of folded text starts with, if any. */
export function keyOfLabel(
  folded: string,
  rules: readonly LabelRule[] = labelRules(),
): StandardJudgementKey | null {
  for (const rule of rules) {
    const m = rule.pattern.exec(folded);
    if (m && m.index <= 2) return rule.key;
  }
  return null;
}
