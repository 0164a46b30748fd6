// The language a member marked a note as being in, from its tags: "Cymraeg" or "Welsh" (cy-GB),
// or "lang:<BCP 47 tag>" for any other. Packs mark that note's paragraphs with it, so screen
// readers switch voice and Word checks the right spelling.
const NAMED: Record<string, string> = {
  cymraeg: 'cy-GB',
  welsh: 'cy-GB',
  'cy-gb': 'cy-GB',
  cy: 'cy-GB',
};
const TAG = /^lang:([a-z]{2,3}(?:-[a-z0-9]{2,8})*)$/i;

/** The BCP 47 tag a note's tags ask for, or undefined for the pack's own language. */
export function noteLanguage(tags: readonly string[]): string | undefined {
  for (const raw of tags) {
    const tag = raw.trim().toLowerCase();
    const named = NAMED[tag];
    if (named) return named;
    const match = TAG.exec(raw.trim());
    if (match?.[1])
      return match[1].replace(
        /-([a-z0-9]+)$/i,
        (_, region: string) => `-${region.length === 2 ? region.toUpperCase() : region}`,
      );
  }
  return undefined;
}
