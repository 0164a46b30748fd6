// restoreFile: every load's one step. Current files come back equal; old ones are upgraded.
import { describe, expect, it } from 'vitest';
import { restoreFile, restoreFileText } from '../../../shared/files/restore';
import { serializeWorkspace, serializeBundle } from '../../../shared/files/serialize';
import {
  CURRENT_FILE_VERSION,
  emptyReportsInFull,
  type BundleData,
} from '../../../shared/files/envelope';
import { describeFile, summarizeFile } from '../../../shared/files/summary';
import { syntheticWorkspace } from '../../../scripts/bench/synthetic';

const now = new Date('2025-02-03T10:00:00.000Z');
const small = () =>
  syntheticWorkspace({ reports: 3, findingsPerReport: 12, annotations: 40, seed: 7 });

function asVersion1(text: string): Record<string, unknown> {
  const json = JSON.parse(text) as {
    version: number;
    data: { annotations: Record<string, unknown>[]; settings: Record<string, unknown> | null };
  };
  json.version = 1;
  for (const a of json.data.annotations) {
    delete a.orphaned;
    delete a.conflicts;
  }
  if (json.data.settings) delete json.data.settings.themeRules;
  return json;
}

describe('restoreFile', () => {
  it('gives back exactly the workspace that was serialized', () => {
    const data = small();
    const restored = restoreFileText(serializeWorkspace(data, 'Cllr Amara Okafor', now));
    expect(restored.kind).toBe('workspace');
    expect(restored.file.data).toEqual(data);
    expect(restored.file.exportedBy).toBe('Cllr Amara Okafor');
    expect(restored.file.exportedAt).toBe(now.toISOString());
    expect(restored.file.version).toBe(CURRENT_FILE_VERSION);
  });

  it('upgrades a version 1 workspace: annotations gain orphaned and conflicts, settings gain theme rules', () => {
    const data = small();
    const restored = restoreFile(asVersion1(serializeWorkspace(data, 'x', now)));
    expect(restored.file.version).toBe(CURRENT_FILE_VERSION);
    if (restored.kind !== 'workspace') throw new Error('expected a workspace');
    expect(
      restored.file.data.annotations.every((a) => a.orphaned === false && a.conflicts.length === 0),
    ).toBe(true);
    expect(restored.file.data.settings?.themeRules).toEqual([]);
    expect(restored.file.data.findings).toEqual(data.findings);
    expect(restored.file.data.annotations.map((a) => a.body)).toEqual(
      data.annotations.map((a) => a.body),
    );
  });

  it('upgrades a version 2 workspace: notes gain no member id, settings gain no identity and no pinned keys', () => {
    const data = small();
    const json = JSON.parse(serializeWorkspace(data, 'x', now)) as {
      version: number;
      data: { annotations: Record<string, unknown>[]; settings: Record<string, unknown> };
    };
    json.version = 2;
    for (const a of json.data.annotations) delete a.authorId;
    delete json.data.settings.identity;
    delete json.data.settings.colleagues;
    const restored = restoreFile(json);
    if (restored.kind !== 'workspace') throw new Error('expected a workspace');
    expect(restored.fromVersion).toBe(2);
    expect(restored.file.data.annotations.every((a) => a.authorId === null)).toBe(true);
    expect(restored.file.data.settings).toMatchObject({ identity: null, colleagues: [] });
    expect(restored.file.data).toEqual(data);
  });

  it('keeps what a version 1 file already had when upgrading', () => {
    const json = asVersion1(serializeWorkspace(small(), 'x', now)) as {
      data: { annotations: Record<string, unknown>[] };
    };
    const first = json.data.annotations[0];
    if (!first) throw new Error('no annotation');
    first.orphaned = true;
    const restored = restoreFile(json);
    if (restored.kind !== 'workspace') throw new Error('expected a workspace');
    expect(restored.file.data.annotations[0]?.orphaned).toBe(true);
  });

  it('fills absent collections and settings with their defaults', () => {
    const restored = restoreFile({
      format: 'scrutiny-desk/workspace',
      version: 2,
      exportedAt: now.toISOString(),
      exportedBy: 'cli',
      data: {},
    });
    if (restored.kind !== 'workspace') throw new Error('expected a workspace');
    expect(restored.file.data).toEqual({
      authorities: [],
      reports: [],
      judgements: [],
      sections: [],
      findings: [],
      annotations: [],
      meetings: [],
      packs: [],
      actions: [],
      settings: null,
      corrections: [],
      deletedReports: [],
    });
  });

  it('upgrades a version 2 workspace to version 3: no corrections, no deleted reports, every row as it was', () => {
    const data = small();
    const json = JSON.parse(serializeWorkspace(data, 'x', now)) as {
      version: number;
      data: Record<string, unknown>;
    };
    json.version = 2;
    delete json.data.corrections;
    delete json.data.deletedReports;
    const restored = restoreFile(json);
    expect(restored.file.version).toBe(3);
    if (restored.kind !== 'workspace') throw new Error('expected a workspace');
    expect(restored.file.data).toEqual({ ...data, corrections: [], deletedReports: [] });
  });

  it('restores a share bundle, including a version 1 bundle', () => {
    const ws = small();
    const annotations = ws.annotations.filter((a) => a.target.reportId === ws.reports[0]?.id);
    const findingIds = new Set(annotations.map((a) => a.target.findingId));
    const bundle: BundleData = {
      scope: { type: 'report', reportId: ws.reports[0]?.id ?? '' },
      reports: ws.reports.slice(0, 1).map((r) => ({
        id: r.id,
        authorityId: r.authorityId,
        authority: r.authority,
        title: r.title,
        framework: r.framework,
        variant: r.variant,
        publishedOn: r.publishedOn,
        sha256: r.source.sha256,
      })),
      findings: ws.findings
        .filter((f) => findingIds.has(f.id))
        .map((f) => ({
          id: f.id,
          reportId: f.reportId,
          section: f.section,
          kind: f.kind,
          text: f.text,
        })),
      annotations,
      reportsInFull: emptyReportsInFull(),
      members: [],
      corrections: [],
      deletedReports: [],
    };
    const text = serializeBundle(bundle, 'Cllr Li Wei', now);
    const restored = restoreFileText(text);
    expect(restored.kind).toBe('bundle');
    expect(restored.file.data).toEqual(bundle);
    const old = JSON.parse(text) as {
      version: number;
      data: { annotations: Record<string, unknown>[] };
    };
    old.version = 1;
    for (const a of old.data.annotations) delete a.conflicts;
    expect(restoreFile(old).file.data).toEqual(bundle);
  });

  it('summarises what a file holds for the preview and the check verdict', () => {
    const restored = restoreFileText(serializeWorkspace(small(), 'Cllr Amara Okafor', now));
    expect(describeFile(restored)).toBe(
      'workspace version 3, 3 reports, 36 findings, 40 annotations',
    );
    const summary = summarizeFile(restored);
    expect(summary.counts.find((c) => c.label === 'annotations')?.count).toBe(40);
    expect(summary.exportedBy).toBe('Cllr Amara Okafor');
  });
});
