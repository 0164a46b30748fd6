// Who the member is (the name their notes carry) and their default marking; saved as typed
// through the one autosave hook.
import { useCallback, useEffect, useRef } from 'react';
import { useAutosave } from '../autosave/useAutosave';
import type { DraftChange } from '../db/database';
import { MARKINGS, type Marking, type Settings } from '../../shared/model';

const NAME_LIMIT = 200;

export function MemberSection({ settings }: { settings: Settings }) {
  const name = useAutosave(
    settings.memberName,
    'settings:memberName',
    useCallback(
      (value: string): DraftChange | null =>
        value.length > NAME_LIMIT
          ? null
          : { type: 'settings', patch: { memberName: value.trim() } },
      [],
    ),
  );
  const marking = useAutosave(
    settings.defaultMarking,
    'settings:defaultMarking',
    useCallback(
      (m: Marking): DraftChange => ({ type: 'settings', patch: { defaultMarking: m } }),
      [],
    ),
    {
      saved: (m) => `Saved: new packs will be marked ${m}`,
    },
  );
  const nameBox = useRef<HTMLInputElement>(null);
  const error =
    name.value.length > NAME_LIMIT
      ? `Names are at most ${NAME_LIMIT} characters; shorten it to save.`
      : '';
  const { reset: resetName } = name;
  const { reset: resetMarking } = marking;

  // What is stored shows when the member is not typing here (after a restore, say).
  useEffect(() => {
    if (document.activeElement !== nameBox.current) resetName(settings.memberName);
  }, [settings.memberName, resetName]);
  useEffect(() => resetMarking(settings.defaultMarking), [settings.defaultMarking, resetMarking]);

  return (
    <section aria-labelledby="member-title" className="settings-section">
      <h2 id="member-title">You</h2>
      <div className="field">
        <label htmlFor="member-name">Your name</label>
        <span className="hint" id="member-name-hint">
          Written on every note you make, and seen by colleagues you share notes with.
        </span>
        <input
          id="member-name"
          ref={nameBox}
          value={name.value}
          autoComplete="name"
          aria-describedby={error ? 'member-name-hint member-name-error' : 'member-name-hint'}
          aria-invalid={error ? true : undefined}
          onChange={(e) => name.change(e.target.value)}
          onBlur={name.flush}
        />
        {error ? (
          <p id="member-name-error" className="error">
            {error}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="default-marking">Default marking for briefing packs</label>
        <select
          id="default-marking"
          value={marking.value}
          onChange={(e) => {
            const next = e.target.value as Marking;
            marking.change(next);
            marking.flush();
          }}
        >
          {MARKINGS.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
