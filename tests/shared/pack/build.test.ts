// buildPackDocument: what a pack holds, whose notes go in, previous grades, and bad input.
import { describe, expect, it } from 'vitest';
import { buildPackDocument } from '../../../shared/pack/build';
import { blockTexts, type PackDocument } from '../../../shared/pack/document';
import { isInputError } from '../../../shared/errors';
import { packFileName } from '../../../shared/pack/file-name';
import { MEETING, fixturePack, fixtureWorkspace } from '../../fixtures/packs/workspace';
import type { BriefingPack } from '../../../shared/model';

const NOW = new Date('2026-04-01T09:00:00Z');

function build(overrides: Partial<BriefingPack> = {}, data = fixtureWorkspace()): PackDocument {
  const pack = fixturePack(overrides);
  return buildPackDocument(data, pack, MEETING, pack.options, NOW);
}

function text(doc: PackDocument): string {
  return doc.blocks.flatMap(blockTexts).join('\n');
}

describe('buildPackDocument', () => {
  it('fills the cover and metadata from the pack and its meeting', () => {
    const doc = build({ marking: 'OFFICIAL', exempt: true, status: 'final' });
    expect(doc.metadata).toMatchObject({
      language: 'en-GB',
      committee: MEETING.committee,
      meetingDate: '2026-04-14',
      agendaItem: '7',
      status: 'final',
      preparedOn: '2026-04-01',
      exempt: true,
    });
    expect(text(doc)).toContain('OFFICIAL: EXEMPT (confidential item)');
    expect(text(doc)).toContain('14 April 2026');
  });

  it('has the default sections of design.md in order', () => {
    const headings = build()
      .blocks.filter((b) => b.type === 'heading' && b.level === 1)
      .map((b) => (b.type === 'heading' ? b.text : ''));
    expect(headings.slice(1)).toEqual([
      'The committee is asked to',
      'Purpose of this pack',
      'Judgement summary',
      'Inspection summary',
      'Key findings by theme',
      'Lines of enquiry',
      'Recommendations and progress',
      'Source references',
      'Background papers',
    ]);
    expect(build().blocks.some((b) => b.type === 'toc')).toBe(true);
  });

  it('includes every chosen finding and none that were not chosen', () => {
    const all = text(build());
    for (const word of ['Zanzibar', 'Quixote', 'Marmalade']) expect(all).toContain(word);
    for (const word of ['Unchosen Yodel', 'Unchosen Kumquat', 'Unchosen Walrus'])
      expect(all).not.toContain(word);
  });

  it('takes a whole report when the report itself is chosen', () => {
    const all = text(build({ items: [{ type: 'report', reportId: 'devon-2025' }] }));
    expect(all).toContain('Unchosen Yodel');
    expect(all).toContain('Unchosen Walrus');
    expect(all).not.toContain('Kumquat');
  });

  it('leaves out deleted (tombstoned) notes', () => {
    expect(text(build())).not.toContain('Tombstone note');
  });

  it('takes everyone’s notes, only the author’s, or none, as the options say', () => {
    const options = fixturePack().options;
    expect(text(build())).toContain('Welsh note');
    const mine = text(build({ options: { ...options, notes: 'mine' } }));
    expect(mine).toContain('Pelican note');
    expect(mine).not.toContain('Welsh note');
    const none = text(build({ options: { ...options, notes: 'none' } }));
    expect(none).not.toContain('Pelican note');
    expect(none).not.toContain('Welsh note');
  });

  it('attributes notes and questions to their authors, with the question’s status and answer', () => {
    const callouts = build().blocks.filter((b) => b.type === 'callout');
    expect(callouts).toContainEqual(
      expect.objectContaining({ variant: 'note', label: 'Note from Cllr Dafydd Jones' }),
    );
    expect(callouts).toContainEqual(
      expect.objectContaining({
        variant: 'question',
        label: 'Question from Cllr Amara Okafor (Answered)',
        answer: 'Officers said 64 per cent (Answer Ibis).',
      }),
    );
  });

  it('shows previous grades from the same authority’s earlier report, else from the report’s own statement', () => {
    const table = build().blocks.find(
      (b) => b.type === 'table' && b.headerRows[0]?.[0] === 'Judgement',
    );
    expect(table?.type === 'table' && table.rows).toEqual([
      [
        'Overall effectiveness',
        'Inadequate',
        'Requires improvement to be good (March 2022 inspection)',
      ],
      [
        'The experiences and progress of care leavers',
        'Requires improvement to be good',
        'Good (2019 inspection)',
      ],
    ]);
  });

  it('finds the previous grade for reports that print no publication date, across frameworks, by their inspection dates', () => {
    const data = fixtureWorkspace();
    // Two ILACS reports with no printed publication date: placed by when their inspections ended.
    data.reports = data.reports.map((r) =>
      r.id === 'devon-2022'
        ? { ...r, publishedOn: null, inspectionDates: '7 to 18 February 2022' }
        : { ...r, publishedOn: null, inspectionDates: '3 to 14 March 2025' },
    );
    // The earlier report judged children in care and care leavers together (ILACS 2018 variant).
    data.judgements.push({
      id: 'devon-2022-j-combined',
      reportId: 'devon-2022',
      key: 'in_care_and_care_leavers',
      label: 'The experiences and progress of children in care and care leavers',
      grade: 'good',
      gradeText: 'Good',
      score: null,
      order: 1,
    });
    const table = build({}, data).blocks.find(
      (b) => b.type === 'table' && b.headerRows[0]?.[0] === 'Judgement',
    );
    expect(table?.type === 'table' && table.rows).toEqual([
      [
        'Overall effectiveness',
        'Inadequate',
        'Requires improvement to be good (February 2022 inspection)',
      ],
      [
        'The experiences and progress of care leavers',
        'Requires improvement to be good',
        'Good (February 2022 inspection)',
      ],
    ]);
  });

  it('tracks recommendations with their actions, and cites page and paragraph', () => {
    const all = text(build());
    expect(all).toContain('Evidence Otter');
    expect(all).toContain('In progress');
    expect(all).toContain('page 2, paragraph 11');
  });

  it('drops sections the options turn off', () => {
    const options = {
      judgementTable: false,
      notes: 'none' as const,
      questions: false,
      ragSummary: false,
      recommendations: false,
      sourceReferences: false,
    };
    const doc = build({ options });
    expect(doc.blocks.some((b) => b.type === 'table')).toBe(false);
    expect(text(doc)).not.toContain('Lines of enquiry');
    expect(text(doc)).not.toContain('Heron question');
  });

  it('refuses an empty pack with a message saying what to do', () => {
    let caught: unknown;
    try {
      build({ items: [] });
    } catch (error) {
      caught = error;
    }
    expect(isInputError(caught)).toBe(true);
    expect((caught as Error).message).toMatch(
      /^The pack has no reports or findings: add some in the pack builder/,
    );
  });

  it('warns about a finding deleted after it was chosen and builds the rest', () => {
    const doc = build({
      items: [
        { type: 'finding', findingId: 'gone-finding' },
        { type: 'finding', findingId: 'devon-2025-f1' },
      ],
    });
    expect(doc.warnings).toEqual([
      expect.stringContaining('(gone-finding) has been deleted since it was chosen'),
    ]);
    expect(text(doc)).toContain('Zanzibar');
  });

  it('keeps every word of a 10,000-word note, in parts of at most 300 words, each later part "(continued)" with its author', () => {
    const data = fixtureWorkspace();
    const long = Array.from({ length: 100 }, (_, i) =>
      `Line ${i} ${'word '.repeat(99)}`.trim(),
    ).join('\n');
    const first = data.annotations[0];
    if (first) first.body = long;
    const blocks = build({}, data).blocks;
    const start = blocks.findIndex(
      (b) => b.type === 'callout' && b.label === 'Note from Cllr Amara Okafor (RAG: Red)',
    );
    const parts = blocks
      .slice(start)
      .filter((b, i) => b.type === 'callout' && (i === 0 || b.continued === true));
    expect(parts.length).toBeGreaterThan(30);
    parts
      .slice(1)
      .forEach((p) =>
        expect(p.type === 'callout' && p.label).toBe('Note from Cllr Amara Okafor (continued)'),
      );
    const paragraphs = parts.flatMap((p) => (p.type === 'callout' ? p.paragraphs : []));
    expect(paragraphs).toHaveLength(100);
    expect(paragraphs.join(' ').split(/\s+/).length).toBe(10_100);
    for (const p of parts)
      expect(
        p.type === 'callout' && p.paragraphs.join(' ').split(/\s+/).length,
      ).toBeLessThanOrEqual(300);
  });
});

