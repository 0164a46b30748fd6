// One polite live region for the whole app: "Saved", "Imported 42 findings", and so on.
import { useEffect, useState } from 'react';

const EVENT = 'scrutiny-desk:announce';

/** Say something to screen-reader users (and show it in the status line). */
export function announce(message: string): void {
  window.dispatchEvent(new CustomEvent<string>(EVENT, { detail: message }));
}

export function Announcer() {
  const [message, setMessage] = useState('');
  useEffect(() => {
    const onAnnounce = (event: Event) => setMessage((event as CustomEvent<string>).detail);
    window.addEventListener(EVENT, onAnnounce);
    return () => window.removeEventListener(EVENT, onAnnounce);
  }, []);
  return (
    <div className="status-line" role="status" aria-live="polite">
      {message}
    </div>
  );
}
