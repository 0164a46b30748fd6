// An improvement or decline, said in words and shown with colour and an arrow (never colour alone).
import { CHANGE_WORDS, type JourneyChange } from '../../shared/journey/journey';

const ARROWS: Record<JourneyChange, string> = {
  improved: '▲',
  declined: '▼',
  same: '▬',
  first: '',
  not_comparable: '',
};

export function ChangeBadge({ change }: { change: JourneyChange }) {
  return (
    <span className={`change change-${change}`}>
      {ARROWS[change] ? <span aria-hidden="true">{ARROWS[change]} </span> : null}
      {CHANGE_WORDS[change]}
    </span>
  );
}
