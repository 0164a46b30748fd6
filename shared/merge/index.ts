// Sharing notes without loss: the editing API and the merge every copy of the app uses.
export {
  createAnnotation,
  editAnnotation,
  deleteAnnotation,
  restoreAnnotation,
  resolveConflict,
  keepBoth,
} from './editing';
export type { AnnotationDraft, AnnotationChanges } from './editing';
export { mergeAnnotations, mergeAll, movedId } from './merge-annotations';
export { MAX_ANCESTORS, headsOf, computeRev, type Head } from './revision';
export {
  previewMerge,
  applyMerge,
  incomingOf,
  mergeChangesAnything,
  noRecordsPreview,
  type MergePreview,
  type MissingReport,
  type RecordsPreview,
} from './preview';
export { mergeCounts, mergeNotices, mergeTallies, type MergeTallies } from './describe';
export { markChangedWords, type DiffRun } from './word-diff';
