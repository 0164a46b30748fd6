// Whose words the pack prints: the writer and last editor of each note, colleagues' versions not
// yet settled (with a warning), and "my notes" meaning what the share bundle means by it.
import { describe, expect, it } from 'vitest';
import { buildPackDocument } from '../../../shared/pack/build';
import { blockTexts, type CalloutBlock, type PackDocument } from '../../../shared/pack/document';
import { isMine } from '../../../shared/files/bundle';
import { selectForPack } from '../../../shared/pack/select';
import type { WorkspaceData } from '../../../shared/files/envelope';
import type { BriefingPack, PackOptions } from '../../../shared/model';
import {
  MEETING,
  fixturePack,
  fixtureWorkspace,
  note,
  otherVersion,
  sharedWorkspace,
} from '../../fixtures/packs/workspace';

const NOW = new Date('2026-04-01T09:00:00Z');

function build(
  data: WorkspaceData,
  overrides: Partial<BriefingPack> = {},
  options: Partial<PackOptions> = {},
): PackDocument {
  const pack = fixturePack(overrides);
  return buildPackDocument(data, pack, MEETING, { ...pack.options, ...options }, NOW);
}

function callouts(doc: PackDocument): CalloutBlock[] {
  return doc.blocks.filter((b): b is CalloutBlock => b.type === 'callout');
}

function text(doc: PackDocument): string {
  return doc.blocks.flatMap(blockTexts).join('\n');
}

describe('attribution of notes and questions', () => {
  it('names the editor beside the writer when someone else wrote the current words', () => {
    const edited = callouts(build(sharedWorkspace())).find((c) =>
      c.paragraphs.join(' ').includes('Pelican note, edited'),
    );
    expect(edited?.label).toBe('Note from Cllr Amara Okafor, edited by Cllr Ben Hughes (RAG: Red)');
  });

  it('names only the writer when they made the last edit, whatever the case of the name', () => {
    const data = fixtureWorkspace();
    data.annotations = data.annotations.map((a) =>
      a.id === 'n2' ? { ...a, modifiedBy: ' cllr dafydd jones ' } : a,
    );
    expect(callouts(build(data)).map((c) => c.label)).toContain('Note from Cllr Dafydd Jones');
  });

  it('names the editor of a question and of the RAG rating too', () => {
    const data = fixtureWorkspace();
    data.annotations = data.annotations.map((a) =>
      a.id === 'q1' || a.id === 'n1' ? { ...a, modifiedBy: 'Cllr Ben Hughes' } : a,
    );
    const doc = build(data);
    expect(callouts(doc).map((c) => c.label)).toContain(
      'Question from Cllr Amara Okafor, edited by Cllr Ben Hughes (Answered)',
    );
    expect(text(doc)).toContain('RAG rating: Red (Cllr Amara Okafor, edited by Cllr Ben Hughes)');
  });
});

