// Choosing a report's authority from the bundled list: type part of a name (or the LA code) and
// choose from the matching councils. A plain labelled search box and list box, so it works by
// keyboard and screen reader as any form control does.
import { useId, useMemo, useState } from 'react';
import { authorityLabel, searchAuthorities, type AuthorityEntry } from '../../shared/authorities';

export function AuthorityPicker({
  initialQuery = '',
  onChoose,
}: {
  initialQuery?: string;
  onChoose: (entry: AuthorityEntry) => void;
}) {
  const id = useId();
  const [query, setQuery] = useState(initialQuery);
  const matches = useMemo(() => searchAuthorities(query), [query]);
  return (
    <div className="authority-picker">
      <label htmlFor={`${id}-search`}>Find the authority</label>
      <input
        id={`${id}-search`}
        type="search"
        value={query}
        autoComplete="off"
        onChange={(e) => setQuery(e.target.value)}
        aria-describedby={`${id}-count`}
      />
      <p id={`${id}-count`} role="status">
        {matches.length === 0
          ? 'No authority matches; try part of its name or its three-digit LA code.'
          : `${matches.length} ${matches.length === 1 ? 'authority matches' : 'authorities match'}.`}
      </p>
      <label htmlFor={`${id}-list`}>Authority</label>
      <select
        id={`${id}-list`}
        size={Math.min(8, Math.max(2, matches.length))}
        value=""
        onChange={(e) => {
          const entry = matches.find((m) => m.code === e.target.value);
          if (entry) onChoose(entry);
        }}
      >
        {matches.map((m) => (
          <option key={m.code} value={m.code}>
            {authorityLabel(m)} · LA {m.code}
          </option>
        ))}
      </select>
    </div>
  );
}
