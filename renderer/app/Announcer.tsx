// One polite live region for the whole app: "Saved", "Imported 42 findings", and so on.
import { useEffect, useState } from 'react';

const EVENT = 'scrutiny-desk:announce';
const CLEAR_AFTER_MS = 12_000;

/** Say something to screen-reader users (and show it in the status line). */
export function announce(message: string): void {
  window.dispatchEvent(new CustomEvent<string>(EVENT, { detail: message }));
}

export function Announcer() {
  const [message, setMessage] = useState('');
  useEffect(() => {
    let clear: ReturnType<typeof setTimeout> | undefined;
    const onAnnounce = (event: Event) => {
      setMessage((event as CustomEvent<string>).detail);
      // The status line fades after a while so an old message is not mistaken for a new one.
      clearTimeout(clear);
      clear = setTimeout(() => setMessage(''), CLEAR_AFTER_MS);
    };
    window.addEventListener(EVENT, onAnnounce);
    return () => {
      clearTimeout(clear);
      window.removeEventListener(EVENT, onAnnounce);
    };
  }, []);
  return (
    <div className="status-line" role="status" aria-live="polite">
      {message}
    </div>
  );
}
