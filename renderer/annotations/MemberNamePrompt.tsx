// Asks once for the member's name, which is written on every note they make (attribution).
import { useId, useState } from 'react';
import { db } from '../db/instance';
import { saveSettings } from '../db/repositories/settings';
import { announce } from '../app/Announcer';

export function MemberNamePrompt() {
  const id = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError('Enter your name, for example Cllr Amara Okafor.');
      return;
    }
    await saveSettings(db, { memberName: trimmed.slice(0, 200) });
    announce(`Your notes will be signed ${trimmed}`);
  };
  return (
    <form className="name-prompt" onSubmit={submit} noValidate>
      <p>
        Before your first note: what name should your notes carry? Colleagues see it when you share
        notes. You can change it in Settings.
      </p>
      <label htmlFor={`${id}-name`}>Your name</label>
      <input
        id={`${id}-name`}
        value={name}
        autoComplete="name"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setName(e.target.value)}
      />
      {error ? (
        <p id={`${id}-error`} className="error">
          {error}
        </p>
      ) : null}
      <button type="submit" className="primary">
        Save my name
      </button>
    </form>
  );
}
