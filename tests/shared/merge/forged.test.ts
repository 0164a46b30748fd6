// Forged histories: a hand-made bundle that copies a member's note (its id, writer, member id and
// creation time) and claims to supersede it, with a real or made-up revision, a deletion, or a
// signature by another key, never removes or replaces the owner's words. Every version the owner
// held is still there after the merge, unchanged, and still the one shown; or the file is refused.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBundle, isMine } from '../../../shared/files/bundle';
import { restoreFile } from '../../../shared/files/restore';
import type { WorkspaceData } from '../../../shared/files/envelope';
import { isInputError } from '../../../shared/errors';
import type { Annotation, MemberIdentity } from '../../../shared/model';
import {
  applyMerge,
  deleteAnnotation,
  editAnnotation,
  headsOf,
  previewMerge,
} from '../../../shared/merge';
import { newIdentity } from '../../../shared/identity/keys';
import { signBundle } from '../../../shared/identity/bundle-signature';
import { versionSigner } from '../../../shared/identity/version-signature';
import { histories, owners, play, type Owner } from './histories';
import { SHA_DEVON, asMember, report, workspace } from './workspace-fixture';

const base = () => workspace([{ report: report('rep-1', SHA_DEVON), findingPrefix: 'fin' }]);
const LATER = new Date(Date.UTC(2027, 0, 1));

type Forgery = {
  kind: 'edit' | 'delete' | 'made-up-rev';
  pick: number;
  body: string;
  signed: 'unsigned' | 'forger' | 'stolen-name' | 'claims-me' | 'other-key-sig';
};

const forgery: fc.Arbitrary<Forgery> = fc.record({
  kind: fc.constantFrom('edit' as const, 'delete' as const, 'made-up-rev' as const),
  pick: fc.nat({ max: 20 }),
  body: fc.string({ minLength: 1, maxLength: 12 }),
  signed: fc.constantFrom(
    'unsigned' as const,
    'forger' as const,
    'stolen-name' as const,
    'claims-me' as const,
    'other-key-sig' as const,
  ),
});

/** The forged copy of `note`: an edit or deletion claiming to supersede it, or a version with a
 * made-up revision claiming to supersede it; optionally "signed" per version with the wrong key. */
function forge(note: Annotation, f: Forgery, mallory: MemberIdentity): Annotation {
  const sign = f.signed === 'other-key-sig' ? versionSigner(mallory) : undefined;
  if (f.kind === 'delete') return deleteAnnotation(note, note.author, LATER, sign);
  const edited = editAnnotation(note, { body: `FORGED ${f.body}` }, note.author, LATER, sign);
  if (f.kind === 'edit') return edited;
  return {
    ...edited,
    rev: `rev-made-up-${f.body.length}`,
    ancestors: [...edited.ancestors, note.rev, 'rev-made-up-ancestor'],
  };
}

/** A bundle holding the forged notes, signed as the forgery says. */
function forgedBundle(notes: Annotation[], f: Forgery, amara: Owner, mallory: MemberIdentity) {
  const ws: WorkspaceData = { ...base(), annotations: notes };
  const name = f.signed === 'stolen-name' ? amara.name : 'Mallory';
  const file = buildBundle(ws, { type: 'everything' }, name, LATER, { notes: 'everyone' });
  const signedAs =
    f.signed === 'claims-me' ? { ...mallory, memberId: amara.identity.memberId } : mallory;
  const sent = f.signed === 'unsigned' ? file : signBundle(file, signedAs);
  return restoreFile(JSON.parse(JSON.stringify(sent)));
}

describe('forged histories', () => {
  it('never remove or replace the owner\u2019s words: every version she held stays, and stays current', () => {
    fc.assert(
      fc.property(histories, fc.array(forgery, { minLength: 1, maxLength: 4 }), (h, forgeries) => {
        const who = owners();
        const amara = who[0] as Owner;
        const mallory = newIdentity(LATER);
        const [a = []] = play(h, who);
        const mine = asMember({ ...base(), annotations: a }, amara.name, amara.identity);
        const own = a.filter((n) => isMine(n, amara.name, amara.identity.memberId));
        if (own.length === 0) return;
        const forged = forgeries.map((f) =>
          forge(own[f.pick % own.length] as Annotation, f, mallory),
        );
        const unique = [...new Map(forged.map((n) => [n.id, n])).values()];
        const [first] = forgeries as [Forgery];
        let merged: WorkspaceData;
        try {
          merged = applyMerge(
            mine,
            previewMerge(mine, forgedBundle(unique, first, amara, mallory)),
          );
        } catch (error) {
          // Refused outright (a key that is not hers under her id or her name): nothing changed.
          expect(isInputError(error)).toBe(true);
          expect(['unsigned', 'forger', 'other-key-sig']).not.toContain(first.signed);
          return;
        }
        for (const before of own) {
          const after = merged.annotations.find((n) => n.id === before.id);
          expect(after).toBeDefined();
          if (!after) continue;
          const revs = new Set(headsOf(after).map((v) => v.rev));
          for (const head of headsOf(before)) expect(revs.has(head.rev)).toBe(true);
          expect(after.rev).toBe(before.rev);
          expect(after.body).toBe(before.body);
          expect(after.deletedAt).toBe(before.deletedAt);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('the issue\u2019s attack: a copied id, writer and time with a made-up revision neither replaces nor deletes her note', () => {
    const who = owners();
    const amara = who[0] as Owner;
    const [a = []] = play(
      [[{ op: 'create', member: 0, body: 'Red: ask about pathway plans', forgeId: false }, 0]],
      who,
    );
    const mine = asMember({ ...base(), annotations: a }, amara.name, amara.identity);
    const note = a[0] as Annotation;
    for (const kind of ['edit', 'delete', 'made-up-rev'] as const) {
      const f: Forgery = { kind, pick: 0, body: 'x', signed: 'forger' };
      const mallory = newIdentity(LATER);
      const bundle = forgedBundle([forge(note, f, mallory)], f, amara, mallory);
      const preview = previewMerge(mine, bundle);
      expect(preview.refused).toBe(1);
      expect(preview.changes).toEqual([]);
      expect(applyMerge(mine, preview).annotations).toEqual([note]);
    }
  });
});
