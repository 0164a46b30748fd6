// The pack as a PackDocument, rebuilt as the pack, the workspace or the meetings change: what the
// preview, the print view and the exports all read.
import { useDeferredValue, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { BriefingPack } from '../../shared/model';
import { isInputError } from '../../shared/errors';
import { buildPackDocument } from '../../shared/pack/build';
import type { PackDocument } from '../../shared/pack/document';
import { db } from '../db/instance';
import { readPackSource } from '../db/repositories/packs';

export function usePackDocument(pack: BriefingPack | null | undefined) {
  const source = useLiveQuery(() => readPackSource(db), []);
  const meetings = useLiveQuery(() => db.meetings.orderBy('date').reverse().toArray(), []);
  const deferred = useDeferredValue(pack);
  const [today] = useState(() => new Date());
  const built = useMemo((): { document: PackDocument | null; error: string } | null => {
    if (!deferred || !source || !meetings) return null;
    try {
      const meeting = meetings.find((m) => m.id === deferred.meetingId) ?? null;
      return {
        document: buildPackDocument(source, deferred, meeting, deferred.options, today),
        error: '',
      };
    } catch (error) {
      if (isInputError(error)) return { document: null, error: error.message };
      throw error;
    }
  }, [deferred, source, meetings, today]);
  return { source, meetings, built };
}
