// The pack's own settings: title, meeting, marking and exempt flag, author, draft or final, and
// which sections to include, whose RAG ratings it counts, and whose notes it takes.
import { useId } from 'react';
import type { BriefingPack, Meeting, PackOptions } from '../../shared/model';
import { MARKINGS } from '../../shared/model';
import { longDate } from '../../shared/pack/format';

const SECTIONS: { key: Exclude<keyof PackOptions, 'notes' | 'ratingsBy'>; label: string }[] = [
  { key: 'judgementTable', label: 'Judgement table with previous grades' },
  { key: 'questions', label: 'Questions for officers (lines of enquiry)' },
  { key: 'ragSummary', label: 'RAG ratings and summary' },
  { key: 'recommendations', label: 'Recommendations and actions tracker' },
  { key: 'sourceReferences', label: 'Source references (page and paragraph)' },
];

const RATINGS: { value: NonNullable<PackOptions['ratingsBy']>; label: string }[] = [
  { value: 'author', label: 'The author’s own ratings' },
  { value: 'members', label: 'Each member’s ratings, side by side' },
];

const NOTES: { value: PackOptions['notes']; label: string }[] = [
  { value: 'everyone', label: "Everyone's notes" },
  { value: 'mine', label: 'Only the author’s notes' },
  { value: 'none', label: 'No notes' },
];

export function PackSettings({
  pack,
  meetings,
  onChange,
}: {
  pack: BriefingPack;
  meetings: readonly Meeting[];
  onChange: (patch: Partial<BriefingPack>) => void;
}) {
  const ids = useId();
  const setOption = (patch: Partial<PackOptions>) =>
    onChange({ options: { ...pack.options, ...patch } });
  return (
    <section aria-labelledby={`${ids}-title`} className="pack-form">
      <h2 id={`${ids}-title`}>Pack details</h2>
      <label htmlFor={`${ids}-pack-title`}>Title</label>
      <input
        id={`${ids}-pack-title`}
        value={pack.title}
        maxLength={500}
        onChange={(e) => onChange({ title: e.target.value })}
      />
      <label htmlFor={`${ids}-meeting`}>Meeting</label>
      <select
        id={`${ids}-meeting`}
        value={pack.meetingId ?? ''}
        onChange={(e) => onChange({ meetingId: e.target.value || null })}
      >
        <option value="">No meeting</option>
        {meetings.map((m) => (
          <option key={m.id} value={m.id}>
            {m.committee}, {longDate(m.date)}
            {m.agendaItem ? `, item ${m.agendaItem}` : ''}
          </option>
        ))}
      </select>
      <label htmlFor={`${ids}-author`}>Author</label>
      <input
        id={`${ids}-author`}
        value={pack.author}
        maxLength={200}
        onChange={(e) => onChange({ author: e.target.value })}
      />
      <fieldset>
        <legend>Marking</legend>
        {MARKINGS.map((m) => (
          <label key={m} className="pack-choice">
            <input
              type="radio"
              name={`${ids}-marking`}
              checked={pack.marking === m}
              onChange={() => onChange({ marking: m })}
            />{' '}
            {m}
          </label>
        ))}
        <label className="pack-choice">
          <input
            type="checkbox"
            checked={pack.exempt}
            onChange={(e) => onChange({ exempt: e.target.checked })}
          />{' '}
          Exempt (confidential item)
        </label>
      </fieldset>
      <fieldset>
        <legend>Status</legend>
        {(['draft', 'final'] as const).map((s) => (
          <label key={s} className="pack-choice">
            <input
              type="radio"
              name={`${ids}-status`}
              checked={pack.status === s}
              onChange={() => onChange({ status: s })}
            />{' '}
            {s === 'draft' ? 'Draft' : 'Final'}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Include</legend>
        {SECTIONS.map((s) => (
          <label key={s.key} className="pack-choice">
            <input
              type="checkbox"
              checked={pack.options[s.key]}
              onChange={(e) => setOption({ [s.key]: e.target.checked })}
            />{' '}
            {s.label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>RAG ratings counted</legend>
        {RATINGS.map((r) => (
          <label key={r.value} className="pack-choice">
            <input
              type="radio"
              name={`${ids}-ratings`}
              checked={(pack.options.ratingsBy ?? 'author') === r.value}
              onChange={() => setOption({ ratingsBy: r.value })}
            />{' '}
            {r.label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Members’ notes</legend>
        {NOTES.map((n) => (
          <label key={n.value} className="pack-choice">
            <input
              type="radio"
              name={`${ids}-notes`}
              checked={pack.options.notes === n.value}
              onChange={() => setOption({ notes: n.value })}
            />{' '}
            {n.label}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
