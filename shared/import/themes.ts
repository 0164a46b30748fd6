// The rules that give findings their themes: for each theme of the starting vocabulary, the
// phrases that place a finding in it. Members see this table and add their own rules in Settings.
import type { ThemeRule } from '../model';
import { fold } from './fold';

export const STARTING_THEME_RULES: readonly ThemeRule[] = [
  {
    theme: 'front door and MASH',
    phrases: [
      'front door',
      'mash',
      'multi-agency safeguarding hub',
      'contacts and referrals',
      'referrals',
      'thresholds',
      'first contact',
      'duty team',
      'out of hours',
      'out-of-hours',
      'emergency duty',
    ],
  },
  {
    theme: 'early help',
    phrases: ['early help', 'family hub', 'family support', 'targeted support'],
  },
  {
    theme: 'child protection',
    phrases: [
      'child protection',
      'strategy discussion',
      'strategy meeting',
      'section 47',
      'significant harm',
      'protection plan',
      'pre-proceedings',
      'public law outline',
      'care proceedings',
    ],
  },
  {
    theme: 'children in need',
    phrases: ['children in need', 'child in need', 'help and protection'],
  },
  { theme: 'neglect', phrases: ['neglect'] },
  { theme: 'domestic abuse', phrases: ['domestic abuse', 'domestic violence'] },
  {
    theme: 'exploitation and missing',
    phrases: [
      'exploitation',
      'missing from home',
      'missing from care',
      'go missing',
      'goes missing',
      'went missing',
      'missing children',
      'return home interview',
      'extra-familial harm',
      'criminal exploitation',
      'county lines',
      'trafficking',
    ],
  },
  {
    theme: 'children in care',
    phrases: [
      'children in care',
      'child in care',
      'looked after',
      'care plan',
      'independent reviewing officer',
      'iro',
      'come into care',
      'coming into care',
      'entering care',
      'enter care',
    ],
  },
  {
    theme: 'permanence',
    phrases: [
      'permanence',
      'special guardianship',
      'long-term foster',
      'reunification',
      'return home',
    ],
  },
  {
    theme: 'placement sufficiency and stability',
    phrases: [
      'sufficiency',
      'placement stability',
      'placement moves',
      'placements',
      "children's homes",
      'unregistered',
      'residential',
    ],
  },
  {
    theme: 'foster carers',
    phrases: [
      'foster carer',
      'foster carers',
      'fostering',
      'foster homes',
      'kinship carer',
      'connected carer',
    ],
  },
  {
    theme: 'adoption',
    phrases: ['adoption', 'adopted', 'adopters', 'early permanence', 'regional adoption agency'],
  },
  {
    theme: 'care leavers',
    phrases: [
      'care leaver',
      'care leavers',
      'personal adviser',
      'pathway plan',
      'staying put',
      'local offer',
    ],
  },
  {
    theme: 'accommodation and homeless 16 and 17 year olds',
    phrases: [
      'homeless',
      '16- and 17-year-olds',
      '16 and 17 year olds',
      'aged 16 and 17',
      'suitable accommodation',
      'housing',
    ],
  },
  {
    theme: 'health assessments',
    phrases: [
      'health assessment',
      'health assessments',
      'health needs',
      'emotional well-being',
      'emotional wellbeing',
      'mental health',
      'health history',
    ],
  },
  {
    theme: 'education (virtual school, missing education, home education)',
    phrases: [
      'virtual school',
      'missing education',
      'missing from education',
      'home educated',
      'home education',
      'elective home',
      'school attendance',
      'education',
      'personal education plan',
    ],
  },
  {
    theme: 'disabled children',
    phrases: [
      'disabled children',
      'children with disabilities',
      'children with a disability',
      'disability team',
      'special educational needs',
    ],
  },
  { theme: 'private fostering', phrases: ['private fostering', 'privately fostered'] },
  {
    theme: 'workforce and caseloads',
    phrases: [
      'caseload',
      'caseloads',
      'workforce',
      'recruitment',
      'retention',
      'agency staff',
      'turnover',
      'workload',
    ],
  },
  {
    theme: 'management oversight and supervision',
    phrases: [
      'management oversight',
      'supervision',
      'managerial oversight',
      'oversight',
      'management decision',
    ],
  },
  {
    theme: 'quality assurance',
    phrases: [
      'quality assurance',
      'audit',
      'audits',
      'performance management',
      'performance information',
      'self-assessment',
      'self-evaluation',
    ],
  },
  {
    theme: 'partnerships',
    phrases: [
      'partner agencies',
      'partners',
      'partnership',
      'multi-agency',
      'police',
      'health partners',
      'safeguarding children board',
      'lscb',
    ],
  },
  {
    theme: 'voice of the child',
    phrases: [
      'voice of the child',
      "children's voices",
      'wishes and feelings',
      "children's views",
      'advocacy',
      'participation',
      'children in care council',
      'listened to',
    ],
  },
  {
    theme: 'leadership and governance',
    phrases: [
      'leaders',
      'leadership',
      'governance',
      'senior managers',
      "director of children's services",
      'chief executive',
      'lead member',
      'scrutiny',
      'elected members',
    ],
  },
  { theme: 'corporate parenting', phrases: ['corporate parent', 'corporate parenting'] },
];

const foldedPhrases = new Map<string, string>();

function phraseMatches(folded: string, phrase: string): boolean {
  let needle = foldedPhrases.get(phrase);
  if (needle === undefined) {
    needle = fold(phrase);
    foldedPhrases.set(phrase, needle);
  }
  let at = folded.indexOf(needle);
  while (at >= 0) {
    const before = at === 0 ? ' ' : (folded[at - 1] ?? ' ');
    const after = folded[at + needle.length] ?? ' ';
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return true;
    at = folded.indexOf(needle, at + 1);
  }
  return false;
}

/** The themes whose phrases appear in the text, in the order of the rule table (members' rules last). */
export function themesFor(text: string, memberRules: readonly ThemeRule[] = []): string[] {
  const folded = fold(text);
  const themes: string[] = [];
  for (const rule of [...STARTING_THEME_RULES, ...memberRules]) {
    if (themes.includes(rule.theme)) continue;
    if (rule.phrases.some((phrase) => phraseMatches(folded, phrase))) themes.push(rule.theme);
  }
  return themes;
}
