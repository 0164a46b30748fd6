// One finding under review: its words and source, with its kind, themes, and merge or split.
import { memo } from 'react';
import {
  FINDING_KINDS,
  FINDING_KIND_LABELS,
  type Finding,
  type FindingKind,
} from '../../shared/model';
import { parseThemes } from '../../shared/import/review';
import { KindReason } from './KindReason';

export const FindingReview = memo(function FindingReview({
  finding,
  number,
  isLast,
  selected,
  onSelect,
  onKind,
  onThemes,
  onMerge,
  onSplit,
}: {
  finding: Finding;
  number: number;
  isLast: boolean;
  selected: boolean;
  onSelect: () => void;
  onKind: (kind: FindingKind) => void;
  onThemes: (themes: string[]) => void;
  onMerge: () => void;
  onSplit: () => void;
}) {
  const where = [
    finding.source.page ? `page ${finding.source.page}` : null,
    `paragraph ${finding.source.paragraph}`,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <li className={selected ? 'review-finding selected' : 'review-finding'} value={number}>
      <p>{finding.text}</p>
      <KindReason finding={finding} number={number} />
      <div className="review-finding-controls">
        <button type="button" onClick={onSelect} aria-pressed={selected}>
          Show in report ({where})
        </button>
        <label>
          Kind of finding {number}{' '}
          <select
            aria-label={`Kind of finding ${number}`}
            value={finding.kind}
            onChange={(e) => onKind(e.target.value as FindingKind)}
          >
            {FINDING_KINDS.map((k) => (
              <option key={k} value={k}>
                {FINDING_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Themes of finding {number}{' '}
          <input
            aria-label={`Themes of finding ${number}`}
            key={finding.themes.join('|')}
            defaultValue={finding.themes.join(', ')}
            onBlur={(e) => {
              const themes = parseThemes(e.target.value);
              if (themes.join('|') !== finding.themes.join('|')) onThemes(themes);
            }}
          />
        </label>
        <button type="button" onClick={onMerge} disabled={isLast}>
          Merge {number} with next
        </button>
        <button type="button" onClick={onSplit}>
          Split {number}
        </button>
      </div>
    </li>
  );
});
