// Folding an authority's name to its core ("Leeds City Council", "City of Leeds", "Leeds" are all
// "leeds"), so names are matched by identity words, not by the council's title around them.

const PREFIXES = [
  'the ',
  'royal borough of ',
  'london borough of ',
  'metropolitan borough of ',
  'city and county of ',
  'council of the ',
  'borough of ',
  'city of ',
  'county of ',
  'county ',
];

const SUFFIXES = [
  ' metropolitan borough council',
  ' metropolitan district council',
  ' metropolitan borough',
  ' borough council',
  ' city council',
  ' county council',
  ' district council',
  ' unitary authority',
  ' local authority',
  ' childrens services trust',
  ' childrens services',
  ' childrens trust',
  ' children first',
  ' corporation',
  ' council',
  ' city of',
  ' county of',
  ' borough',
  ' city',
  ' county',
];

/** Lower case, no accents or apostrophes, "&" as "and", punctuation and hyphens as spaces. */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2018\u2019\u02bc`´]/g, '')
    .replace(/&/g, ' and ')
    .replace(/\bst\.\s*/g, 'st ')
    .replace(/\bsaint\b/g, 'st')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The identity words of a name: its folded form without council titles before or after. */
export function nameCore(text: string): string {
  let core = foldName(text);
  for (let changed = true; changed && core.length > 0;) {
    changed = false;
    for (const prefix of PREFIXES) {
      if (core.startsWith(prefix) && core.length > prefix.length) {
        core = core.slice(prefix.length);
        changed = true;
      }
    }
    for (const suffix of SUFFIXES) {
      if (core.endsWith(suffix) && core.length > suffix.length) {
        core = core.slice(0, -suffix.length);
        changed = true;
      }
    }
  }
  return core.trim();
}
