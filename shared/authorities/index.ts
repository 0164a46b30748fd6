// The authorities reference list and what can be asked of it: one import for the rest of the app.
export { AUTHORITY_LIST, AUTHORITY_LIST_VERSION } from './list';
export type { AuthorityEntry } from './types';
export { foldName, nameCore } from './names';
export {
  activeOn,
  authorityByCode,
  findAuthorities,
  namesOf,
  resolveAuthorityName,
  type AuthorityMention,
} from './resolve';
export {
  authoritiesForPicker,
  describeLineage,
  lineageCodes,
  predecessorsOf,
  sameJourney,
  successorsOf,
} from './lineage';
export { authorityLabel, searchAuthorities } from './search';
export { authorityIdForCode, fileByCode } from './records';
