// Meetings, briefing packs and the actions tracker for recommendations.
import { z } from 'zod';
import { Id, IsoDate, IsoDateTime } from './common';
import { Marking } from './vocabulary';

export const Meeting = z.object({
  id: Id,
  committee: z.string().min(1).max(300),
  date: IsoDate,
  agendaItem: z.string().max(50),
  agendaTitle: z.string().max(500),
  createdAt: IsoDateTime,
  modifiedAt: IsoDateTime,
});
export type Meeting = z.infer<typeof Meeting>;

export const PackItem = z.discriminatedUnion('type', [
  z.object({ type: z.literal('report'), reportId: Id }),
  z.object({ type: z.literal('finding'), findingId: Id }),
]);
export type PackItem = z.infer<typeof PackItem>;

export const PackOptions = z.object({
  judgementTable: z.boolean(),
  /** Whose notes go in: none, only the pack author's, or everyone's. */
  notes: z.enum(['none', 'mine', 'everyone']),
  questions: z.boolean(),
  ragSummary: z.boolean(),
  recommendations: z.boolean(),
  sourceReferences: z.boolean(),
});
export type PackOptions = z.infer<typeof PackOptions>;

export const DEFAULT_PACK_OPTIONS: PackOptions = {
  judgementTable: true,
  notes: 'everyone',
  questions: true,
  ragSummary: true,
  recommendations: true,
  sourceReferences: true,
};

export const BriefingPack = z.object({
  id: Id,
  meetingId: Id.nullable(),
  title: z.string().min(1).max(500),
  marking: Marking,
  exempt: z.boolean(),
  author: z.string().max(200),
  status: z.enum(['draft', 'final']),
  options: PackOptions,
  items: z.array(PackItem),
  createdAt: IsoDateTime,
  modifiedAt: IsoDateTime,
});
export type BriefingPack = z.infer<typeof BriefingPack>;

export const ACTION_STATUSES = ['not_started', 'in_progress', 'complete', 'overdue'] as const;

/** Progress on one recommendation: who owns it, when it is due, and the evidence seen. */
export const Action = z.object({
  id: Id,
  reportId: Id,
  findingId: Id,
  owner: z.string().max(200),
  dueOn: IsoDate.nullable(),
  status: z.enum(ACTION_STATUSES),
  evidence: z.string().max(100_000),
  modifiedAt: IsoDateTime,
});
export type Action = z.infer<typeof Action>;
