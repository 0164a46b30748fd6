// Ratings are per member in the pack: it counts the pack author's own ratings, or each member's in
// a column of their own, says which on the page, and gives every member's rating where they differ.
import { describe, expect, it } from 'vitest';
import { buildPackDocument } from '../../../shared/pack/build';
import { blockTexts, type PackDocument, type TableBlock } from '../../../shared/pack/document';
import type { WorkspaceData } from '../../../shared/files/envelope';
import type { BriefingPack, PackOptions } from '../../../shared/model';
import { DEFAULT_SETTINGS } from '../../../shared/model';
import { newIdentity } from '../../../shared/identity/keys';
import { renderPackHtml } from '../../../shared/pack/html';
import { MEETING, fixturePack, fixtureWorkspace, note } from '../../fixtures/packs/workspace';

const NOW = new Date('2026-04-01T09:00:00Z');
const LATER = '2026-03-05T10:00:00.000Z';
const AMARA = newIdentity(NOW);
const BEN = newIdentity(NOW);

/** The chair (Amara, this install's member) rated the first finding Red; her colleague Ben, whose
 * notes she took in, rated it Amber later, and rated the second finding Green. */
function twoRaters(): WorkspaceData {
  const data = fixtureWorkspace();
  const [f1, f2] = data.findings;
  if (!f1 || !f2) throw new Error('fixture has no findings');
  data.settings = { ...DEFAULT_SETTINGS, memberName: 'Cllr Amara Okafor', identity: AMARA };
  data.annotations = [
    ...data.annotations.filter((a) => a.id !== 'n1'),
    note('r-amara', f1, 'Cllr Amara Okafor', '', {
      kind: 'rating',
      rag: 'red',
      authorId: AMARA.memberId,
    }),
    note('r-ben', f1, 'Cllr Ben Hughes', '', {
      kind: 'rating',
      rag: 'amber',
      authorId: BEN.memberId,
      modifiedAt: LATER,
    }),
    note('r-ben-2', f2, 'Cllr Ben Hughes', '', {
      kind: 'rating',
      rag: 'green',
      authorId: BEN.memberId,
      modifiedAt: LATER,
    }),
  ];
  return data;
}

function build(
  data: WorkspaceData,
  options: Partial<PackOptions> = {},
  overrides: Partial<BriefingPack> = {},
): PackDocument {
  const pack = fixturePack(overrides);
  return buildPackDocument(data, pack, MEETING, { ...pack.options, ...options }, NOW);
}

const text = (doc: PackDocument) => doc.blocks.flatMap(blockTexts).join('\n');
const summaryTable = (doc: PackDocument) =>
  doc.blocks.find(
    (b): b is TableBlock => b.type === 'table' && b.caption.includes('rated red, amber or green'),
  );

describe('RAG ratings in the pack', () => {
  it('counts and prints the pack author\u2019s own rating, never a colleague\u2019s later one, and says so', () => {
    const doc = build(twoRaters());
    const all = text(doc);
    expect(all).toContain(
      'RAG rating: Red (Cllr Amara Okafor); members differ: Red - AO; Amber - BH',
    );
    expect(all).not.toContain('RAG rating: Amber');
    expect(all).toContain(
      'Ratings counted are those of the pack\u2019s author, Cllr Amara Okafor, as chosen for this pack',
    );
    expect(all).toContain('RAG rating: not rated by Cllr Amara Okafor; other members: Green - BH');
    expect(summaryTable(doc)?.rows).toEqual([
      ['Red', '1'],
      ['Amber', '0'],
      ['Green', '0'],
      ['Not rated', '2'],
    ]);
  });

  it('counts by member when the pack says so, one column per member, and says so on the page', () => {
    const doc = build(twoRaters(), { ratingsBy: 'members' });
    const all = text(doc);
    expect(all).toContain('Ratings are counted by member, as chosen for this pack');
    expect(all).toContain('RAG ratings: Red - AO; Amber - BH');
    const table = summaryTable(doc);
    expect(table?.headerRows).toEqual([['Rating', 'Cllr Amara Okafor', 'Cllr Ben Hughes']]);
    expect(table?.rows).toEqual([
      ['Red', '1', '0'],
      ['Amber', '0', '1'],
      ['Green', '0', '1'],
      ['Not rated', '2', '1'],
    ]);
  });

  it('counts a colleague\u2019s ratings when the pack names them as its author', () => {
    const doc = build(twoRaters(), {}, { author: 'Cllr Ben Hughes' });
    expect(summaryTable(doc)?.rows.map((r) => r[1])).toEqual(['0', '1', '1', '1']);
    expect(text(doc)).toContain(
      'RAG rating: Amber (Cllr Ben Hughes); members differ: Red - AO; Amber - BH',
    );
  });

  it('takes the ratings when "only the author\u2019s notes" leaves the colleague\u2019s notes out, and the HTML pack reads the same', () => {
    const doc = build(twoRaters(), { notes: 'mine' });
    expect(text(doc)).toContain('members differ: Red - AO; Amber - BH');
    const html = renderPackHtml(doc);
    expect(html).toContain(
      'RAG rating: Red (Cllr Amara Okafor); members differ: Red - AO; Amber - BH',
    );
    expect(html).toContain(
      'Ratings counted are those of the pack\u2019s author, Cllr Amara Okafor',
    );
  });

  it('a pack made before ratings were per member (no ratingsBy) counts the author\u2019s', () => {
    const data = twoRaters();
    const { ratingsBy: _dropped, ...old } = fixturePack().options;
    const doc = buildPackDocument(data, fixturePack({ options: old }), MEETING, old, NOW);
    expect(text(doc)).toContain('Ratings counted are those of the pack\u2019s author');
  });
});
