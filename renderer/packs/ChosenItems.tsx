// The pack's chosen reports and findings in order: reorder by dragging or with the Move up and
// Move down buttons, and remove.
import { useEffect, useRef, useState } from 'react';
import type { PackItem } from '../../shared/model';
import { announce } from '../app/Announcer';
import { moveItem } from '../../shared/pack/reorder';

const keyOf = (item: PackItem) =>
  item.type === 'report' ? `r:${item.reportId}` : `f:${item.findingId}`;

export function ChosenItems({
  items,
  labelOf,
  onChange,
}: {
  items: readonly PackItem[];
  labelOf: (item: PackItem) => string;
  onChange: (items: PackItem[]) => void;
}) {
  const [dragging, setDragging] = useState<number | null>(null);
  const list = useRef<HTMLOListElement>(null);
  // After Move up or Move down, focus stays with the moved item: on the same button, or on the
  // other one when the item has reached the end of the list and that button is disabled.
  const [focusAfterMove, setFocusAfterMove] = useState<{
    key: string;
    button: 'up' | 'down';
  } | null>(null);
  useEffect(() => {
    if (!focusAfterMove || !list.current) return;
    const buttons = [
      ...list.current.querySelectorAll<HTMLButtonElement>('button[data-item]'),
    ].filter((b) => b.dataset.item === focusAfterMove.key);
    const wanted =
      buttons.find((b) => b.dataset.button === focusAfterMove.button && !b.disabled) ??
      buttons.find((b) => !b.disabled);
    if (wanted) {
      wanted.focus();
      setFocusAfterMove(null);
    }
  }, [items, focusAfterMove]);
  const move = (from: number, to: number, button?: 'up' | 'down') => {
    const item = items[from] as PackItem;
    onChange(moveItem(items, from, to));
    if (button) setFocusAfterMove({ key: keyOf(item), button });
    announce(`Moved ${labelOf(item)} to position ${to + 1} of ${items.length}.`);
  };
  if (items.length === 0) return <p>Nothing chosen yet: add reports or findings below.</p>;
  return (
    <ol ref={list} className="pack-chosen" aria-label="Chosen for the pack, in order">
      {items.map((item, index) => {
        const label = labelOf(item);
        return (
          <li
            key={keyOf(item)}
            draggable
            onDragStart={(e) => {
              setDragging(index);
              e.dataTransfer.effectAllowed = 'move';
            }}
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => {
              e.preventDefault();
              if (dragging !== null) move(dragging, index);
              setDragging(null);
            }}
            className={dragging === index ? 'pack-dragging' : undefined}
          >
            <span className="pack-chosen-label">{label}</span>
            <span className="pack-chosen-buttons">
              <button
                type="button"
                data-item={keyOf(item)}
                data-button="up"
                disabled={index === 0}
                onClick={() => move(index, index - 1, 'up')}
                aria-label={`Move up: ${label}`}
              >
                Move up
              </button>
              <button
                type="button"
                data-item={keyOf(item)}
                data-button="down"
                disabled={index === items.length - 1}
                onClick={() => move(index, index + 1, 'down')}
                aria-label={`Move down: ${label}`}
              >
                Move down
              </button>
              <button
                type="button"
                onClick={() => {
                  onChange(items.filter((_, i) => i !== index));
                  announce(`Removed ${label} from the pack.`);
                }}
                aria-label={`Remove: ${label}`}
              >
                Remove
              </button>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
