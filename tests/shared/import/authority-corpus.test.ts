// The importer files every report of ../shared/corpus under its council's LA code, from the title
// and, with the title pages left out, from the body's wording alone. Needs the corpus: without it
// (a checkout elsewhere) these tests are skipped, and say so in their name.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importReport } from '../../../shared/import/import-report';
import { resolveReportAuthority } from '../../../shared/import/authority';
import { nodeGetDocument } from '../../../host/pdfjs';

// ../shared/corpus beside the checkout (or beside the folder of worktrees), or where SCRUTINY_CORPUS says.
const ROOT = join(import.meta.dirname, '../../..');
const CORPUS =
  [
    process.env.SCRUTINY_CORPUS,
    join(ROOT, '../shared/corpus'),
    join(ROOT, '../../shared/corpus'),
  ].find((d) => d && existsSync(join(d, 'expected.csv'))) ?? '';
const present = CORPUS !== '';

/** Each report's DfE LA code, written down from DfE's list, not from our resolver. */
const CODES: Record<string, string> = {
  'birmingham-2014-05-23-sif.pdf': '330',
  'blackpool-2026-07-28-ilacs-2026.pdf': '890',
  'bristol-2023-03-10-ilacs-2023.pdf': '801',
  'bromley-2019-01-07-ilacs-2018.pdf': '305',
  'cheshire-west-and-chester-2024-08-28-ilacs-2023.pdf': '896',
  'coventry-2017-06-13-sif.pdf': '331',
  'croydon-2024-12-03-ilacs-2023.pdf': '306',
  'east-sussex-2024-02-06-ilacs-2023.pdf': '845',
  'haringey-2018-12-14-ilacs-2018.pdf': '309',
  'herefordshire-2022-09-21-ilacs-2018.pdf': '884',
  'kensington-and-chelsea-2016-03-29-sif.pdf': '207',
  'kent-2026-02-02-ilacs-2023.pdf': '886',
  'lancashire-2026-08-20-ilacs-2026.pdf': '888',
  'manchester-2014-09-03-sif.pdf': '352',
  'merton-2025-08-27-ilacs-2023.pdf': '315',
  'norfolk-2013-08-16-other.pdf': '926',
  'north-yorkshire-2018-08-06-ilacs-2018.pdf': '815',
  'oldham-2019-03-04-ilacs-2018.pdf': '353',
  'portsmouth-2014-09-01-sif.pdf': '851',
  'richmond-upon-thames-2022-03-18-ilacs-2018.pdf': '318',
  'rotherham-2014-11-19-sif.pdf': '372',
  'somerset-2026-06-17-ilacs-2026.pdf': '933',
  'southwark-2017-06-13-sif.pdf': '210',
  'st-helens-2015-01-20-sif.pdf': '342',
  'st-helens-2019-11-04-ilacs-2018.pdf': '342',
  'telford-wrekin-2020-03-02-ilacs-2018.pdf': '894',
  'warwickshire-2025-10-14-ilacs-2023.pdf': '937',
  'windsor-maidenhead-2024-11-19-ilacs-2023.pdf': '868',
};

describe.skipIf(!present)(
  'authorities of the real reports in ../shared/corpus (skipped when the corpus is absent)',
  () => {
    it('lists every report of the answer key', async () => {
      const files = (await readFile(join(CORPUS, 'expected.csv'), 'utf8'))
        .split('\n')
        .slice(1)
        .map((l) => l.split(',')[0])
        .filter((f) => f && !f.includes('not-a-pdf'));
      expect(files.sort()).toEqual(Object.keys(CODES).sort());
    });

    it.each(Object.entries(CODES))(
      '%s is filed under %s, by its title and by its body alone',
      async (file, code) => {
        const result = await importReport(
          { name: file, bytes: new Uint8Array(await readFile(join(CORPUS, file))) },
          { getDocument: nodeGetDocument, now: () => new Date('2026-12-01T00:00:00Z') },
        );
        expect(result.report.authorityCode).toBe(code);
        expect(result.authority).toMatchObject({ code, id: `authority-la-${code}` });
        // The body: every finding's paragraph, without the title pages or the name they give.
        const body = result.findings.map((f) => ({ text: f.text }));
        expect(resolveReportAuthority(body, null, result.report.publishedOn).entry?.code).toBe(
          code,
        );
      },
      60_000,
    );
  },
);
