// An authority's journey as a grid a member reads at a glance: one row per judgement area, one
// column per inspection (oldest first, headed by its month and year), each cell the grade in words.
// A column from before a reorganisation or a change of name says which council it was.
import { authorityByCode } from '../authorities';
import { frameworkLabel } from '../frameworks';
import type { Judgement, Report } from '../model';
import { authorityJourney, type JourneyEntry } from './journey';
import { inspectionDate, inspectionMonth } from './inspection-name';

export interface JourneyColumn {
  id: string;
  /** The report the column's grades are in; null for grades a later report states. */
  reportId: string | null;
  /** "March 2022" ("2016" for stated grades, known only by year). */
  heading: string;
  /** "March 2022 inspection". */
  inspection: string;
  /** The framework, for small print: "ILACS 2018"; "Stated in a later report". */
  framework: string;
  /** "as Northamptonshire" where the inspection was of a council the authority took over, or under a former name. */
  authorityNote: string | null;
}

export interface JourneyRow {
  key: string;
  label: string;
  /** One per column, null where the area was not judged at that inspection. */
  cells: (JourneyEntry | null)[];
}

export interface JourneyGrid {
  columns: JourneyColumn[];
  rows: JourneyRow[];
}

type GridReport = Pick<
  Report,
  | 'id'
  | 'publishedOn'
  | 'inspectionDates'
  | 'framework'
  | 'variant'
  | 'previousGrades'
  | 'importedAt'
  | 'authority'
  | 'authorityCode'
>;

/** Areas in the order reports print them; other inspectorates' areas follow as they come. */
const AREA_ORDER = [
  'overall_effectiveness',
  'leaders',
  'help_and_protection',
  'in_care_and_care_leavers',
  'in_care',
  'care_leavers',
  'adoption',
  'lscb',
];

/** Which council a report was of, in words, when it is not the authority the journey belongs to. */
function authorityNote(report: GridReport, code: string | null): string | null {
  if (!code || !report.authorityCode) return null;
  if (report.authorityCode !== code)
    return `as ${authorityByCode(report.authorityCode)?.name ?? report.authority}`;
  const when = inspectionDate(report);
  const former = when ? authorityByCode(code)?.formerNames?.find((f) => when < f.until) : undefined;
  return former ? `as ${former.name}` : null;
}

/** The grid of an authority's journey; `code` is the authority's LA code (null for a report not yet filed). */
export function journeyGrid(
  reports: readonly GridReport[],
  judgements: readonly Pick<
    Judgement,
    'reportId' | 'key' | 'label' | 'grade' | 'gradeText' | 'score' | 'order'
  >[],
  code: string | null,
): JourneyGrid {
  const journey = authorityJourney(reports, judgements);
  const byReport = new Map(reports.map((r) => [r.id, r]));
  const columns: JourneyColumn[] = [];
  const columnOf = (e: JourneyEntry) => e.reportId ?? `stated-${e.year ?? 'unknown'}`;
  for (const e of journey) {
    const id = columnOf(e);
    if (columns.some((c) => c.id === id)) continue;
    const report = e.reportId ? byReport.get(e.reportId) : undefined;
    columns.push({
      id,
      reportId: e.reportId,
      heading: report
        ? (inspectionMonth(report) ?? 'Date not known')
        : e.year === null
          ? 'Year not known'
          : String(e.year),
      inspection: e.inspection,
      framework: frameworkLabel(e.framework, e.variant),
      authorityNote: report ? authorityNote(report, code) : null,
    });
  }
  const keys = [...new Set(journey.map((e) => e.key))].sort((a, b) => rank(a) - rank(b));
  const rows = keys.map((key) => {
    const cells = columns.map(
      (c) => journey.find((e) => e.key === key && columnOf(e) === c.id) ?? null,
    );
    const label = journey.find((e) => e.key === key)?.label ?? key;
    return { key, label, cells };
  });
  return { columns, rows };
}

function rank(key: string): number {
  const i = AREA_ORDER.indexOf(key);
  return i === -1 ? AREA_ORDER.length : i;
}
