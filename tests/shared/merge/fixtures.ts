// Shared fixtures for the merge tests: a target and small helpers to make annotations.
import type { AnnotationTarget } from '../../../shared/model';

export const TARGET: AnnotationTarget = {
  reportId: 'rep-1',
  findingId: 'fin-1',
  findingText: 'Care leavers do not always have a pathway plan that reflects their needs.',
  selector: null,
};

export const T = (minute: number): string =>
  new Date(Date.UTC(2026, 10, 27, 9, minute)).toISOString();
