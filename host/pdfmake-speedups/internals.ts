// What the speed-ups share: pdfmake's own CommonJS modules (the ones `import 'pdfmake'` loads), and
// pdfmake's test for a set value.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A pdfmake module's default export, from pdfmake/js. */
export function moduleOf<T>(path: string): T {
  return (require(path) as { default: T }).default;
}

/** The pdfmake (and pdfkit) whose internals the speed-ups were written and checked against. A
 * different version is left as it is: slower, but drawn by its own code. */
const CHECKED = { pdfmake: '0.3.11', pdfkit: '0.19.1' };

const versionOf = (from: NodeJS.Require, name: string): string =>
  (from(`${name}/package.json`) as { version: string }).version;

/** Whether the installed pdfmake, and the pdfkit it loads, are the versions the speed-ups were
 * checked against. */
export function checkedVersions(): boolean {
  const fromPdfmake = createRequire(require.resolve('pdfmake/package.json'));
  return (
    versionOf(require, 'pdfmake') === CHECKED.pdfmake &&
    versionOf(fromPdfmake, 'pdfkit') === CHECKED.pdfkit
  );
}

/** pdfmake's isValue: neither undefined nor null. */
export const isValue = (value: unknown): boolean => value !== undefined && value !== null;
