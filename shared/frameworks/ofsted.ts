// Ofsted's children's services frameworks: the single inspection framework (2013-2017) and the
// inspections of local authority children's services (ILACS, from 2018).
import type { FrameworkProfile, GradeStep, JudgementArea } from './profile';

/** Ofsted's four-point scale; SIF prints "Requires improvement", ILACS "... to be good". */
export const OFSTED_SCALE: readonly GradeStep[] = [
  { grade: 'outstanding', label: 'Outstanding', phrase: /outstanding/ },
  { grade: 'good', label: 'Good', phrase: /good/ },
  {
    grade: 'requires_improvement',
    label: 'Requires improvement to be good',
    phrase: /requires? improvement(?: to be good)?/,
  },
  { grade: 'inadequate', label: 'Inadequate', phrase: /inadequate/ },
];

/** Signatures common to Ofsted reports: on the title page, or in "The inspection team" at the end. */
export const LEAD_INSPECTOR = [
  /(?<!eputy )\bLead inspector:?\s*([A-Z][^,\n]*?)(?=,|\n|$|\s+(?:Her|His) Majesty|\s+(?:Senior )?HMI\b|\s+Judgement\b|\s+Team inspectors?\b)/,
  /\bReporting inspector:?\s*([A-Z][^,\n]*?)(?=,|\n|$|\s+(?:Her|His) Majesty|\s+(?:Senior )?HMI\b|\s+Age group\b)/,
];

const BOILERPLATE =
  /^(?:what the inspection judgements? mean|information about this inspection|about this inspection|the inspection team)\b/;

const W = String.raw`\s*`;

/** Labels both frameworks print (a wrapped line reads as a space). */
const OVERALL: JudgementArea = {
  key: 'overall_effectiveness',
  label: 'Overall effectiveness',
  short: 'Overall effectiveness',
  patterns: [/overall effectiveness/],
};
const HELP_AND_PROTECTION =
  /(?:the )?(?:experiences and progress of )?children (?:who need|in need of) help and protection/;
const CARE_LEAVERS = /(?:the )?experiences and progress of (?:children )?care leavers/;

export const SIF: FrameworkProfile = {
  framework: 'sif',
  name: 'Single inspection framework (SIF)',
  short: 'SIF',
  inspectorate: 'Ofsted',
  titles: [
    /inspection of services for children in need of help and protection,? children looked after and care leavers/,
    /single inspection framework/,
  ],
  scale: OFSTED_SCALE,
  judgements: [
    OVERALL,
    {
      key: 'help_and_protection',
      label: 'Children who need help and protection',
      short: 'Help and protection',
      patterns: [HELP_AND_PROTECTION],
    },
    {
      key: 'in_care',
      label: 'Children looked after and achieving permanence',
      short: 'Children in care',
      patterns: [/children looked after and achieving permanence/],
    },
    {
      key: 'adoption',
      label: 'Adoption performance',
      short: 'Adoption',
      patterns: [/adoption performance/],
    },
    {
      key: 'care_leavers',
      label: 'Experiences and progress of care leavers',
      short: 'Care leavers',
      patterns: [CARE_LEAVERS],
    },
    {
      key: 'leaders',
      label: 'Leadership, management and governance',
      short: 'Impact of leaders',
      patterns: [/leadership,? management,? and governance/],
    },
    // Stated in a sentence ("The Local Safeguarding Children Board is good"), not in the table.
    {
      key: 'lscb',
      label: 'The Local Safeguarding Children Board',
      short: 'Safeguarding board',
      patterns: [],
    },
  ],
  judgementsFrom: 'table and statements',
  headings: [
    'Executive summary',
    'Summary of findings',
    'Summary',
    'Inspection findings',
    'Recommendations',
    'Information about this inspection',
    'Contents',
  ],
  sections: {
    recommendations:
      /^(?:recommendations?|what does the (?:local authority|lscb) need to improve|areas? for improvement|priority and immediate action)\b/,
    strengths: /^the (?:local authority's|lscb's) strengths\b/,
    context:
      /^(?:information about this local authority area|(?:children|child protection|children looked after) (?:living )?in this area|local leadership|previous ofsted inspections|other ofsted inspections|other information about this area|the local authority$|the local safeguarding children board \(lscb\)$)/,
    boilerplate: BOILERPLATE,
  },
  leadInspector: LEAD_INSPECTOR,
};

