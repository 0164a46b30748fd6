// The judgement labels of every framework, as the framework profiles give them
// (shared/frameworks), turned into patterns over folded text. Order matters: the profiles list a
// label before the labels it contains ("... children in care and care leavers" before "...
// children in care"), and the profiles are taken in the registry's order.
import { derived, profiles, readsTable } from '../frameworks';
import type { Framework, JudgementKey, StandardJudgementKey } from '../model';

/** A label and its area: a standard key, or (read from a table only) a framework's own `other:`
 * area. */
export interface LabelRule<Key extends JudgementKey = JudgementKey> {
  key: Key;
  pattern: RegExp;
  /** The frameworks that print this label. */
  frameworks: readonly Framework[];
}

function isStandard(key: string): key is StandardJudgementKey {
  return !key.startsWith('other:');
}

/** Every profile's label patterns once, in order; `tableOnly` keeps those of frameworks that
 * print a judgement table, with their own `other:` areas; otherwise only standard areas. */
function rulesOf(all: readonly ReturnType<typeof profiles>[number][], tableOnly: boolean) {
  const bySource = new Map<string, LabelRule>();
  for (const profile of all) {
    if (tableOnly && !readsTable(profile)) continue;
    for (const area of profile.judgements) {
      if (!tableOnly && !isStandard(area.key)) continue;
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

const allRules = derived((all) => rulesOf(all, false) as LabelRule<StandardJudgementKey>[]);
const tableRules = derived((all) => rulesOf(all, true));

/** The label rules of every framework's standard areas. */
export function labelRules(): readonly LabelRule<StandardJudgementKey>[] {
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

function startingRule<Key extends JudgementKey>(
  folded: string,
  rules: readonly LabelRule<Key>[],
): LabelRule<Key> | null {
  for (const rule of rules) {
    const m = rule.pattern.exec(folded);
    if (m && m.index <= 2) return rule;
  }
  return null;
}

/** The standard key whose label a piece of folded text starts with, if any. */
export function keyOfLabel(folded: string): StandardJudgementKey | null {
  return startingRule(folded, labelRules())?.key ?? null;
}

/** The area whose label, as a table prints it, a piece of folded text starts with, if any. */
export function keyOfTableLabel(folded: string): JudgementKey | null {
  return startingRule(folded, tableLabelRules())?.key ?? null;
}
