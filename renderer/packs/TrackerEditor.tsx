// The recommendations tracker, filled in by a clerk: owner, due date, status and evidence for
// each recommendation. Shown in the pack builder and in the report view; saved through the one
// autosave hook (renderer/autosave), so nothing typed is lost when the window closes.
import { useCallback, useEffect, useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Action, Finding } from '../../shared/model';
import { ACTION_STATUSES } from '../../shared/model';
import { ACTION_STATUS_LABELS, shortText } from '../../shared/pack/format';
import { useAutosave } from '../autosave/useAutosave';
import type { DraftChange } from '../db/database';
import { db } from '../db/instance';

type Editable = Pick<Action, 'owner' | 'dueOn' | 'status' | 'evidence'>;

function editableOf(stored: Action | undefined): Editable {
  return {
    owner: stored?.owner ?? '',
    dueOn: stored?.dueOn ?? null,
    status: stored?.status ?? 'not_started',
    evidence: stored?.evidence ?? '',
  };
}

function RecommendationRow({ finding, stored }: { finding: Finding; stored: Action | undefined }) {
  const ids = useId();
  const { id, reportId } = finding;
  const fields = useAutosave(
    editableOf(stored),
    `action:${id}`,
    useCallback(
      (v: Editable): DraftChange => ({ type: 'action', finding: { id, reportId }, fields: v }),
      [id, reportId],
    ),
  );
  const { reset } = fields;
  // What another window or a merge stores shows here, unless the clerk's own words are on their way.
  useEffect(() => reset(editableOf(stored)), [reset, stored]);
  const value = fields.value;
  const change = (patch: Partial<Editable>) => fields.change({ ...value, ...patch });
  const name = shortText(finding.text, 10);
  return (
    <fieldset className="tracker-row">
      <legend>Recommendation: {name}</legend>
      <label htmlFor={`${ids}-owner`}>Owner</label>
      <input
        id={`${ids}-owner`}
        value={value.owner}
        maxLength={200}
        onChange={(e) => change({ owner: e.target.value })}
        onBlur={fields.flush}
      />
      <label htmlFor={`${ids}-due`}>Due date</label>
      <input
        id={`${ids}-due`}
        type="date"
        value={value.dueOn ?? ''}
        onChange={(e) => change({ dueOn: e.target.value || null })}
        onBlur={fields.flush}
      />
      <label htmlFor={`${ids}-status`}>Status</label>
      <select
        id={`${ids}-status`}
        value={value.status}
        onChange={(e) => change({ status: e.target.value as Action['status'] })}
        onBlur={fields.flush}
      >
        {ACTION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {ACTION_STATUS_LABELS[s]}
          </option>
        ))}
      </select>
      <label htmlFor={`${ids}-evidence`}>Evidence</label>
      <textarea
        id={`${ids}-evidence`}
        rows={3}
        maxLength={100_000}
        value={value.evidence}
        onChange={(e) => change({ evidence: e.target.value })}
        onBlur={fields.flush}
      />
      {fields.state === 'failed' ? (
        <p className="pack-error">Not saved: your words are still here; try again.</p>
      ) : null}
    </fieldset>
  );
}

/** The tracker for the given recommendations (other kinds of finding are left out), folded
 * away until opened. Its rows are made only while it is open: a report's page otherwise built
 * four fields for every recommendation each time the member opened it. Closing it saves what was
 * typed, as any editor does when it goes away. */
export function TrackerEditor({ findings }: { findings: readonly Finding[] }) {
  const [open, setOpen] = useState(false);
  const recommendations = findings.filter((f) => f.kind === 'recommendation');
  const key = recommendations.map((f) => f.id).join('|');
  const actions = useLiveQuery<Action[] | null>(
    () =>
      open
        ? db.actions
            .where('findingId')
            .anyOf(key ? key.split('|') : [])
            .toArray()
        : null,
    [key, open],
  );
  return (
    <details
      className="pack-form tracker"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>
        Recommendations tracker (
        {recommendations.length === 1
          ? '1 recommendation'
          : `${recommendations.length} recommendations`}
        )
      </summary>
      {!open ? null : recommendations.length === 0 ? (
        <p>There are no recommendations here to track.</p>
      ) : actions == null ? (
        <p>Loading the tracker…</p>
      ) : (
        recommendations.map((f) => (
          <RecommendationRow
            key={f.id}
            finding={f}
            stored={actions.find((a) => a.findingId === f.id)}
          />
        ))
      )}
    </details>
  );
}
