// Arbitrary edit histories of several members: each member has a copy, applies random creates,
// edits, deletes, resolutions and keep-boths, rates the finding (RAG and priority, their own
// rating), and now and then takes in another member's copy.
import fc from 'fast-check';
import type { Annotation, MemberIdentity, Priority, RagRating } from '../../../shared/model';
import { PRIORITIES, RAG_RATINGS } from '../../../shared/model';
import { newIdentity } from '../../../shared/identity/keys';
import { versionSigner } from '../../../shared/identity/version-signature';
import {
  createAnnotation,
  deleteAnnotation,
  editAnnotation,
  keepBoth,
  mergeAnnotations,
  resolveConflict,
} from '../../../shared/merge';
import { TARGET } from './fixtures';

export const MEMBERS = ['Amara', 'Ben', 'Chloe'] as const;

type Step =
  | { op: 'create'; member: number; body: string; forgeId: boolean }
  | { op: 'edit'; member: number; pick: number; body: string }
  | { op: 'delete'; member: number; pick: number }
  | { op: 'resolve'; member: number; pick: number; head: number }
  | { op: 'keepBoth'; member: number; pick: number; head: number }
  | { op: 'rate'; member: number; rag: RagRating | null; priority: Priority | null }
  | { op: 'sync'; member: number; from: number };

const member = fc.nat({ max: MEMBERS.length - 1 });
const pick = fc.nat({ max: 5 });
const body = fc.string({ minLength: 1, maxLength: 12 });

// Weighted so that copies diverge and meet often: most histories end with real conflicts.
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('create' as const),
      member,
      body,
      forgeId: fc.boolean(),
    }),
  },
  { weight: 5, arbitrary: fc.record({ op: fc.constant('edit' as const), member, pick, body }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), member, pick }) },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('resolve' as const), member, pick, head: pick }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('keepBoth' as const), member, pick, head: pick }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('rate' as const),
      member,
      rag: fc.constantFrom(...RAG_RATINGS, null),
      priority: fc.constantFrom(...PRIORITIES, null),
    }),
  },
  { weight: 5, arbitrary: fc.record({ op: fc.constant('sync' as const), member, from: member }) },
);

/** Steps with a clock that sometimes stands still, so equal times and tie-breaks are covered. */
export const histories = fc.array(fc.tuple(step, fc.nat({ max: 2 })), {
  minLength: 1,
  maxLength: 60,
  size: 'max',
});

function replace(list: Annotation[], next: Annotation): Annotation[] {
  return list.map((a) => (a.id === next.id ? next : a));
}

/** Who holds each copy when members are identities: each with a name, a member id and a key. */
export interface Owner {
  name: string;
  identity: MemberIdentity;
}

/** Amara on her desktop and on her laptop (one identity, moved by her backup), and Ben. */
export function owners(): Owner[] {
  const amara = newIdentity(new Date(Date.UTC(2026, 9, 1)));
  return [
    { name: 'Amara', identity: amara },
    { name: 'Amara', identity: amara },
    { name: 'Ben', identity: newIdentity(new Date(Date.UTC(2026, 9, 1))) },
  ];
}

/** Play a history; returns every member's copy. With `by`, copy i belongs to by[i]: notes carry
 * its member id, every version is signed with its key, and a member changes only their own notes. */
export function play(
  history: readonly (readonly [Step, number])[],
  by?: readonly Owner[],
): Annotation[][] {
  const copies: Annotation[][] = MEMBERS.map(() => []);
  let clock = Date.UTC(2026, 10, 1);
  let made = 0;
  for (const [s, tick] of history) {
    clock += tick * 1000;
    const now = new Date(clock);
    const owner = by?.[s.member];
    const name = owner?.name ?? (MEMBERS[s.member] as string);
    const sign = owner ? versionSigner(owner.identity) : undefined;
    const copy = copies[s.member] as Annotation[];
    const at = 'pick' in s ? s.pick : 0;
    const any = copy.length ? copy[at % copy.length] : undefined;
    // A member may change only their own notes once notes have writers.
    const chosen = owner && any && any.authorId !== owner.identity.memberId ? undefined : any;
    switch (s.op) {
      case 'create': {
        // A forged id is one another member already uses and this member has not seen.
        const own = new Set(copy.map((a) => a.id));
        const foreign = copies
          .flat()
          .map((a) => a.id)
          .filter((id) => !own.has(id));
        // Members with keys use random ids, so only a forger reuses one (tests/shared/merge/forged.test.ts).
        const id =
          s.forgeId && !by && foreign.length
            ? (foreign[made % foreign.length] as string)
            : `ann-${made}`;
        made++;
        copies[s.member] = [
          ...copy,
          createAnnotation(
            { kind: 'note', target: TARGET, body: s.body },
            name,
            now,
            id,
            owner?.identity.memberId ?? null,
            sign,
          ),
        ];
        break;
      }
      case 'edit':
        if (chosen)
          copies[s.member] = replace(
            copy,
            editAnnotation(chosen, { body: s.body }, name, now, sign),
          );
        break;
      case 'delete':
        if (chosen) copies[s.member] = replace(copy, deleteAnnotation(chosen, name, now, sign));
        break;
      case 'resolve':
      case 'keepBoth': {
        if (!chosen || chosen.conflicts.length === 0) break;
        const heads = [chosen, ...chosen.conflicts];
        const head = heads[s.head % heads.length] as { rev: string };
        if (s.op === 'resolve')
          copies[s.member] = replace(copy, resolveConflict(chosen, head.rev, name, now, sign));
        else {
          const [kept, forked] = keepBoth(chosen, head.rev, name, now, sign);
          copies[s.member] = mergeAnnotations(replace(copy, kept), [forked]);
        }
        break;
      }
      case 'rate': {
        // The member's own rating (as RatingControls keeps it): edited if they have one here, else made.
        const own = copy.find(
          (a) =>
            a.kind === 'rating' &&
            !a.deletedAt &&
            (owner ? a.authorId === owner.identity.memberId : a.author === name),
        );
        if (own)
          copies[s.member] = replace(
            copy,
            editAnnotation(own, { rag: s.rag, priority: s.priority }, name, now, sign),
          );
        else {
          copies[s.member] = [
            ...copy,
            createAnnotation(
              { kind: 'rating', target: TARGET, rag: s.rag, priority: s.priority },
              name,
              now,
              `rating-${made}`,
              owner?.identity.memberId ?? null,
              sign,
            ),
          ];
          made++;
        }
        break;
      }
      case 'sync':
        copies[s.member] = mergeAnnotations(copy, copies[s.from] as Annotation[]);
        break;
    }
  }
  return copies;
}
