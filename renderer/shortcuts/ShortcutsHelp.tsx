// The list of keyboard shortcuts, opened with "?" anywhere or with its button.
import { useRef } from 'react';
import { SHORTCUTS, useShortcuts } from './shortcuts';

export function ShortcutsHelp() {
  const dialog = useRef<HTMLDialogElement>(null);
  const open = () => {
    if (!dialog.current?.open) dialog.current?.showModal();
  };
  useShortcuts({ '?': open });
  return (
    <>
      <button type="button" className="shortcuts-button" onClick={open}>
        Keyboard shortcuts
      </button>
      <dialog ref={dialog} aria-labelledby="shortcuts-title" className="shortcuts-dialog">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <p>These work when you are not typing in a box.</p>
        <table>
          <thead>
            <tr>
              <th scope="col">Key</th>
              <th scope="col">Does</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.keys}>
                <td>
                  <kbd>{s.keys}</kbd>
                </td>
                <td>{s.does}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" className="primary" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </dialog>
    </>
  );
}
