// The pack's chosen reports and findings in order: reorder by dragging or with the Move up and
// Move down buttons, and remove.
import { useState } from 'react';
import type { PackItem } from '../../shared/model';
import { announce } from '../app/Announcer';
import { moveItem } from '../../shared/pack/reorder';

export function ChosenItems({ items, labelOf, onChange }: { items: readonly PackItem[]; labelOf: (item: PackItem) => string; onChange: (items: PackItem[]) => void }) {
  const [dragging, setDragging] = useState<number | null>(null);
  const move = (from: number, to: number) => {
    onChange(moveItem(items, from, to));
    announce(`Moved ${labelOf(items[from] as PackItem)} to position ${to + 1} of ${items.length}.`);
  };
  if (items.length === 0) return <p>Nothing chosen yet: add reports or findings below.</p>;
  return (
    <ol className="pack-chosen" aria-label="Chosen for the pack, in order">
      {items.map((item, index) => {
        const label = labelOf(item);
        return (
          <li
            key={item.type === 'report' ? `r:${item.reportId}` : `f:${item.findingId}`}
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
              <button type="button" disabled={index === 0} onClick={() => move(index, index - 1)} aria-label={`Move up: ${label}`}>
                Move up
              </button>
              <button type="button" disabled={index === items.length - 1} onClick={() => move(index, index + 1)} aria-label={`Move down: ${label}`}>
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
