// scrutiny-desk merge and check with signed bundles: the command line has no identity of its own,
// so it checks the bundle's signature and keys against the identity and pinned keys in <mine>,
// pins a new colleague's key in the workspace it writes, keeps a copy of an --out it replaces,
// and refuses each bad bundle in one line, writing nothing.
import { readFile, readdir, stat } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runCli as run } from './run-cli';
import { useTempFolder } from './temp-folder';
import { buildBundle } from '../../shared/files/bundle';
import { restoreFileText } from '../../shared/files/restore';
import { serializeWorkspace } from '../../shared/files/serialize';
import type { WorkspaceData } from '../../shared/files/envelope';
import { createAnnotation } from '../../shared/merge';
import { fingerprint, newIdentity } from '../../shared/identity/keys';
import { versionSigner } from '../../shared/identity/version-signature';
import type { MemberIdentity, PinnedKey } from '../../shared/model';
import { SHA_DEVON, asMember, report, workspace } from '../shared/merge/workspace-fixture';

const A = 'Cllr Amara Okafor';
const B = 'Cllr Ben Hughes';
const NOW = new Date('2026-12-01T10:00:00.000Z');
const temp = useTempFolder('scrutiny-merge-id-');
const file = temp.file;

function copyOf(
  name: string,
  identity: MemberIdentity,
  colleagues: PinnedKey[] = [],
  body?: string,
): WorkspaceData {
  const ws = workspace([{ report: report('rep-devon', SHA_DEVON), findingPrefix: 'fin' }]);
  const f = ws.findings[0];
  if (!f || body === undefined) return asMember(ws, name, identity, colleagues);
  const note = createAnnotation(
    {
      kind: 'note',
      target: { reportId: f.reportId, findingId: f.id, findingText: f.text, selector: null },
      body,
    },
    name,
    NOW,
    `ann-${identity.memberId}`,
    identity.memberId,
    versionSigner(identity),
  );
  return asMember({ ...ws, annotations: [note] }, name, identity, colleagues);
}

const bundleText = (ws: WorkspaceData, name: string) =>
  JSON.stringify(buildBundle(ws, { type: 'everything' }, name, NOW));

describe('scrutiny-desk merge with signed bundles', () => {
  it('pins a new colleague\u2019s key in the workspace it writes, says so with the fingerprint, and keeps a copy of the --out it replaces', async () => {
    const amara = newIdentity(NOW);
    const ben = newIdentity(NOW);
    const mine = await file('mine.json', serializeWorkspace(copyOf(A, amara), A, NOW));
    const theirs = await file(
      'ben.json',
      bundleText(copyOf(B, ben, [], 'Ask about pathway plans.'), B),
    );
    const result = await run('merge', mine, theirs, '--out', mine);
    expect(result.status).toBe(0);
    expect(result.out.join('\n')).toContain(`fingerprint ${fingerprint(ben.publicKey)}`);
    expect(result.out.join('\n')).toMatch(
      /Kept a copy of the earlier .*mine\.json as .*mine\.before-merge-.*\.json\./,
    );
    const merged = restoreFileText(await readFile(mine, 'utf8'));
    if (merged.kind !== 'workspace') throw new Error('expected a workspace');
    expect(
      merged.file.data.settings?.colleagues.map((c) => [c.memberId, c.name, c.publicKey]),
    ).toEqual([[ben.memberId, B, ben.publicKey]]);
    expect(merged.file.data.annotations.map((a) => a.authorId)).toEqual([ben.memberId]);
    expect((await readdir(temp.folder)).some((n) => n.startsWith('mine.before-merge-'))).toBe(true);
  });

  const cases: [
    string,
    (amara: MemberIdentity, ben: MemberIdentity) => { mine: WorkspaceData; theirs: string },
    RegExp,
  ][] = [
    [
      'a bundle whose words were changed after it was signed (bad signature)',
      (amara, ben) => ({
        mine: copyOf(A, amara),
        theirs: bundleText(copyOf(B, ben, [], 'Ask about pathway plans.'), B).replace(
          'pathway',
          'pathways',
        ),
      }),
      /signature does not match what it holds/,
    ],
    [
      'a bundle whose signature is cut short',
      (amara, ben) => {
        const json = JSON.parse(bundleText(copyOf(B, ben, [], 'Ask.'), B)) as {
          signature: { value: string };
        };
        json.signature.value = json.signature.value.slice(0, 64);
        return { mine: copyOf(A, amara), theirs: JSON.stringify(json) };
      },
      /signature is cut short/,
    ],
    [
      'an unknown key under a known colleague\u2019s name',
      (amara, ben) => ({
        mine: copyOf(A, amara, [
          {
            memberId: ben.memberId,
            name: B,
            publicKey: ben.publicKey,
            pinnedAt: NOW.toISOString(),
          },
        ]),
        theirs: bundleText(copyOf(B, newIdentity(NOW), [], 'Forged.'), B),
      }),
      /signed by a key you do not know .* under the name of Cllr Ben Hughes/,
    ],
    [
      'a pinned colleague\u2019s member id with another key',
      (amara, ben) => ({
        mine: copyOf(A, amara, [
          {
            memberId: ben.memberId,
            name: B,
            publicKey: ben.publicKey,
            pinnedAt: NOW.toISOString(),
          },
        ]),
        theirs: bundleText(
          copyOf(B, { ...newIdentity(NOW), memberId: ben.memberId }, [], 'Forged.'),
          B,
        ),
      }),
      /signed with a different key .* from the one you accepted before/,
    ],
    [
      'a member id colliding with mine',
      (amara) => ({
        mine: copyOf(A, amara),
        theirs: bundleText(
          copyOf('Mallory', { ...newIdentity(NOW), memberId: amara.memberId }, [], 'Forged.'),
          'Mallory',
        ),
      }),
      /claims to come from you .* signed with a key that is not yours/,
    ],
  ];

  it.each(cases)('refuses %s in one line and writes nothing', async (name, make, message) => {
    const { mine, theirs } = make(newIdentity(NOW), newIdentity(NOW));
    const slug = name.replace(/[^a-z]+/g, '-');
    const minePath = await file(`${slug}-mine.json`, serializeWorkspace(mine, A, NOW));
    const theirsPath = await file(`${slug}-theirs.json`, theirs);
    const out = temp.path(`${slug}-out.json`);
    const result = await run('merge', minePath, theirsPath, '--out', out);
    expect(result.status).toBe(2);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toMatch(message);
    await expect(stat(out)).rejects.toThrow();
  });

  it('check refuses a bundle with a bad or cut signature in one line, and passes a sound one', async () => {
    const good = bundleText(copyOf(B, newIdentity(NOW), [], 'Ask about pathway plans.'), B);
    expect((await run('check', await file('good.json', good))).status).toBe(0);
    const bad = await run('check', await file('bad.json', good.replace('pathway', 'pathways')));
    expect(bad.status).toBe(2);
    expect(bad.err).toHaveLength(1);
    expect(bad.err[0]).toMatch(/^error: .*signature does not match/);
    const json = JSON.parse(good) as { signature: { value: string } };
    json.signature.value = json.signature.value.slice(0, 10);
    const cut = await run('check', await file('cut.json', JSON.stringify(json)));
    expect(cut.status).toBe(2);
    expect(cut.err[0]).toMatch(/signature is cut short/);
  });
});
