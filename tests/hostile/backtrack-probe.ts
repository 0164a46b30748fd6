// Run by backtracking.test.ts in a Node started with V8's backtrack limit: every adversarial family
// goes through the importer at a few hundred kilobytes. V8 names on standard error each regular
// expression that backtracked past the limit within one search (and finishes it with its linear
// engine instead), so the test reads quadratic patterns from that trace.
import { strToU8 } from 'fflate';
import { importReport } from '../../shared/import/import-report';
import {
  HTML_FRAGMENTS,
  TEXT_FRAGMENTS,
  hostilePage,
  hostileReport,
  type HtmlFragment,
  type TextFragment,
} from './text-generators';

const size = Number(process.argv[2] ?? 40_000);
const deps = { now: () => new Date('2026-11-27T10:00:00Z') };

const inputs: { name: string; text: string }[] = [];
for (const fragment of Object.keys(TEXT_FRAGMENTS) as TextFragment[]) {
  // Markdown goes through every text stage and the Markdown stripper as well.
  inputs.push({ name: `${fragment}.md`, text: hostileReport([fragment], size) });
}
for (const fragment of Object.keys(HTML_FRAGMENTS) as HtmlFragment[])
  inputs.push({ name: `${fragment}.html`, text: hostilePage([fragment], size) });

for (const { name, text } of inputs) {
  process.stderr.write(`input ${name}\n`);
  try {
    await importReport({ name, bytes: strToU8(text) }, deps);
  } catch {
    // Refusals are fine here; only the regex trace matters.
  }
}
process.stderr.write('done\n');
