// The keyboard shortcuts, documented in one list that the help dialog shows, and a hook that
// runs them except while the member is typing.
import { useEffect, useRef } from 'react';

export const SHORTCUTS: { keys: string; does: string }[] = [
  { keys: 'j', does: 'Next finding' },
  { keys: 'k', does: 'Previous finding' },
  { keys: 'n', does: 'Annotate the current finding (add a note)' },
  { keys: 's', does: 'Show the current finding in the report text' },
  { keys: '/', does: 'Search findings and notes' },
  { keys: '?', does: 'Show these shortcuts' },
  { keys: 'Escape', does: 'Clear and leave the search box, or close this list' },
];

/** Whether a key press belongs to what the member is typing rather than to a shortcut. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement)
    return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  return false;
}

/** Calls handlers[key] for unmodified key presses outside text fields. */
export function useShortcuts(handlers: Record<string, () => void>): void {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (
        event.defaultPrevented ||
        event.ctrlKey ||
        event.metaKey ||
        event.altKey ||
        isTyping(event.target)
      )
        return;
      const handler = ref.current[event.key];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
