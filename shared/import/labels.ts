// The judgement labels of every framework (design.md, Vocabulary), as patterns over folded text.
// Order matters: longer, more specific labels are tried before the labels they contain.
import type { StandardJudgementKey } from '../model';

export interface LabelRule {
  key: StandardJudgementKey;
  pattern: RegExp;
}

const W = String.raw`\s*`;

export const LABEL_RULES: readonly LabelRule[] = [
  { key: 'overall_effectiveness', pattern: /overall effectiveness/ },
  {
    key: 'leaders',
    pattern: new RegExp(
      String.raw`(?:the )?impact of leaders on${W}(?:social work )?practice with${W}children and${W}families`,
    ),
  },
  { key: 'leaders', pattern: /leadership,? management,? and governance/ },
  {
    key: 'in_care_and_care_leavers',
    pattern: /(?:the )?experiences and progress of children in care and care leavers/,
  },
  {
    key: 'help_and_protection',
    pattern:
      /(?:the )?(?:experiences and progress of )?children (?:who need|in need of) help and protection/,
  },
  {
    key: 'care_leavers',
    pattern: /(?:the )?experiences and progress of (?:children )?care leavers/,
  },
  { key: 'in_care', pattern: /(?:the )?experiences and progress of children in care\b/ },
  { key: 'in_care', pattern: /children looked after and achieving permanence/ },
  { key: 'adoption', pattern: /adoption performance/ },
];

/** The label alternation used to scan a table region, longest first. */
export function labelScanner(): RegExp {
  return new RegExp(LABEL_RULES.map((r) => `(${r.pattern.source})`).join('|'), 'g');
}

/** Which key a scanned label belongs to, given the capture group that matched. */
export function keyOfMatch(match: RegExpMatchArray): StandardJudgementKey | null {
  for (let i = 0; i < LABEL_RULES.length; i += 1) {
    if (match[i + 1] !== undefined) return LABEL_RULES[i]?.key ?? null;
  }
  return null;
}

/** The key whose label a piece of folded text starts with, if any. */
export function keyOfLabel(folded: string): StandardJudgementKey | null {
  for (const rule of LABEL_RULES) {
    const m = rule.pattern.exec(folded);
    if (m && m.index <= 2) return rule.key;
  }
  return null;
}
