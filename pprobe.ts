import { flateBombPdf, nestedFormsPdf, manyOperatorsPdf } from './tests/hostile/pdf-generators';
import { readPdf } from './shared/import/readers/pdf';
import { nodeGetDocument } from './host/pdfjs';
const which = process.argv[2]; const n = Number(process.argv[3]);
const bytes = which === 'bomb' ? flateBombPdf(n) : which === 'nest' ? nestedFormsPdf(n) : which === 'nest0' ? nestedFormsPdf(n, false) : manyOperatorsPdf(n);
const t = performance.now();
try { const r = await readPdf(bytes, nodeGetDocument); console.log(which, n, bytes.length, 'chars', r.pages.map((p) => p.length)); } catch (e) { console.log(which, String(e).slice(0, 200)); }
console.log(Math.round(performance.now() - t), 'ms', Math.round(process.memoryUsage().rss / 1e6), 'MB');
