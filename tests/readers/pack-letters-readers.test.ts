// No lost letters in the fast PDF: notes in Arabic and Hebrew are drawn in the embedded Noto
// fallbacks (pdffonts sees them, pdftotext reads the words back), emoji are printed as their
// names, and the member is told exactly that.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packPdfBytes } from '../../host/pdfmake';
import { buildPackDocument } from '../../shared/pack/build';
import { emojiName } from '../../shared/pack/emoji';
import { ARABIC_FONT, HEBREW_FONT, scriptRuns } from '../../shared/pack/pdf-scripts';
import { MEETING, fixturePack, fixtureWorkspace, note } from '../fixtures/packs/workspace';

const run = promisify(execFile);
const ARABIC = 'خطط المسار للشباب';
const HEBREW = 'שאלה על תוכניות המעבר';

let folder = '';
let fonts = '';
let text = '';
let warnings: string[] = [];

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'scrutiny-pack-letters-'));
  const data = fixtureWorkspace();
  const finding = data.findings[0];
  if (!finding) throw new Error('fixture has no finding');
  data.annotations.push(
    note('ar', finding, 'Cllr Layla Haddad', `${ARABIC} 👍`),
    note('he', finding, 'Cllr Noa Levi', HEBREW),
    note('mixed', finding, 'Cllr Ben Hughes', 'Pathway plans 👍🏽 in Arabic: المسار'),
  );
  const pack = fixturePack();
  const result = await packPdfBytes(
    buildPackDocument(data, pack, MEETING, pack.options, new Date('2026-04-01T09:00:00Z')),
  );
  warnings = result.warnings;
  const path = join(folder, 'letters.pdf');
  await writeFile(path, result.bytes);
  fonts = (await run('pdffonts', [path])).stdout;
  // pdftotext wraps right-to-left text in embedding marks; the words are what a reader sees.
  text = (await run('pdftotext', ['-enc', 'UTF-8', path, '-'])).stdout.replace(
    /[\u202A-\u202E]/g,
    '',
  );
}, 180_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('the fast PDF with Arabic, Hebrew and emoji', () => {
  it('embeds the Noto fallbacks for Arabic and Hebrew', () => {
    expect(fonts).toMatch(/\+NotoNaskhArabic\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    expect(fonts).toMatch(/\+NotoSansHebrew\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  it('prints the Arabic and Hebrew words, which pdftotext reads back in order', () => {
    expect(text).toContain(ARABIC);
    expect(text).toContain(HEBREW);
    expect(text).toContain('in Arabic: المسار');
  });

  it('prints each emoji as its name, and says so in one warning with no letters missing', () => {
    expect(text).toContain('[thumbs up]');
    expect(text).toContain('Pathway plans [thumbs up] in Arabic');
    expect(text).not.toContain('👍');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^The fast PDF has no emoji font, so its 2 kinds of emoji are printed as names in square brackets \(👍 as "\[thumbs up\]"/,
    );
  });
});

describe('the fast PDF with no Arabic or Hebrew', () => {
  it('embeds Roboto only, not the Noto fallbacks', async () => {
    const pack = fixturePack();
    const result = await packPdfBytes(
      buildPackDocument(
        fixtureWorkspace(),
        pack,
        MEETING,
        pack.options,
        new Date('2026-04-01T09:00:00Z'),
      ),
    );
    const path = join(folder, 'latin.pdf');
    await writeFile(path, result.bytes);
    const latin = (await run('pdffonts', [path])).stdout;
    expect(latin).toMatch(/\+Roboto-Regular\s+CID TrueType/);
    expect(latin).not.toMatch(/Noto/);
  }, 60_000);
});

describe('scriptRuns and emojiName', () => {
  it('keeps English and Welsh as one untouched run', () => {
    expect(scriptRuns('Mae’r gwasanaeth yn gwella: ŵyr')).toEqual([
      { text: 'Mae’r gwasanaeth yn gwella: ŵyr', font: null },
    ]);
  });

  it('gives an Arabic or Hebrew phrase one run in its font, words in drawing order', () => {
    expect(scriptRuns(`Note: ${HEBREW}.`)).toEqual([
      { text: 'Note: ', font: null },
      { text: 'המעבר תוכניות על שאלה ', font: HEBREW_FONT },
      { text: '.', font: null },
    ]);
    expect(scriptRuns('مرحبا')).toEqual([{ text: 'مرحبا ', font: ARABIC_FONT }]);
  });

  it('names emoji, with skin tones and flags', () => {
    expect(emojiName('👍')).toBe('thumbs up');
    expect(emojiName('🇬🇧')).toBe('flag United Kingdom');
    expect(emojiName('❤️')).toBe('red heart');
  });
});
