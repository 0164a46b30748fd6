// The pack the CLI builds when a workspace defines none: every report, the member's defaults.
import type { WorkspaceData } from '../files/envelope';
import { InputError } from '../errors';
import { DEFAULT_PACK_OPTIONS, type BriefingPack } from '../model/meeting';

export function defaultPack(
  data: Pick<WorkspaceData, 'reports' | 'settings'>,
  now: Date,
): BriefingPack {
  const authorities = [...new Set(data.reports.map((r) => r.authority))];
  const stamp = now.toISOString();
  return {
    id: 'default-pack',
    meetingId: null,
    title:
      authorities.length > 0
        ? `Inspection briefing: ${authorities.join(', ')}`
        : 'Inspection briefing',
    marking: data.settings?.defaultMarking ?? 'OFFICIAL',
    exempt: false,
    author: data.settings?.memberName ?? '',
    status: 'draft',
    options: { ...DEFAULT_PACK_OPTIONS },
    items: data.reports.map((r) => ({ type: 'report' as const, reportId: r.id })),
    createdAt: stamp,
    modifiedAt: stamp,
  };
}

/** The pack to build: the one asked for, the only one there is, or the default of every report. */
export function choosePack(
  data: Pick<WorkspaceData, 'reports' | 'settings' | 'packs'>,
  packId: string | undefined,
  now: Date,
): BriefingPack {
  if (packId !== undefined) {
    const pack = data.packs.find((p) => p.id === packId);
    if (pack) return pack;
    const ids = data.packs.map((p) => p.id);
    throw new InputError(
      ids.length
        ? `there is no pack "${packId}" in the workspace; its packs are: ${ids.join(', ')}.`
        : `there is no pack "${packId}": the workspace defines no packs; leave out --pack to build one of every report.`,
      'pack-unknown',
    );
  }
  if (data.packs.length === 1 && data.packs[0]) return data.packs[0];
  if (data.packs.length > 1) {
    throw new InputError(
      `the workspace has ${data.packs.length} packs; choose one with --pack <id> (${data.packs.map((p) => p.id).join(', ')}).`,
      'pack-ambiguous',
    );
  }
  if (data.reports.length === 0)
    throw new InputError(
      'the workspace has no reports: import one first with "scrutiny-desk import <file> --out <workspace.json>".',
      'pack-empty',
    );
  return defaultPack(data, now);
}
