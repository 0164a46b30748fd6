// Meetings: committee, date, agenda item and its title; create, edit and list.
import { useCallback, useId, useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/instance';
import type { DraftChange } from '../db/database';
import { deleteMeeting, type MeetingFields } from '../db/repositories/packs';
import { SaveStatus, useAutosave } from '../autosave/useAutosave';
import { announce } from '../app/Announcer';
import { longDate } from '../../shared/pack/format';
import type { Meeting } from '../../shared/model';

const COMMITTEES = [
  "Children and Young People's Overview and Scrutiny Committee",
  'Corporate Parenting Panel',
  "Children's Services Scrutiny Committee",
];
const EMPTY: MeetingFields = { committee: '', date: '', agendaItem: '', agendaTitle: '' };

/** A meeting's fields save as typed once it has a committee and a date (the least a meeting
 * needs), through the one autosave hook; "Save meeting" confirms and starts a fresh form. */
function MeetingForm({ editing, onDone }: { editing: Meeting | null; onDone: () => void }) {
  const [id] = useState(() => editing?.id ?? `meeting-${crypto.randomUUID()}`);
  const form = useAutosave<MeetingFields>(
    editing
      ? {
          committee: editing.committee,
          date: editing.date,
          agendaItem: editing.agendaItem,
          agendaTitle: editing.agendaTitle,
        }
      : EMPTY,
    `meeting:${id}`,
    useCallback(
      (fields: MeetingFields): DraftChange | null =>
        fields.committee.trim() && fields.date ? { type: 'meeting', id, fields } : null,
      [id],
    ),
  );
  const fields = form.value;
  const [error, setError] = useState('');
  const ids = useId();
  const set = (key: keyof MeetingFields) => (event: { target: { value: string } }) =>
    form.change({ ...fields, [key]: event.target.value });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!fields.committee.trim() || !fields.date) {
      setError('Give the committee and the meeting date.');
      return;
    }
    form.flush();
    setError('');
    announce(`Saved the meeting of ${fields.committee.trim()} on ${longDate(fields.date)}.`);
    onDone();
  }

  return (
    <form onSubmit={submit} aria-labelledby={`${ids}-title`} className="pack-form">
      <h3 id={`${ids}-title`}>{editing ? 'Edit meeting' : 'Add a meeting'}</h3>
      <label htmlFor={`${ids}-committee`}>Committee</label>
      <input
        id={`${ids}-committee`}
        list={`${ids}-committees`}
        value={fields.committee}
        onChange={set('committee')}
        onBlur={form.flush}
        required
      />
      <datalist id={`${ids}-committees`}>
        {COMMITTEES.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      <label htmlFor={`${ids}-date`}>Meeting date</label>
      <input
        id={`${ids}-date`}
        type="date"
        value={fields.date}
        onChange={set('date')}
        onBlur={form.flush}
        required
      />
      <label htmlFor={`${ids}-item`}>Agenda item</label>
      <input
        id={`${ids}-item`}
        value={fields.agendaItem}
        onChange={set('agendaItem')}
        onBlur={form.flush}
        maxLength={50}
      />
      <label htmlFor={`${ids}-agenda-title`}>Agenda item title</label>
      <input
        id={`${ids}-agenda-title`}
        value={fields.agendaTitle}
        onChange={set('agendaTitle')}
        onBlur={form.flush}
        maxLength={500}
      />
      {error && (
        <p className="pack-error" role="alert">
          {error}
        </p>
      )}
      <div className="pack-actions">
        <button type="submit" className="primary">
          Save meeting
        </button>
        <SaveStatus state={form.state} />
      </div>
    </form>
  );
}

export function MeetingsPanel() {
  const meetings = useLiveQuery(() => db.meetings.orderBy('date').reverse().toArray(), []);
  const [editing, setEditing] = useState<Meeting | null>(null);
  // A new form (and a new meeting id) after each meeting is saved.
  const [formCount, setFormCount] = useState(0);
  return (
    <section aria-labelledby="meetings-title">
      <h2 id="meetings-title">Meetings</h2>
      {meetings === undefined ? (
        <p>Loading meetings…</p>
      ) : meetings.length === 0 ? (
        <p>No meetings yet. Add the meeting your pack is for.</p>
      ) : (
        <table className="pack-table">
          <caption className="visually-hidden">Your meetings</caption>
          <thead>
            <tr>
              <th scope="col">Committee</th>
              <th scope="col">Date</th>
              <th scope="col">Agenda item</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {meetings.map((m) => (
              <tr key={m.id}>
                <td>{m.committee}</td>
                <td>{longDate(m.date)}</td>
                <td>{[m.agendaItem, m.agendaTitle].filter(Boolean).join(': ')}</td>
                <td>
                  <button
                    type="button"
                    onClick={() => setEditing(m)}
                    aria-label={`Edit meeting ${m.committee}, ${longDate(m.date)}`}
                  >
                    Edit
                  </button>{' '}
                  <button
                    type="button"
                    onClick={() =>
                      void deleteMeeting(db, m.id).then(() =>
                        announce('Meeting deleted; its packs are kept.'),
                      )
                    }
                    aria-label={`Delete meeting ${m.committee}, ${longDate(m.date)}`}
                  >
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <MeetingForm
        key={editing?.id ?? `new-${formCount}`}
        editing={editing}
        onDone={() => {
          setEditing(null);
          setFormCount((n) => n + 1);
        }}
      />
    </section>
  );
}
