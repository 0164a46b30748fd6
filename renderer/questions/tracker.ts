// Questions for officers and follow-ups across every report: which rows to show, in what order.
import type { Annotation } from '../../shared/model';
import { isOpenQuestion } from '../../shared/search/filter';

export type TrackerShow = 'both' | 'questions' | 'followups';
export type TrackerDue = 'any' | 'overdue' | 'week' | 'month';
export type TrackerSort = 'followUp' | 'status' | 'authority' | 'newest';

export interface TrackerOptions {
  show: TrackerShow;
  due: TrackerDue;
  authority: string;
  onlyMine: boolean;
  sort: TrackerSort;
}

export interface TrackerRow {
  annotation: Annotation;
  authority: string;
  reportTitle: string;
}

const STATUS_ORDER = { to_ask: 0, asked: 1, answered: 2 } as const;

function addDays(today: string, days: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function trackerRows(
  rows: readonly TrackerRow[],
  o: TrackerOptions,
  memberName: string,
  today: string,
): TrackerRow[] {
  const until =
    o.due === 'overdue'
      ? addDays(today, -1)
      : o.due === 'week'
        ? addDays(today, 7)
        : o.due === 'month'
          ? addDays(today, 30)
          : null;
  const kept = rows.filter(({ annotation: a, authority }) => {
    if (a.deletedAt) return false;
    const open = isOpenQuestion(a);
    const follow = a.followUpOn !== null;
    if (o.show === 'questions' ? !open : o.show === 'followups' ? !follow : !open && !follow)
      return false;
    if (until && (!a.followUpOn || a.followUpOn > until)) return false;
    if (o.authority && authority !== o.authority) return false;
    if (o.onlyMine && a.author !== memberName) return false;
    return true;
  });
  const far = '9999-12-31';
  const compare: Record<TrackerSort, (x: TrackerRow, y: TrackerRow) => number> = {
    followUp: (x, y) =>
      (x.annotation.followUpOn ?? far).localeCompare(y.annotation.followUpOn ?? far),
    status: (x, y) =>
      STATUS_ORDER[x.annotation.question?.status ?? 'answered'] -
      STATUS_ORDER[y.annotation.question?.status ?? 'answered'],
    authority: (x, y) => x.authority.localeCompare(y.authority),
    newest: (x, y) => y.annotation.modifiedAt.localeCompare(x.annotation.modifiedAt),
  };
  return kept.sort(
    (x, y) =>
      compare[o.sort](x, y) || y.annotation.modifiedAt.localeCompare(x.annotation.modifiedAt),
  );
}