describe('versions not yet settled', () => {
  it('prints each colleague’s version after the current one, labelled with its writer', () => {
    const labels = callouts(build(sharedWorkspace())).map((c) => [
      c.variant,
      c.label,
      c.paragraphs.join(' '),
    ]);
    const current = labels.findIndex(([, , body]) => body?.includes('Pelican note, edited'));
    expect(labels[current + 1]).toEqual([
      'unsettled',
      'Another version, by Cllr Dafydd Jones, not yet settled (RAG: Amber)',
      'Ask when the audit will report (Osprey version).',
    ]);
    const question = labels.findIndex(([, , body]) => body?.includes('Heron question'));
    expect(labels[question + 1]).toEqual([
      'unsettled',
      'Another version, by Cllr Ben Hughes, not yet settled (To ask)',
      'How many care leavers have no pathway plan at all? (Kestrel version)',
    ]);
  });

  it('warns how many notes have versions not yet settled', () => {
    expect(build(sharedWorkspace()).warnings).toEqual([
      '2 notes have versions not yet settled; settle them in Share notes.',
    ]);
    expect(build(fixtureWorkspace()).warnings).toEqual([]);
  });

  it('shows a colleague’s unsettled deletion rather than dropping it', () => {
    const data = fixtureWorkspace();
    data.annotations = data.annotations.map((a) =>
      a.id === 'n2'
        ? {
            ...a,
            conflicts: [
              otherVersion(a, 'Cllr Ben Hughes', a.body, { deletedAt: '2026-03-02T10:00:00.000Z' }),
            ],
          }
        : a,
    );
    const doc = build(data);
    expect(callouts(doc).map((c) => c.label)).toContain(
      'Another version, by Cllr Ben Hughes, not yet settled: Cllr Ben Hughes deleted this note',
    );
    expect(doc.warnings).toEqual([
      '1 note has versions not yet settled; settle them in Share notes.',
    ]);
  });

  it('prints a colleague’s words even when the current version has none', () => {
    const data = fixtureWorkspace();
    const target = data.findings[0];
    if (!target) throw new Error('fixture has no findings');
    const blank = note('n9', target, 'Cllr Amara Okafor', '', { rag: 'green' });
    data.annotations.push({
      ...blank,
      conflicts: [otherVersion(blank, 'Cllr Ben Hughes', 'Ben wrote words here (Puffin version).')],
    });
    expect(text(build(data))).toContain('Puffin version');
  });

  it('counts only the notes the pack prints, as the notes and questions options say', () => {
    const data = sharedWorkspace();
    // Dafydd's own notes take Amara's note he wrote a version of, but not her question.
    expect(build(data, { author: 'Cllr Dafydd Jones' }, { notes: 'mine' }).warnings).toEqual([
      '1 note has versions not yet settled; settle them in Share notes.',
    ]);
    expect(build(data, {}, { notes: 'none' }).warnings).toEqual([
      '1 note has versions not yet settled; settle them in Share notes.',
    ]);
    expect(build(data, {}, { notes: 'none', questions: false }).warnings).toEqual([]);
    expect(text(build(data, {}, { notes: 'none', questions: false }))).not.toContain(
      'Osprey version',
    );
  });
});

describe('"mine": notes the pack author wrote or last edited', () => {
  it('takes a colleague’s note the pack author last edited, or wrote an unsettled version of', () => {
    const data = fixtureWorkspace();
    const [f1, f2] = data.findings;
    if (!f1 || !f2) throw new Error('fixture has no findings');
    const edited = {
      ...note('m1', f1, 'Cllr Dafydd Jones', 'Dafydd wrote it, Amara edited it (Gannet note).'),
      modifiedBy: 'Cllr Amara Okafor',
    };
    const theirs = note('m2', f2, 'Cllr Dafydd Jones', 'Dafydd’s current words (Shag note).');
    const unsettled = {
      ...theirs,
      id: 'm3',
      body: 'Dafydd again (Cormorant note).',
      conflicts: [otherVersion(theirs, 'Cllr Amara Okafor', 'Amara’s version (Tern version).')],
    };
    data.annotations.push(edited, theirs, unsettled);
    const mine = text(build(data, {}, { notes: 'mine' }));
    expect(mine).toContain('Gannet note');
    expect(mine).toContain('Cormorant note');
    expect(mine).toContain('Tern version');
    expect(mine).not.toContain('Shag note');
    expect(mine).not.toContain('Welsh note');
  });

  it('chooses exactly the notes the share bundle calls mine', () => {
    const data = sharedWorkspace();
    const pack = fixturePack({
      items: data.findings.map((f) => ({ type: 'finding' as const, findingId: f.id })),
    });
    for (const member of [
      'Cllr Amara Okafor',
      'Cllr Ben Hughes',
      'Cllr Dafydd Jones',
      'Cllr Nobody',
    ]) {
      const selection = selectForPack(
        data,
        { ...pack, author: member },
        { ...pack.options, notes: 'mine' },
      );
      const chosen = [...selection.annotationsByFinding.values()]
        .flat()
        .map((a) => a.id)
        .sort();
      const bundle = data.annotations
        .filter((a) => a.deletedAt === null && isMine(a, member))
        .map((a) => a.id)
        .sort();
      expect(chosen, member).toEqual(bundle);
    }
  });

  it('holds no notes when the pack names no author', () => {
    const data = fixtureWorkspace();
    data.annotations = data.annotations.map((a) => ({ ...a, modifiedBy: '' }));
    expect(text(build(data, { author: '' }, { notes: 'mine' }))).not.toContain('Pelican note');
  });
});
