// "Add to a briefing pack" on the Themes and Questions screens: the findings the screen shows go to
// the end of a pack the member chooses (or a new one), with the pack builder's rule of asking first
// when that is more than 50, and a line saying what was added, with a link to the pack.
import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { BriefingPack, Finding } from '../../shared/model';
import { longDate } from '../../shared/pack/format';
import { db } from '../db/instance';
import { addFindingsToPack, createPack } from '../db/repositories/packs';
import { readSettings } from '../db/repositories/settings';
import { routeHref } from '../app/route';
import { confirmAdding } from './confirm-add';

const NEW_PACK = 'new';

/** What the last press did, and the pack it went to (linked) when there is one. */
type Outcome = { message: string; pack?: BriefingPack };

/** How many of `findings` the pack does not hold yet, itself or through a whole report. */
function freshCount(
  pack: BriefingPack | undefined,
  findings: readonly Pick<Finding, 'id' | 'reportId'>[],
) {
  const ids = new Set(
    (pack?.items ?? []).map((i) => (i.type === 'report' ? `report:${i.reportId}` : i.findingId)),
  );
  return new Set(
    findings.filter((f) => !ids.has(f.id) && !ids.has(`report:${f.reportId}`)).map((f) => f.id),
  ).size;
}

const findingsWord = (n: number) => (n === 1 ? '1 finding' : `${n} findings`);

export function AddToPack({
  findings,
  description,
}: {
  /** The findings to add, in the order they go into the pack. */
  findings: readonly Pick<Finding, 'id' | 'reportId'>[];
  /** What they are, for the button's name: "on care leavers", "these questions are on". */
  description: string;
}) {
  const ids = useId();
  const packs = useLiveQuery(() => db.packs.orderBy('modifiedAt').reverse().toArray(), []);
  const meetings = useLiveQuery(() => db.meetings.toArray(), []);
  const [chosen, setChosen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  if (packs === undefined || meetings === undefined) return null;
  // The pack changed most recently, unless the member chose another.
  const packId = chosen ?? packs[0]?.id ?? NEW_PACK;
  const target = packs.find((p) => p.id === packId);
  const count = new Set(findings.map((f) => f.id)).size;

  const label = (pack: BriefingPack) => {
    const meeting = meetings.find((m) => m.id === pack.meetingId);
    return meeting ? `${pack.title} (meeting ${longDate(meeting.date)})` : pack.title;
  };

  async function add() {
    if (busy) return;
    const fresh = target ? freshCount(target, findings) : count;
    if (fresh === 0) {
      setOutcome({
        message: `Nothing added: ${count === 1 ? 'the finding is' : `all ${count} findings are`} in “${target?.title ?? ''}” already.`,
        pack: target,
      });
      return;
    }
    if (!confirmAdding(fresh, 'you can choose findings one by one in the pack builder instead.')) {
      setOutcome({ message: 'Nothing added.' });
      return;
    }
    setBusy(true);
    try {
      let id = target?.id;
      if (!id) {
        const settings = await readSettings(db);
        const latest = meetings?.slice().sort((a, b) => b.date.localeCompare(a.date))[0];
        id = (
          await createPack(db, {
            author: settings.memberName,
            marking: settings.defaultMarking,
            meetingId: latest?.id ?? null,
          })
        ).id;
        setChosen(id);
      }
      const { pack, added, already } = await addFindingsToPack(db, id, findings);
      setOutcome({
        message:
          `Added ${findingsWord(added)} to “${pack.title}”` +
          (already > 0 ? `; ${already === 1 ? '1 was' : `${already} were`} in it already.` : '.'),
        pack,
      });
    } catch (error) {
      setOutcome({
        message: `Nothing added: ${error instanceof Error ? error.message : String(error)}`,
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={`${ids}-title`} className="add-to-pack">
      <h2 id={`${ids}-title`}>Add to a briefing pack</h2>
      <div className="pack-actions">
        <label>
          Pack{' '}
          <select
            value={packId}
            onChange={(e) => {
              setChosen(e.target.value);
              setOutcome(null);
            }}
          >
            {packs.map((p) => (
              <option key={p.id} value={p.id}>
                {label(p)}
              </option>
            ))}
            <option value={NEW_PACK}>A new pack</option>
          </select>
        </label>
        {/* Not disabled while adding: that would drop a keyboard user's focus to the page. */}
        <button
          type="button"
          onClick={() => void add()}
          disabled={count === 0}
          aria-disabled={busy || undefined}
        >
          Add the {findingsWord(count)} {description} to the pack
        </button>
      </div>
      <p role="status">
        {outcome?.message}
        {outcome?.pack ? (
          <>
            {' '}
            <a href={routeHref({ screen: 'packs', packId: outcome.pack.id })}>
              Open “{outcome.pack.title}”
            </a>
          </>
        ) : null}
      </p>
    </section>
  );
}
