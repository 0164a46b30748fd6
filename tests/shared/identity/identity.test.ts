// Member identities: keys and fingerprints, signed bundles, keys pinned on first sight, and every
// bad bundle (a bad or cut signature, another key for a known member or name, my own member id
// under another key) refused with one line before anything is merged.
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../../shared/files/bundle';
import { restoreFile, restoreFileText } from '../../../shared/files/restore';
import type { WorkspaceData } from '../../../shared/files/envelope';
import { InputError } from '../../../shared/errors';
import {
  fingerprint,
  newIdentity,
  publicKeyOf,
  signText,
  verifyText,
} from '../../../shared/identity/keys';
import { signBundle } from '../../../shared/identity/bundle-signature';
import { applyMerge, createAnnotation, previewMerge } from '../../../shared/merge';
import type { MemberIdentity, PinnedKey } from '../../../shared/model';
import { versionSigner } from '../../../shared/identity/version-signature';
import { SHA_DEVON, asMember, report, workspace } from '../merge/workspace-fixture';

const NOW = new Date('2026-12-01T10:00:00.000Z');
const A = 'Cllr Amara Okafor';
const B = 'Cllr Ben Hughes';

function refusal(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

/** Ben's workspace with one note of his, under his identity. */
function bensCopy(ben: MemberIdentity, name = B): WorkspaceData {
  const ws = workspace([{ report: report('rep-devon', SHA_DEVON), findingPrefix: 'fin' }]);
  const f = ws.findings[0];
  if (!f) throw new Error('no finding');
  const note = createAnnotation(
    {
      kind: 'note',
      target: { reportId: f.reportId, findingId: f.id, findingText: f.text, selector: null },
      body: 'Ask about pathway plans.',
    },
    name,
    NOW,
    'ann-ben',
    ben.memberId,
    versionSigner(ben),
  );
  return asMember({ ...ws, annotations: [note] }, name, ben);
}

const sent = (ws: WorkspaceData, name = B) =>
  JSON.stringify(buildBundle(ws, { type: 'everything' }, name, NOW));
const amarasCopy = (amara: MemberIdentity, colleagues: PinnedKey[] = []) =>
  asMember(
    workspace([{ report: report('rep-devon', SHA_DEVON), findingPrefix: 'fin' }]),
    A,
    amara,
    colleagues,
  );

describe('keys', () => {
  it('sign and verify, and a fingerprint is four groups of four hex digits', () => {
    const me = newIdentity(NOW);
    expect(publicKeyOf(me.privateKey)).toBe(me.publicKey);
    const sig = signText(me.privateKey, 'words');
    expect(verifyText(me.publicKey, 'words', sig)).toBe(true);
    expect(verifyText(me.publicKey, 'other words', sig)).toBe(false);
    expect(verifyText(newIdentity(NOW).publicKey, 'words', sig)).toBe(false);
    expect(fingerprint(me.publicKey)).toMatch(/^[0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4}$/);
    expect(fingerprint(me.publicKey)).not.toBe(fingerprint(newIdentity(NOW).publicKey));
  });
});

describe('a signed bundle', () => {
  it('carries its signer, and is taken in with the new key shown by fingerprint, then pinned', () => {
    const ben = newIdentity(NOW);
    const restored = restoreFileText(sent(bensCopy(ben)));
    if (restored.kind !== 'bundle') throw new Error('expected a bundle');
    expect(restored.signer).toEqual({ memberId: ben.memberId, name: B, publicKey: ben.publicKey });
    const mine = amarasCopy(newIdentity(NOW));
    const preview = previewMerge(mine, restored);
    expect(preview.signer.kind).toBe('new');
    expect(preview.pin.map((k) => k.memberId)).toEqual([ben.memberId]);
    expect(preview.added.map((a) => a.authorId)).toEqual([ben.memberId]);
    const merged = applyMerge(mine, preview, NOW);
    expect(merged.settings?.colleagues).toEqual([
      { memberId: ben.memberId, name: B, publicKey: ben.publicKey, pinnedAt: NOW.toISOString() },
    ]);
    // The next bundle from Ben is from a key already pinned: nothing new to compare.
    const next = previewMerge(merged, restoreFileText(sent(bensCopy(ben))));
    expect(next.signer.kind).toBe('pinned');
    expect(next.pin).toEqual([]);
  });

  it('with a changed byte is refused: the signature does not match', () => {
    const text = sent(bensCopy(newIdentity(NOW))).replace(
      'Ask about pathway plans.',
      'Ask about pathway plans!',
    );
    const error = refusal(() => restoreFileText(text));
    expect(error.code).toBe('bundle-bad-signature');
    expect(error.message).toMatch(
      /^the file's signature does not match what it holds.*nothing was taken in/,
    );
    expect(error.message).not.toMatch(/\n/);
  });

  it('with a cut signature is refused as cut short', () => {
    const json = JSON.parse(sent(bensCopy(newIdentity(NOW)))) as { signature: { value: string } };
    json.signature.value = json.signature.value.slice(0, 100);
    const error = refusal(() => restoreFile(json));
    expect(error.code).toBe('bundle-signature-truncated');
    expect(error.message).toMatch(/cut short/);
  });

  it('with a signature missing its parts is refused as incomplete', () => {
    const json = JSON.parse(sent(bensCopy(newIdentity(NOW)))) as {
      signature: Record<string, unknown>;
    };
    delete json.signature.publicKey;
    expect(refusal(() => restoreFile(json)).code).toBe('bundle-signature-truncated');
  });

  it('from a pinned colleague but another key is refused, naming both fingerprints', () => {
    const ben = newIdentity(NOW);
    const mine = applyMerge(
      amarasCopy(newIdentity(NOW)),
      previewMerge(amarasCopy(newIdentity(NOW)), restoreFileText(sent(bensCopy(ben)))),
      NOW,
    );
    const impostor: MemberIdentity = { ...newIdentity(NOW), memberId: ben.memberId };
    const error = refusal(() => previewMerge(mine, restoreFileText(sent(bensCopy(impostor)))));
    expect(error.code).toBe('bundle-key-changed');
    expect(error.message).toContain(fingerprint(ben.publicKey));
    expect(error.message).toContain(fingerprint(impostor.publicKey));
  });

  it('under a known colleague\u2019s name with an unknown key is refused', () => {
    const ben = newIdentity(NOW);
    const mine = amarasCopy(newIdentity(NOW), [
      { memberId: ben.memberId, name: B, publicKey: ben.publicKey, pinnedAt: NOW.toISOString() },
    ]);
    const error = refusal(() =>
      previewMerge(mine, restoreFileText(sent(bensCopy(newIdentity(NOW))))),
    );
    expect(error.code).toBe('bundle-unknown-key');
    expect(error.message).toMatch(
      /signed by a key you do not know .* under the name of Cllr Ben Hughes/,
    );
  });

  it('claiming my member id with another key is refused', () => {
    const amara = newIdentity(NOW);
    const forger: MemberIdentity = { ...newIdentity(NOW), memberId: amara.memberId };
    const error = refusal(() =>
      previewMerge(amarasCopy(amara), restoreFileText(sent(bensCopy(forger)))),
    );
    expect(error.code).toBe('bundle-claims-me');
  });

  it('under my own name with another key is refused', () => {
    const error = refusal(() =>
      previewMerge(
        amarasCopy(newIdentity(NOW)),
        restoreFileText(sent(bensCopy(newIdentity(NOW), A), A)),
      ),
    );
    expect(error.code).toBe('bundle-claims-my-name');
  });

  it('from my own other computer (the same identity, restored from my backup) is mine', () => {
    const amara = newIdentity(NOW);
    const laptop = bensCopy(amara, A);
    const preview = previewMerge(amarasCopy(amara), restoreFileText(sent(laptop, A)));
    expect(preview.signer.kind).toBe('me');
    expect(preview.pin).toEqual([]);
  });

  it('re-signed by someone else after it was signed is still checked against the new signer', () => {
    const ben = newIdentity(NOW);
    const file = buildBundle(bensCopy(ben), { type: 'everything' }, B, NOW);
    const other = newIdentity(NOW);
    const resigned = restoreFile(JSON.parse(JSON.stringify(signBundle(file, other))));
    if (resigned.kind !== 'bundle') throw new Error('expected a bundle');
    expect(resigned.signer?.memberId).toBe(other.memberId);
  });
});
