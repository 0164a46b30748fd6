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
  /** Whose RAG ratings the pack counts and prints (ratings are per member): the pack author's own,
   * or each member's side by side. Absent in packs made before then, meaning the author's. */
  ratingsBy: z.enum(['author', 'members']).optional(),
  recommendations: z.boolean(),
  sourceReferences: z.boolean(),
});
export type PackOptions = z.infer<typeof PackOptions>;

export const DEFAULT_PACK_OPTIONS: PackOptions = {
  judgementTable: true,
  notes: 'everyone',
  questions: true,
  ragSummary: true,
  ratingsBy: 'author',
  recommendations: true,
  sourceReferences: true,
};

/** The paragraphs of Part 1 of Schedule 12A to the Local Government Act 1972 (descriptions of
 * exempt information, England, as substituted in 2006), in the statute's own words. */
export const SCHEDULE_12A: Readonly<Record<number, string>> = {
  1: 'Information relating to any individual.',
  2: 'Information which is likely to reveal the identity of an individual.',
  3: 'Information relating to the financial or business affairs of any particular person (including the authority holding that information).',
  4: 'Information relating to any consultations or negotiations, or contemplated consultations or negotiations, in connection with any labour relations matter arising between the authority or a Minister of the Crown and employees of, or office holders under, the authority.',
  5: 'Information in respect of which a claim to legal professional privilege could be maintained in legal proceedings.',
  6: 'Information which reveals that the authority proposes (a) to give under any enactment a notice under or by virtue of which requirements are imposed on a person; or (b) to make an order or direction under any enactment.',
  7: 'Information relating to any action taken or to be taken in connection with the prevention, investigation or prosecution of crime.',
};

/** What turns a briefing into a committee paper. Added within file version 3, so every field is
 * optional: a pack saved before it existed reads as a paper with nothing filled in. */
export const CommitteePaper = z.object({
  /** The council's name as the paper prints it ("Devon County Council"). */
  council: z.string().max(200).optional(),
  /** "Report of": the officer or member the paper is from; the pack's author when empty. */
  reportAuthor: z.string().max(200).optional(),
  /** The contact officer's name and role, and how to reach them (email, telephone). */
  contactOfficer: z.string().max(300).optional(),
  contactDetails: z.string().max(500).optional(),
  /** "The committee is asked to": one recommendation a line; the default wording when absent. */
  askedTo: z.string().max(10_000).optional(),
  /** For an exempt item, the paragraphs of Schedule 12A it relies on (1 to 7). */
  exemptParagraphs: z.array(z.number().int().min(1).max(7)).max(7).optional(),
  /** Each report's address on Ofsted's website, by report id, where the clerk knows it. */
  reportAddresses: z.record(z.string(), z.string().max(2000)).optional(),
});
export type CommitteePaper = z.infer<typeof CommitteePaper>;

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
  paper: CommitteePaper.optional(),
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
