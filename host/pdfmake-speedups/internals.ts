// What the speed-ups share: pdfmake's own CommonJS modules (the ones `import 'pdfmake'` loads), and
// pdfmake's test for a set value.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A pdfmake module's default export, from pdfmake/js. */
export function moduleOf<T>(path: string): T {
  return (require(path) as { default: T }).default;
}

/** pdfmake's isValue: neither undefined nor null. */
export const isValue = (value: unknown): boolean => value !== undefined && value !== null;
