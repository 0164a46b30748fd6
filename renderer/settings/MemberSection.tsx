// Who the member is (the name their notes carry) and their default marking; saved as changed.
import { useState } from 'react';
import { db } from '../db/instance';
import { saveSettings } from '../db/repositories/settings';
import { announce } from '../app/Announcer';
import { MARKINGS, type Marking, type Settings } from '../../shared/model';

export function MemberSection({ settings }: { settings: Settings }) {
  // While the member types, the field shows their draft (typing stays immediate and each change
  // is written as it is made); otherwise it shows what is stored, e.g. after a restore.
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState('');
  const name = draft ?? settings.memberName;

  const saveName = async (value: string) => {
    setDraft(value);
    if (value.length > 200) {
      setError('Names are at most 200 characters; shorten it to save.');
      return;
    }
    setError('');
    await saveSettings(db, { memberName: value.trim() });
    announce('Saved');
  };

  const saveMarking = async (marking: Marking) => {
    await saveSettings(db, { defaultMarking: marking });
    announce(`Saved: new packs will be marked ${marking}`);
  };

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
          value={name}
          autoComplete="name"
          aria-describedby={error ? 'member-name-hint member-name-error' : 'member-name-hint'}
          aria-invalid={error ? true : undefined}
          onChange={(e) => void saveName(e.target.value)}
          onBlur={() => setDraft(error ? name : null)}
        />
        {error ? (
          <p id="member-name-error" className="error">
            {error}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="default-marking">Default marking for briefing packs</label>
        <select id="default-marking" value={settings.defaultMarking} onChange={(e) => void saveMarking(e.target.value as Marking)}>
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
