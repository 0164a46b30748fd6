// Ofsted's children's services frameworks: the single inspection framework (2013-2017) and the
// inspections of local authority children's services (ILACS, from 2018).
import type { FrameworkProfile } from './profile';

const OFSTED_GRADES = ['outstanding', 'good', 'requires_improvement', 'inadequate'] as const;

/** Signatures common to Ofsted reports: on the title page, or in "The inspection team" at the end. */
export const LEAD_INSPECTOR = [
  /(?<!eputy )\bLead inspector:?\s*([A-Z][^,\n]*?)(?=,|\n|$|\s+(?:Her|His) Majesty|\s+(?:Senior )?HMI\b|\s+Judgement\b|\s+Team inspectors?\b)/,
  /\bReporting inspector:?\s*([A-Z][^,\n]*?)(?=,|\n|$|\s+(?:Her|His) Majesty|\s+(?:Senior )?HMI\b|\s+Age group\b)/,
];

const BOILERPLATE =
  /^(?:what the inspection judgements? mean|information about this inspection|about this inspection|the inspection team)\b/;

export const SIF: FrameworkProfile = {
  framework: 'sif',
  name: 'Single inspection framework (SIF)',
  short: 'SIF',
  inspectorate: 'Ofsted',
  titles: [
    /inspection of services for children in need of help and protection,? children looked after and care leavers/,
    /single inspection framework/,
  ],
  grades: OFSTED_GRADES,
  judgements: {
    overall_effectiveness: 'Overall effectiveness',
    help_and_protection: 'Children who need help and protection',
    in_care: 'Children looked after and achieving permanence',
    adoption: 'Adoption performance',
    care_leavers: 'Experiences and progress of care leavers',
    leaders: 'Leadership, management and governance',
    lscb: 'Local Safeguarding Children Board',
  },
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
  variants: {
    '2018': 'children in care and care leavers judged together',
    '2023': 'five judgements',
    '2026': 'four judgements, no overall effectiveness',
  },
  titles: [
    /inspection of [^\n]{0,80}local authority children's services/,
    /inspection of children's social care services/,
  ],
  grades: OFSTED_GRADES,
  judgements: {
    overall_effectiveness: 'Overall effectiveness',
    leaders: 'The impact of leaders on social work practice with children and families',
    help_and_protection: 'The experiences and progress of children who need help and protection',
    in_care: 'The experiences and progress of children in care',
    care_leavers: 'The experiences and progress of care leavers',
    in_care_and_care_leavers: 'The experiences and progress of children in care and care leavers',
  },
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
  grades: [],
  judgements: {},
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