export const ILACS: FrameworkProfile = {
  framework: 'ilacs',
  name: 'ILACS',
  short: 'ILACS',
  inspectorate: 'Ofsted',
  variants: [
    {
      id: '2018',
      description: 'children in care and care leavers judged together',
      judges: [
        'overall_effectiveness',
        'leaders',
        'help_and_protection',
        'in_care_and_care_leavers',
      ],
      marks: ['in_care_and_care_leavers'],
    },
    {
      id: '2023',
      description: 'five judgements',
      judges: [
        'overall_effectiveness',
        'leaders',
        'help_and_protection',
        'in_care',
        'care_leavers',
      ],
      marks: ['in_care', 'care_leavers'],
    },
    {
      id: '2026',
      description: 'four judgements, no overall effectiveness',
      judges: ['leaders', 'help_and_protection', 'in_care', 'care_leavers'],
      marks: ['in_care', 'care_leavers'],
    },
  ],
  titles: [
    /inspection of [^\n]{0,80}local authority children's services/,
    /inspection of children's social care services/,
  ],
  scale: OFSTED_SCALE,
  judgements: [
    OVERALL,
    {
      key: 'leaders',
      label: 'The impact of leaders on social work practice with children and families',
      short: 'Impact of leaders',
      // From 2026 also "... on practice with children and families".
      patterns: [
        new RegExp(
          String.raw`(?:the )?impact of leaders on${W}(?:social work )?practice with${W}children and${W}families`,
        ),
      ],
    },
    {
      key: 'help_and_protection',
      label: 'The experiences and progress of children who need help and protection',
      short: 'Help and protection',
      patterns: [HELP_AND_PROTECTION],
    },
    {
      key: 'in_care_and_care_leavers',
      label: 'The experiences and progress of children in care and care leavers',
      short: 'Children in care and care leavers',
      patterns: [/(?:the )?experiences and progress of children in care and care leavers/],
    },
    {
      key: 'in_care',
      label: 'The experiences and progress of children in care',
      short: 'Children in care',
      patterns: [/(?:the )?experiences and progress of children in care\b/],
    },
    {
      key: 'care_leavers',
      label: 'The experiences and progress of care leavers',
      short: 'Care leavers',
      patterns: [CARE_LEAVERS],
    },
  ],
  judgementsFrom: 'table',
  headings: ['What needs to improve?', 'What needs to improve'],
  sections: {
    recommendations:
      /^(?:what needs to improve|what does the local authority need to improve|areas? for improvement|priority (?:and immediate )?action)\b/,
    recommendationItems: 'bullets',
    boilerplate: BOILERPLATE,
  },
  leadInspector: LEAD_INSPECTOR,
};

export const FOCUSED_VISIT: FrameworkProfile = {
  framework: 'focused-visit',
  name: 'Focused visit',
  short: 'Focused visit',
  inspectorate: 'Ofsted',
  titles: [/\bfocused visit\b/],
  scale: [],
  judgements: [],
  judgementsFrom: 'none',
  headings: [],
  sections: {
    recommendations:
      /^(?:areas? for (?:priority action|improvement)|what needs to improve|priority action)\b/,
    boilerplate: BOILERPLATE,
  },
  leadInspector: LEAD_INSPECTOR,
};

export const MONITORING_VISIT: FrameworkProfile = {
  ...FOCUSED_VISIT,
  framework: 'monitoring-visit',
  name: 'Monitoring visit',
  short: 'Monitoring visit',
  titles: [/\bmonitoring visit\b/],
};
