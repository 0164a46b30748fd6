// The recommendations tracker, filled in by a clerk: owner, due date, status and evidence for
// each recommendation. Shown in the pack builder and in the report view; saved as it is typed.
import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Action, Finding } from '../../shared/model';
import { ACTION_STATUSES } from '../../shared/model';
import { ACTION_STATUS_LABELS, shortText } from '../../shared/pack/format';
import { db } from '../db/instance';
import { saveAction } from '../db/repositories/actions';

type Editable = Pick<Action, 'owner' | 'dueOn' | 'status' | 'evidence'>;

function RecommendationRow({ finding, stored }: { finding: Finding; stored: Action | undefined }) {
  const ids = useId();
  // The fields follow what is typed; the store follows a moment later.
  const [draft, setDraft] = useState<Editable | null>(null);
  const [state, setState] = useState<'saved' | 'failed'>('saved');
  const value: Editable = draft ?? { owner: stored?.owner ?? '', dueOn: stored?.dueOn ?? null, status: stored?.status ?? 'not_started', evidence: stored?.evidence ?? '' };
  const change = (patch: Partial<Editable>) => {
    setDraft({ ...value, ...patch });
    saveAction(db, finding, patch, new Date())
      .then(() => setState('saved'))
      .catch(() => setState('failed'));
  };
  const name = shortText(finding.text, 10);
  return (
    <fieldset className="tracker-row">
      <legend>Recommendation: {name}</legend>
      <label htmlFor={`${ids}-owner`}>Owner</label>
      <input id={`${ids}-owner`} value={value.owner} maxLength={200} onChange={(e) => change({ owner: e.target.value })} />
      <label htmlFor={`${ids}-due`}>Due date</label>
      <input id={`${ids}-due`} type="date" value={value.dueOn ?? ''} onChange={(e) => change({ dueOn: e.target.value || null })} />
      <label htmlFor={`${ids}-status`}>Status</label>
      <select id={`${ids}-status`} value={value.status} onChange={(e) => change({ status: e.target.value as Action['status'] })}>
        {ACTION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {ACTION_STATUS_LABELS[s]}
          </option>
        ))}
      </select>
      <label htmlFor={`${ids}-evidence`}>Evidence</label>
      <textarea id={`${ids}-evidence`} rows={3} maxLength={100_000} value={value.evidence} onChange={(e) => change({ evidence: e.target.value })} />
      {state === 'failed' ? <p className="pack-error">Not saved: try again.</p> : null}
    </fieldset>
  );
}

/** The tracker for the given recommendations (other kinds of finding are left out), folded
 * away until opened. */
export function TrackerEditor({ findings }: { findings: readonly Finding[] }) {
  const recommendations = findings.filter((f) => f.kind === 'recommendation');
  const key = recommendations.map((f) => f.id).join('|');
  const actions = useLiveQuery(() => db.actions.where('findingId').anyOf(key ? key.split('|') : []).toArray(), [key]);
  return (
    <details className="pack-form tracker">
      <summary>Recommendations tracker ({recommendations.length === 1 ? '1 recommendation' : `${recommendations.length} recommendations`})</summary>
      {recommendations.length === 0 ? (
        <p>There are no recommendations here to track.</p>
      ) : actions === undefined ? (
        <p>Loading the tracker…</p>
      ) : (
        recommendations.map((f) => <RecommendationRow key={f.id} finding={f} stored={actions.find((a) => a.findingId === f.id)} />)
      )}
    </details>
  );
}
