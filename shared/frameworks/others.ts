// Reports from other inspectorates and shapes the importer reads without grading them as Ofsted's.
import { LEAD_INSPECTOR, OFSTED_SCALE } from './ofsted';
import type { FrameworkProfile } from './profile';

const GENERIC_SECTIONS = {
  recommendations:
    /^(?:what needs to improve|recommendations?|areas? for (?:priority action|improvement)|priority (?:and immediate )?action|in order to improve|next steps|areas? to improve)\b/,
  context: /^(?:contents|about this inspection|the local authority area|local authority area)\b/,
  boilerplate: /^(?:what the inspection judgements? mean|information about this inspection)\b/,
};

export const JTAI: FrameworkProfile = {
  framework: 'jtai',
  name: 'Joint targeted area inspection',
  short: 'JTAI',
  inspectorate: 'Ofsted, CQC, HMICFRS and HMIP',
  titles: [/joint targeted area inspection/],
  scale: [],
  judgements: [],
  judgementsFrom: 'none',
  headings: [],
  sections: GENERIC_SECTIONS,
  leadInspector: [/\bLead inspector:?\s*([A-Z][^,\n]*?)(?=,|\n|$)/],
};

export const CQC_LA: FrameworkProfile = {
  framework: 'cqc-la',
  name: 'CQC local authority assessment',
  short: 'CQC local authority assessment',
  inspectorate: 'CQC',
  titles: [
    /^(?=[^]*(?:care quality commission|\bcqc\b))(?=[^]*(?:local authority assessment|assessment of [a-z ]+ (?:council|local authority)))/,
  ],
  scale: [{ grade: 'score', label: 'Score', phrase: /[1-4] out of 4/, outOf: 4 }],
  judgements: [],
  judgementsFrom: 'own scale',
  ownScale: 'score',
  headings: [],
  sections: GENERIC_SECTIONS,
  leadInspector: [],
  titleFromFirstLine: true,
};

export const PEEL: FrameworkProfile = {
  framework: 'peel',
  name: 'HMICFRS PEEL',
  short: 'PEEL',
  inspectorate: 'HMICFRS',
  titles: [/\bpeel\b/, /police effectiveness, efficiency and legitimacy/],
  scale: [
    { grade: 'outstanding', label: 'Outstanding', phrase: /outstanding/ },
    { grade: 'good', label: 'Good', phrase: /good/ },
    { grade: 'adequate', label: 'Adequate', phrase: /adequate/ },
    {
      grade: 'requires_improvement',
      label: 'Requires improvement',
      phrase: /requires improvement/,
    },
    { grade: 'inadequate', label: 'Inadequate', phrase: /inadequate/ },
  ],
  judgements: [],
  judgementsFrom: 'own scale',
  ownScale: 'words',
  headings: [],
  sections: GENERIC_SECTIONS,
  leadInspector: [],
  titleFromFirstLine: true,
};

export const SUMMARY: FrameworkProfile = {
  framework: 'summary',
  name: 'Summary of an inspection',
  short: 'Summary of an inspection',
  inspectorate: 'Ofsted',
  titles: [],
  scale: OFSTED_SCALE,
  judgements: [],
  judgementsFrom: 'sentences',
  headings: [],
  sections: GENERIC_SECTIONS,
  // Ofsted's older inspections (looked after children, 2013) sign "Reporting inspector Name HMI".
  leadInspector: LEAD_INSPECTOR,
  titleFromFirstLine: true,
};

export const UNKNOWN: FrameworkProfile = {
  ...SUMMARY,
  framework: 'unknown',
  name: 'Not recognised',
  short: 'Other report',
  unrecognised: true,
};