describe('packFileName', () => {
  it('names the file from committee, date and title, without characters file systems refuse', () => {
    const doc = build({ title: 'Ofsted: care leavers / "draft"' });
    expect(packFileName(doc, 'pdf', new Date(2026, 3, 10, 9, 30, 15))).toBe(
      "Children and Young People's Overview and Scrutiny Committee 2026-04-14 Ofsted care leavers draft (exported 2026-04-10-093015).pdf",
    );
  });

  it('gives a second export of the same day its own name', () => {
    const doc = build({});
    expect(packFileName(doc, 'docx', new Date(2026, 3, 10, 9, 30, 15))).not.toBe(
      packFileName(doc, 'docx', new Date(2026, 3, 10, 14, 2, 0)),
    );
  });
});

describe('orphaned notes', () => {
  it('are kept in the pack with a warning, only for notes the pack takes', () => {
    const data = fixtureWorkspace();
    const welsh = data.annotations.find((a) => a.id === 'n2');
    if (welsh) welsh.orphaned = true;
    const everyone = build({}, data);
    expect(everyone.warnings).toEqual([
      expect.stringContaining('A note by Cllr Dafydd Jones no longer matches its finding'),
    ]);
    expect(text(everyone)).toContain('Welsh note');
    const options = fixturePack().options;
    expect(build({ options: { ...options, notes: 'mine' } }, data).warnings).toEqual([]);
  });
});

describe('a corrected grade in the pack', () => {
  it('prints the corrected grade with who corrected it and when', () => {
    const data = fixtureWorkspace();
    // The current report's overall effectiveness (the pack's report), read as Inadequate.
    const judgement = data.judgements[1];
    if (!judgement) throw new Error('no judgement');
    const corrected = {
      ...judgement,
      grade: 'good' as const,
      gradeText: 'Good',
      score: null,
      correction: {
        imported: {
          grade: judgement.grade,
          gradeText: judgement.gradeText,
          score: judgement.score,
        },
        by: 'Cllr Amara Okafor',
        at: '2026-03-03T10:00:00.000Z',
      },
    };
    const all = text(
      build(
        {},
        {
          ...data,
          judgements: [data.judgements[0], corrected, ...data.judgements.slice(2)].filter(
            (j) => j !== undefined,
          ),
        },
      ),
    );
    expect(all).toContain('Good (corrected by Cllr Amara Okafor, 3 March 2026)');
    expect(text(build({}, data))).not.toContain('corrected by');
  });
});
