// Adding a framework is one new profile and its tests: a future children's services report card,
// with its own judgement labels, grade scale, headings and signature, is registered here and
// nowhere else, and the importer, the CLI's summary and the app's labels all read it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  frameworkLabel,
  frameworkName,
  profileOf,
  registerProfile,
  type FrameworkProfile,
} from '../../../shared/frameworks';
import { importText } from '../../../shared/import/import-report';
import { describeImport } from '../../../shared/import/summary';
import { gradeText as packGradeText } from '../../../shared/pack/format';
import type { Framework } from '../../../shared/model';
import { areaLabel, choosableGrades, gradeLabel } from '../../../renderer/library/labels';
import { deps } from '../import/helpers';

/** A key the vocabulary does not hold yet: a real new framework also adds it to FRAMEWORKS (the
 * file format's contract, design.md), which this toy does not need to be read, summarised and
 * labelled. */
const REPORT_CARD = 'report-card' as Framework;

const PROFILE: FrameworkProfile = {
  framework: REPORT_CARD,
  name: "Children's services report card",
  short: 'Report card',
  inspectorate: 'Ofsted',
  titles: [/children's services report card/],
  scale: [
    { grade: 'outstanding', label: 'Exceptional', phrase: /exceptional/ },
    { grade: 'good', label: 'Strong', phrase: /strong/ },
    { grade: 'requires_improvement', label: 'Needs attention', phrase: /needs attention/ },
    { grade: 'inadequate', label: 'Urgent improvement', phrase: /urgent improvement/ },
  ],
  judgements: [
    {
      key: 'leaders',
      label: 'Leadership and practice',
      short: 'Leadership',
      patterns: [/leadership and practice/],
    },
    {
      key: 'help_and_protection',
      label: 'Help, support and protection',
      short: 'Help and protection',
      patterns: [/help, support and protection/],
    },
    {
      key: 'in_care_and_care_leavers',
      label: 'Children in care and leaving care',
      short: 'In and leaving care',
      patterns: [/children in care and leaving care/],
    },
    // An area of its own, outside the standard keys.
    { key: 'other:inclusion', label: 'Inclusion', patterns: [/inclusion/] },
  ],
  judgementsFrom: 'table',
  headings: ['Next steps'],
  sections: { recommendations: /^next steps\b/, recommendationItems: 'bullets' },
  leadInspector: [/\bSigned by:?\s*([A-Z][^,(\n]*?)\s*\(lead inspector\)/i],
};

const REPORT = [
  "Children's services report card",
  'Inspection dates: 1 to 12 March 2027',
  'Signed by: Ruth Okafor (Lead inspector)',
  '',
  'Area Grade',
  '',
  'Leadership and practice',
  'Strong',
  '',
  'Help, support and protection',
  'Needs attention',
  '',
  'Children in care and leaving care',
  'Exceptional',
  '',
  'Inclusion',
  'Strong',
  '',
  'What we found',
  '',
  'Leaders at Devon County Council know their services well and have invested in a stable, skilled workforce of social workers.',
  '',
  'Too many children wait too long for a child protection conference, and plans are not reviewed quickly enough when risks change.',
  '',
  'Children in care live in homes that meet their needs, and care leavers are helped to find good accommodation.',
  '',
  'Next steps',
  '',
  '• The timeliness of initial child protection conferences.',
  '• The review of child protection plans when risks to children change.',
].join('\n');

describe('a framework added as one profile', () => {
  let remove: () => void = () => undefined;
  beforeAll(() => {
    remove = registerProfile(PROFILE);
  });
  afterAll(() => remove());

  it('is imported in its own shape: labels, grade scale, recommendations and signature', () => {
    const result = importText(REPORT, deps, 'devon-report-card.txt');
    expect(result.report.framework).toBe(REPORT_CARD);
    expect(result.report.title).toBe("Children's services report card");
    expect(result.report.variant).toBeNull();
    expect(result.report.leadInspector).toBe('Ruth Okafor');
    expect(result.report.authorityCode).toBe('878');
    expect(result.judgements.map((j) => [j.key, j.label, j.grade, j.gradeText])).toEqual([
      ['leaders', 'Leadership and practice', 'good', 'Strong'],
      [
        'help_and_protection',
        'Help, support and protection',
        'requires_improvement',
        'Needs attention',
      ],
      [
        'in_care_and_care_leavers',
        'Children in care and leaving care',
        'outstanding',
        'Exceptional',
      ],
      ['other:inclusion', 'Inclusion', 'good', 'Strong'],
    ]);
    expect(result.findings.filter((f) => f.kind === 'recommendation').map((f) => f.text)).toEqual([
      'The timeliness of initial child protection conferences.',
      'The review of child protection plans when risks to children change.',
    ]);
    // The table is the judgements, never findings.
    expect(result.findings.some((f) => /^Leadership and practice/.test(f.text))).toBe(false);
    expect(result.warnings).toEqual([]);
  });

  it("is summarised by the CLI's code in its own words", () => {
    const summary = describeImport(importText(REPORT, deps, 'devon-report-card.txt'));
    expect(summary.split('\n')[0]).toBe("Children's services report card");
    expect(summary).toContain("Authority: Devon · Ofsted · Children's services report card");
    expect(summary).toContain('Lead inspector: Ruth Okafor');
    expect(summary).toContain('  Leadership and practice: Strong');
    expect(summary).toContain('  Help, support and protection: Needs attention');
    expect(summary).toContain('  Children in care and leaving care: Exceptional');
    expect(summary).toContain('  Inclusion: Strong');
  });

  it("is labelled in the app's lists and grade choices", () => {
    expect(frameworkLabel(REPORT_CARD, null)).toBe('Report card');
    expect(frameworkName(REPORT_CARD, null)).toBe("Children's services report card");
    expect(gradeLabel('requires_improvement', null, REPORT_CARD)).toBe('Needs attention');
    expect(choosableGrades(REPORT_CARD).map((g) => gradeLabel(g, null, REPORT_CARD))).toEqual([
      'Exceptional',
      'Strong',
      'Needs attention',
      'Urgent improvement',
    ]);
    expect(
      areaLabel('in_care_and_care_leavers', 'Children in care and leaving care', REPORT_CARD),
    ).toBe('In and leaving care');
    // Ofsted's frameworks keep their own words beside it, and a table spanning frameworks too.
    expect(gradeLabel('requires_improvement', null, 'ilacs')).toBe(
      'Requires improvement to be good',
    );
    expect(areaLabel('in_care_and_care_leavers', 'Children in care and leaving care')).toBe(
      'Children in care and care leavers',
    );
  });
  it("is named in a briefing pack's judgement tables where the report printed no grade words", () => {
    const unprinted = { grade: 'requires_improvement' as const, gradeText: '', score: null };
    expect(packGradeText(unprinted, REPORT_CARD)).toBe('Needs attention');
    expect(packGradeText(unprinted, 'ilacs')).toBe('Requires improvement to be good');
    expect(packGradeText({ ...unprinted, gradeText: 'Needs attention ' }, REPORT_CARD)).toBe(
      'Needs attention',
    );
  });
});

describe('the registry is the only place that knows it', () => {
  it('reads the same report as unrecognised once the profile is taken out', () => {
    const remove = registerProfile(PROFILE);
    remove();
    expect(profileOf(REPORT_CARD).framework).toBe('unknown');
    const result = importText(REPORT, deps, 'devon-report-card.txt');
    expect(result.report.framework).not.toBe(REPORT_CARD);
    expect(result.judgements).toEqual([]);
  });
});

describe('the built-in profiles', () => {
  it("name a grade in Ofsted's words where the report's framework is not known", async () => {
    const { gradeName } = await import('../../../shared/frameworks');
    expect(gradeName('requires_improvement')).toBe('Requires improvement to be good');
    expect(gradeName('requires_improvement', 'sif')).toBe('Requires improvement to be good');
    expect(gradeName('requires_improvement', 'peel')).toBe('Requires improvement');
  });

  it('describe every framework of the vocabulary once, each judged area by a label it prints', async () => {
    const { FRAMEWORKS, JUDGEMENT_LABELS } = await import('../../../shared/model');
    const { profiles } = await import('../../../shared/frameworks');
    expect(
      profiles()
        .map((p) => p.framework)
        .sort(),
    ).toEqual([...FRAMEWORKS].sort());
    for (const profile of profiles())
      for (const area of profile.judgements)
        expect(area.key in JUDGEMENT_LABELS || area.key.startsWith('other:')).toBe(true);
  });
});
