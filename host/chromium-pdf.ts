// The accessible PDF from the command line: the pack's print document printed by a local Chromium
// or Google Chrome in headless mode, which writes a tagged PDF (structure tree, /Lang, outline).
import { execFile } from 'node:child_process';
import { access, constants, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { InputError } from '../shared/errors';

const run = promisify(execFile);

/** Where Chromium and Chrome are installed on each system, most likely first. */
const CANDIDATES: Record<string, string[]> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files\\Chromium\\Application\\chrome.exe',
  ],
};

export const CHROMIUM_VARIABLE = 'SCRUTINY_CHROMIUM';

export const NO_CHROMIUM =
  '--accessible prints the pack with Chromium or Google Chrome, and neither was found: install one (Debian or Ubuntu: "sudo apt install chromium"; Windows or macOS: Google Chrome), or set SCRUTINY_CHROMIUM to its path.';

/** The browser to print with: $SCRUTINY_CHROMIUM if set, else the first installed candidate. */
export async function findChromium(
  env: NodeJS.ProcessEnv,
  platform: string,
  isExecutable: (path: string) => Promise<boolean> = executable,
): Promise<string> {
  const chosen = env[CHROMIUM_VARIABLE]?.trim();
  if (chosen) {
    if (await isExecutable(chosen)) return chosen;
    throw new InputError(
      `SCRUTINY_CHROMIUM is "${chosen}", which is not a program that can be run; point it at Chromium or Google Chrome, or unset it.`,
      'chromium-missing',
    );
  }
  for (const path of CANDIDATES[platform] ?? []) {
    if (await isExecutable(path)) return path;
  }
  throw new InputError(NO_CHROMIUM, 'chromium-missing');
}

async function executable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** True when the PDF has a structure tree: what makes it tagged rather than only printed. */
export function hasStructureTree(pdf: Uint8Array): boolean {
  return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).includes('/StructTreeRoot');
}

/** Print a whole HTML document to PDF with a headless Chromium, tagged and with an outline. */
export async function printWithChromium(html: string, browser: string): Promise<Uint8Array> {
  const folder = await mkdtemp(join(tmpdir(), 'scrutiny-print-'));
  try {
    const page = join(folder, 'pack.html');
    const output = join(folder, 'pack.pdf');
    await writeFile(page, html);
    const args = [
      '--headless',
      '--disable-gpu',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-extensions',
      '--disable-sync',
      `--user-data-dir=${join(folder, 'profile')}`,
      // The document has no script, and its Content-Security-Policy lets it load and run nothing
      // (turning script off with --blink-settings stops headless Chromium printing at all).
      '--no-pdf-header-footer',
      '--generate-pdf-document-outline',
      // Older Chromes tag only when asked; newer ones tag by default and ignore this.
      '--export-tagged-pdf',
      `--print-to-pdf=${output}`,
      // Chromium refuses to start as root with its sandbox on (containers, CI).
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      pathToFileURL(page).href,
    ];
    try {
      await run(browser, args, { timeout: 300_000, maxBuffer: 16 * 1024 * 1024 });
    } catch (error) {
      throw new InputError(
        `${browser} could not print the pack: ${((error as Error).message.split('\n')[0] ?? '').slice(0, 300)}`,
        'chromium-failed',
      );
    }
    const bytes = new Uint8Array(await readFile(output).catch(() => Buffer.alloc(0)));
    if (bytes.byteLength === 0)
      throw new InputError(
        `${browser} printed no PDF; update Chromium or Google Chrome, or set SCRUTINY_CHROMIUM to another one.`,
        'chromium-failed',
      );
    if (!hasStructureTree(bytes)) {
      throw new InputError(
        `${browser} wrote a PDF without tags (too old to tag PDFs); update it to Chromium or Chrome 124 or later.`,
        'chromium-untagged',
      );
    }
    return bytes;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
