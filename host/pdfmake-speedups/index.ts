// Speed-ups for pdfmake 0.3 in Node, where a large briefing pack is set word by word: words
// measured with their style resolved once per run (measure.ts), words of the same look drawn as
// one run (runs.ts), and each font's word widths remembered (widths.ts). The PDF is the same,
// word for word and place for place; only the time to make it changes. They reach into pdfmake's
// and pdfkit's internals, so they go in only for the versions they were checked against.
import { checkedVersions, moduleOf } from './internals';
import { fastStyleLookups } from './measure';
import { wholeRuns } from './runs';
import { rememberedWidths } from './widths';

/** Where the installed speed-ups keep their removal: on pdfmake's own Renderer class, which every
 * importer of pdfmake shares (even test files with module registries of their own). */
const INSTALLED = Symbol.for('scrutiny-desk/pdfmake-speedups');
type Holder = { [INSTALLED]?: () => void };
const holder = (): Holder => moduleOf<Holder>('pdfmake/js/Renderer.js');

/** Installs the speed-ups in the pdfmake that `import 'pdfmake'` loads, once, if it is a version
 * they were checked against; returns their removal. */
export function installPdfmakeSpeedups(): () => void {
  const shared = holder();
  const installed = shared[INSTALLED];
  if (installed) return installed;
  if (!checkedVersions()) return () => {};
  const removals = [fastStyleLookups(), wholeRuns(), rememberedWidths()];
  const remove = () => {
    if (shared[INSTALLED] !== remove) return;
    removals.forEach((undo) => undo());
    Reflect.deleteProperty(shared, INSTALLED);
  };
  shared[INSTALLED] = remove;
  return remove;
}

/** Whether the speed-ups are in. */
export function pdfmakeSpeedupsInstalled(): boolean {
  return holder()[INSTALLED] !== undefined;
}

/** Takes the speed-ups out of pdfmake, if they are in. */
export function removePdfmakeSpeedups(): void {
  holder()[INSTALLED]?.();
}
