// The system tools the tests need beyond Node (Debian package names), one list shared by
// `npm run setup`, `.ci/run` and the check `npm test` makes first. Plain JavaScript so that it
// runs before `npm ci` has installed anything.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Each Debian package, and how to tell it is here: a program on PATH or a file. */
export const SYSTEM_TOOLS = [
  {
    pkg: 'chromium',
    check: () => existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'),
    why: 'browser tests',
  },
  {
    pkg: 'poppler-utils',
    check: () => onPath('pdftotext') && onPath('pdfinfo'),
    why: 'PDF reader tests',
  },
  { pkg: 'pandoc', check: () => onPath('pandoc'), why: 'Word reader tests' },
  {
    pkg: 'libreoffice-writer-nogui',
    check: () => onPath('soffice') || onPath('libreoffice'),
    why: 'Word-to-PDF reader tests',
  },
  { pkg: 'qpdf', check: () => onPath('qpdf'), why: 'the accessible PDF reader test' },
  {
    pkg: 'fonts-dejavu-core',
    check: () => existsSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'),
    why: 'fonts for the PDF readers',
  },
];

function onPath(program) {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .some((folder) => folder && existsSync(join(folder, program)));
}

/** The Debian packages whose tools are missing here. */
export function missingSystemTools() {
  return SYSTEM_TOOLS.filter((tool) => !tool.check()).map((tool) => tool.pkg);
}
