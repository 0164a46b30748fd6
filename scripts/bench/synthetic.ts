// A realistic, deterministic workspace of any size for benchmarks and tests: authorities,
// ILACS reports with text, judgements, sections, findings with themes and source references
// into that text, and annotations of every kind by several members.
import type {
  Annotation,
  AnnotationKind,
  Finding,
  FindingKind,
  Judgement,
  Report,
  Section,
} from '../../shared/model';
import {
  FINDING_KINDS,
  GRADES,
  JUDGEMENT_KEYS,
  JUDGEMENT_LABELS,
  GRADE_LABELS,
  STARTING_THEMES,
} from '../../shared/model';
import { emptyWorkspaceData, type WorkspaceData } from '../../shared/files/envelope';
import { DEFAULT_PACK_OPTIONS } from '../../shared/model';
import { authorityIdForCode, resolveAuthorityName } from '../../shared/authorities';

export interface SyntheticOptions {
  reports: number;
  findingsPerReport: number;
  annotations: number;
  seed: number;
}

/** mulberry32: a small seeded generator, so every run builds the same workspace. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AUTHORITIES = [
  'County Durham',
  'Devon',
  'Leeds',
  'Norfolk',
  'Kent',
  'Sheffield',
  'Cumberland',
  'Bristol',
  'Camden',
  'Wigan',
  'Hampshire',
  'Stockport',
  'Lincolnshire',
  'Sunderland',
  'Walsall',
  'Essex',
];
const MEMBERS = [
  'Cllr Amara Okafor',
  'Cllr Dafydd Price',
  'Cllr Siobhán Ní Bhriain',
  'Cllr Li Wei',
  'Cllr Yusuf Rahman',
];
const SECTION_TITLES = [
  'Headline findings',
  'The experiences and progress of children who need help and protection',
  'The experiences and progress of children in care',
  'The experiences and progress of care leavers',
  'The impact of leaders on social work practice with children and families',
];
const OPENINGS = [
  'Leaders have',
  'Social workers have',
  'Too many children',
  'Most care leavers',
  'Managers do not always',
  'Children in care are',
  'Partners in the MASH',
  'Independent reviewing officers',
];
const MIDDLES = [
  'made steady progress in improving',
  'not ensured consistent quality in',
  'benefited from stronger oversight of',
  'experienced delays in',
  'been supported well through',
  'been helped by a clear focus on',
];
const ENDINGS = [
  'pathway plans that reflect their wishes.',
  'timely strategy discussions when risks escalate.',
  'the stability of their homes and relationships.',
  'supervision that challenges drift and delay.',
  'suitable accommodation when they turn 18.',
  'direct work that captures the voice of the child.',
];
const NOTES = [
  'Ask the director how this compares with last year.',
  'Raise at corporate parenting panel — link to sufficiency strategy.',
  'الرعاية بعد ترك الرعاية: متابعة مع الضباط',
  'Good news story for the annual report 👍',
  'Check the caseload figures in the Q3 performance pack.',
];
const TAGS = ['budget', 'sufficiency', 'workforce', 'panel', 'follow-up', 'good news'];
const KINDS: readonly AnnotationKind[] = ['note', 'highlight', 'question', 'rating'];

const pad = (n: number) => String(n).padStart(6, '0');
const iso = (base: number, offsetMinutes: number) =>
  new Date(base + offsetMinutes * 60_000).toISOString();
const SHA = (n: number) => n.toString(16).padStart(8, '0').repeat(8);

export function syntheticWorkspace(options: SyntheticOptions): WorkspaceData {
  const rand = random(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const base = Date.UTC(2024, 0, 1);
  const data: WorkspaceData = {
    ...emptyWorkspaceData(),
    authorities: AUTHORITIES.slice(
      0,
      Math.max(1, Math.min(AUTHORITIES.length, options.reports)),
    ).map((name) => {
      const code = resolveAuthorityName(name)?.code ?? '840';
      return { id: authorityIdForCode(code), name, code };
    }),
    settings: {
      id: 'settings',
      memberName: MEMBERS[0] ?? '',
      defaultMarking: 'OFFICIAL',
      themeRules: [{ theme: 'care leavers', phrases: ['pathway plan'] }],
      lastBackupAt: null,
      identity: null,
      colleagues: [],
    },
  };

  for (let r = 0; r < options.reports; r++) {
    const authority = data.authorities[r % data.authorities.length] ?? {
      id: authorityIdForCode('840'),
      name: 'County Durham',
      code: '840',
    };
    const reportId = `rpt-${pad(r)}`;
    const sections: Section[] = [];
    const findings: Finding[] = [];
    let text = `${authority.name} inspection of children's social care services\n\n`;
    let paragraph = 1;
    const perSection = Math.ceil(options.findingsPerReport / SECTION_TITLES.length);
    for (let s = 0; s < SECTION_TITLES.length && findings.length < options.findingsPerReport; s++) {
      const title = SECTION_TITLES[s] ?? 'Findings';
      const sectionStart = text.length;
      text += `${title}\n\n`;
      const section: Section = {
        id: `${reportId}-s${s}`,
        reportId,
        title,
        order: s,
        source: { page: s + 1, paragraph, start: sectionStart, end: sectionStart + title.length },
      };
      sections.push(section);
      for (let f = 0; f < perSection && findings.length < options.findingsPerReport; f++) {
        const sentence = `${pick(OPENINGS)} ${pick(MIDDLES)} ${pick(ENDINGS)} In ${authority.name}, ${pick(OPENINGS).toLowerCase()} ${pick(MIDDLES)} ${pick(ENDINGS)}`;
        const start = text.length;
        text += `${sentence}\n\n`;
        paragraph++;
        const kind: FindingKind = pick(FINDING_KINDS);
        findings.push({
          id: `${reportId}-f${pad(findings.length)}`,
          reportId,
          sectionId: section.id,
          section: title,
          order: findings.length,
          kind,
          text: sentence,
          themes: [pick(STARTING_THEMES), ...(rand() < 0.4 ? [pick(STARTING_THEMES)] : [])].filter(
            (t, i, all) => all.indexOf(t) === i,
          ),
          source: { page: s + 1, paragraph, start, end: start + sentence.length },
        });
      }
    }
    const published = new Date(base - r * 86_400_000 * 9);
    const report: Report = {
      id: reportId,
      authorityId: authority.id,
      authority: authority.name,
      authorityCode: authority.code,
      title: `${authority.name} inspection of local authority children's services`,
      inspectorate: 'Ofsted',
      framework: 'ilacs',
      variant: '2023',
      publishedOn: published.toISOString().slice(0, 10),
      inspectionDates: '30 September to 11 October 2024',
      leadInspector: 'Lead inspector',
      source: {
        name: `${authority.name.toLowerCase()}-${r}.pdf`,
        size: text.length * 2,
        sha256: SHA(r + 1),
        mediaType: 'application/pdf',
      },
      text,
      pageStarts: sections.map((s) => s.source.start),
      previousGrades: [
        {
          key: 'overall_effectiveness',
          label: 'Overall effectiveness',
          grade: 'requires_improvement',
          year: 2019,
        },
      ],
      warnings: [],
      importedAt: iso(base, r),
    };
    const judgements: Judgement[] = JUDGEMENT_KEYS.filter(
      (k) => k !== 'in_care_and_care_leavers' && k !== 'adoption' && k !== 'lscb',
    ).map((key, order) => {
      const grade = pick(GRADES.filter((g) => g !== 'score' && g !== 'adequate'));
      return {
        id: `${reportId}-j${order}`,
        reportId,
        key,
        label: JUDGEMENT_LABELS[key],
        grade,
        gradeText: GRADE_LABELS[grade],
        score: null,
        order,
      };
    });
    data.reports.push(report);
    data.judgements.push(...judgements);
    data.sections.push(...sections);
    data.findings.push(...findings);
  }

  for (let a = 0; a < options.annotations && data.findings.length > 0; a++) {
    const finding = data.findings[Math.floor(rand() * data.findings.length)] as Finding;
    const kind = KINDS[a % KINDS.length] ?? 'note';
    const author = pick(MEMBERS);
    const words = finding.text.split(' ');
    const from = Math.floor(rand() * Math.max(1, words.length - 4));
    const exact = words.slice(from, from + 3).join(' ');
    const at = finding.text.indexOf(exact);
    const created = iso(base, 100_000 + a);
    const annotation: Annotation = {
      id: `ann-${pad(a)}`,
      author,
      authorId: null,
      createdAt: created,
      kind,
      target: {
        reportId: finding.reportId,
        findingId: finding.id,
        findingText: finding.text,
        selector:
          kind === 'highlight' || rand() < 0.3
            ? {
                type: 'TextQuoteSelector',
                exact,
                prefix: finding.text.slice(Math.max(0, at - 32), at),
                suffix: finding.text.slice(at + exact.length, at + exact.length + 32),
              }
            : null,
      },
      body: kind === 'highlight' ? '' : pick(NOTES),
      question:
        kind === 'question'
          ? rand() < 0.5
            ? { status: 'to_ask', answer: '' }
            : { status: 'answered', answer: 'Officers report a new sufficiency plan from April.' }
          : null,
      rag: kind === 'rating' ? pick(['red', 'amber', 'green'] as const) : null,
      priority: rand() < 0.3 ? pick(['high', 'medium', 'low'] as const) : null,
      tags: rand() < 0.4 ? [pick(TAGS)] : [],
      followUpOn: rand() < 0.2 ? iso(base, 600_000 + a * 10).slice(0, 10) : null,
      deletedAt: rand() < 0.03 ? iso(base, 200_000 + a) : null,
      rev: `1-${a.toString(16)}`,
      modifiedAt: created,
      modifiedBy: author,
      ancestors: [],
      conflicts: [],
      orphaned: false,
    };
    data.annotations.push(annotation);
  }

  const first = data.reports[0];
  if (first) {
    data.meetings.push({
      id: 'mtg-000001',
      committee: "Children and Young People's Overview and Scrutiny Committee",
      date: '2025-03-10',
      agendaItem: '7',
      agendaTitle: 'Ofsted inspection of children’s services',
      createdAt: iso(base, 1),
      modifiedAt: iso(base, 2),
    });
    data.packs.push({
      id: 'pack-000001',
      meetingId: 'mtg-000001',
      title: `Briefing: ${first.title}`,
      marking: 'OFFICIAL',
      exempt: false,
      author: MEMBERS[0] ?? '',
      status: 'draft',
      options: DEFAULT_PACK_OPTIONS,
      items: [{ type: 'report', reportId: first.id }],
      createdAt: iso(base, 3),
      modifiedAt: iso(base, 4),
    });
    const recommendation = data.findings.find((f) => f.kind === 'recommendation');
    if (recommendation) {
      data.actions.push({
        id: 'act-000001',
        reportId: recommendation.reportId,
        findingId: recommendation.id,
        owner: 'Director of Children’s Services',
        dueOn: '2025-09-30',
        status: 'in_progress',
        evidence: 'Audit of pathway plans due in June.',
        modifiedAt: iso(base, 5),
      });
    }
  }
  return data;
}
