// Meetings and briefing packs in IndexedDB (tables `meetings` and `packs`), validated against the
// model before every write, and the workspace slice a pack is built from.
import type { ScrutinyDatabase } from '../database';
import {
  BriefingPack,
  DEFAULT_PACK_OPTIONS,
  Meeting,
  type Finding,
  type Marking,
  type PackItem,
} from '../../../shared/model';
import type { PackSource } from '../../../shared/pack/build';

export type MeetingFields = Pick<Meeting, 'committee' | 'date' | 'agendaItem' | 'agendaTitle'>;

/** Save a meeting under `id` (a new one too, when the caller chose its id), or a fresh id when null. */
export async function saveMeeting(
  db: ScrutinyDatabase,
  fields: MeetingFields,
  id: string | null,
  now = new Date(),
): Promise<Meeting> {
  return db.transaction('rw', db.meetings, async () => {
    const existing = id ? await db.meetings.get(id) : undefined;
    const stamp = now.toISOString();
    const meeting = Meeting.parse({
      ...fields,
      committee: fields.committee.trim(),
      id: existing?.id ?? id ?? `meeting-${crypto.randomUUID()}`,
      createdAt: existing?.createdAt ?? stamp,
      modifiedAt: stamp,
    });
    await db.meetings.put(meeting);
    return meeting;
  });
}

/** Delete a meeting; its packs stay, no longer tied to a meeting. */
export async function deleteMeeting(db: ScrutinyDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.meetings, db.packs, async () => {
    await db.meetings.delete(id);
    await db.packs.where('meetingId').equals(id).modify({ meetingId: null });
  });
}

export async function createPack(
  db: ScrutinyDatabase,
  defaults: { author: string; marking: Marking; meetingId: string | null },
  now = new Date(),
): Promise<BriefingPack> {
  const stamp = now.toISOString();
  const pack = BriefingPack.parse({
    id: `pack-${crypto.randomUUID()}`,
    meetingId: defaults.meetingId,
    title: 'Briefing pack',
    marking: defaults.marking,
    exempt: false,
    author: defaults.author,
    status: 'draft',
    options: { ...DEFAULT_PACK_OPTIONS },
    items: [],
    createdAt: stamp,
    modifiedAt: stamp,
  });
  await db.packs.add(pack);
  return pack;
}

/** Save a pack as edited; refused (thrown) if it breaks the model, so nothing bad is stored. */
export async function savePack(
  db: ScrutinyDatabase,
  pack: BriefingPack,
  now = new Date(),
): Promise<BriefingPack> {
  const next = BriefingPack.parse({ ...pack, modifiedAt: now.toISOString() });
  await db.packs.put(next);
  return next;
}

/** Add findings to the end of a pack, in the order given, from outside the pack builder (Themes,
 * Questions). A finding the pack already holds, itself or through its whole report, is not added
 * twice. An unfolded autosave draft of the pack gets the same findings, so folding it later does
 * not take them out again. */
export async function addFindingsToPack(
  db: ScrutinyDatabase,
  packId: string,
  findings: readonly Pick<Finding, 'id' | 'reportId'>[],
  now = new Date(),
): Promise<{ pack: BriefingPack; added: number; already: number }> {
  return db.transaction('rw', db.packs, db.drafts, db.findings, async () => {
    const pack = await db.packs.get(packId);
    if (!pack) throw new Error('that pack has been deleted.');
    // A question may outlive its finding (its report deleted): only findings still stored go in.
    const stored = new Set(
      (await db.findings.bulkGet(findings.map((f) => f.id))).flatMap((f) => (f ? [f.id] : [])),
    );
    const held = (items: readonly PackItem[]) => {
      const ids = new Set<string>();
      for (const item of items)
        ids.add(item.type === 'report' ? `report:${item.reportId}` : item.findingId);
      return (f: Pick<Finding, 'id' | 'reportId'>) =>
        ids.has(f.id) || ids.has(`report:${f.reportId}`);
    };
    const unique = [...new Map(findings.map((f) => [f.id, f])).values()].filter((f) =>
      stored.has(f.id),
    );
    const inPack = held(pack.items);
    const fresh = unique.filter((f) => !inPack(f));
    const withFresh = (items: readonly PackItem[]): PackItem[] => {
      const has = held(items);
      return [
        ...items,
        ...fresh.filter((f) => !has(f)).map((f) => ({ type: 'finding' as const, findingId: f.id })),
      ];
    };
    const saved =
      fresh.length > 0 ? await savePack(db, { ...pack, items: withFresh(pack.items) }, now) : pack;
    const draft = await db.drafts.get(`pack:${packId}`);
    if (draft?.change.type === 'pack' && fresh.length > 0)
      await db.drafts.put({
        ...draft,
        change: {
          ...draft.change,
          pack: { ...draft.change.pack, items: withFresh(draft.change.pack.items) },
        },
      });
    return { pack: saved, added: fresh.length, already: unique.length - fresh.length };
  });
}

export async function deletePack(db: ScrutinyDatabase, id: string): Promise<void> {
  await db.packs.delete(id);
}

/** Everything a pack may draw on: reports, judgements, findings, annotations and actions, and who
 * is building it. */
export async function readPackSource(db: ScrutinyDatabase): Promise<PackSource> {
  return db.transaction(
    'r',
    [db.reports, db.judgements, db.findings, db.annotations, db.actions, db.settings],
    async () => {
      const [reports, judgements, findings, annotations, actions, settings] = await Promise.all([
        db.reports.toArray(),
        db.judgements.toArray(),
        db.findings.toArray(),
        db.annotations.toArray(),
        db.actions.toArray(),
        db.settings.get('settings'),
      ]);
      // Who is building the pack, so "the author's" ratings are found by member id (ratings are per member).
      // Only the id and name: the pack (and the export worker it goes to) never needs the keys.
      const member = settings
        ? {
            memberName: settings.memberName,
            identity: settings.identity ? { memberId: settings.identity.memberId } : null,
          }
        : null;
      return { reports, judgements, findings, annotations, actions, settings: member };
    },
  );
}
