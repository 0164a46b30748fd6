// A small line chart of grades over time, one line per area; the table beside it is its text
// alternative, and each point also carries its words in a <title>.
import type { JourneyEntry } from '../../shared/journey/journey';
import { GRADE_RANK } from '../../shared/model';
import { areaLabel, gradeLabel } from '../library/labels';

const W = 560;
const H = 180;
const PAD = { left: 150, right: 16, top: 12, bottom: 28 };
const LEVELS: { rank: number; label: string }[] = [
  { rank: 4, label: 'Outstanding' },
  { rank: 3, label: 'Good' },
  { rank: 2, label: 'Requires improvement' },
  { rank: 1, label: 'Inadequate' },
];
const SHAPES = ['circle', 'square', 'diamond', 'triangle'] as const;

function rankOf(e: JourneyEntry): number | null {
  return e.grade === 'score' ? (e.score ?? null) : GRADE_RANK[e.grade];
}

export function JourneyChart({ journey, titleId, descId }: { journey: readonly JourneyEntry[]; titleId: string; descId: string }) {
  const dated = journey.filter((e) => e.year !== null && rankOf(e) !== null);
  const years = [...new Set(dated.map((e) => e.year as number))].sort((a, b) => a - b);
  if (years.length === 0) return null;
  const areas = [...new Set(dated.map((e) => e.key))];
  const x = (year: number) => PAD.left + (years.length === 1 ? (W - PAD.left - PAD.right) / 2 : ((years.indexOf(year) / (years.length - 1)) * (W - PAD.left - PAD.right)));
  const y = (rank: number) => PAD.top + ((4 - rank) / 3) * (H - PAD.top - PAD.bottom);
  return (
    <svg className="journey-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${titleId} ${descId}`}>
      <title id={titleId}>Grades by year</title>
      <desc id={descId}>
        {`Grades for ${areas.length} areas from ${years[0]} to ${years[years.length - 1]}. The table that follows gives every judgement in words.`}
      </desc>
      {LEVELS.map((l) => (
        <g key={l.rank}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(l.rank)} y2={y(l.rank)} className="journey-grid" />
          <text x={PAD.left - 8} y={y(l.rank) + 4} textAnchor="end" className="journey-axis">
            {l.label}
          </text>
        </g>
      ))}
      {years.map((year) => (
        <text key={year} x={x(year)} y={H - 8} textAnchor="middle" className="journey-axis">
          {year}
        </text>
      ))}
      {areas.map((key, i) => {
        const points = dated.filter((e) => e.key === key);
        const path = points.map((e, j) => `${j ? 'L' : 'M'}${x(e.year as number)},${y(rankOf(e) as number)}`).join(' ');
        return (
          <g key={key} className={`journey-series series-${i % 6}`}>
            <path d={path} fill="none" />
            {points.map((e) => (
              <Marker key={`${e.year}-${e.key}`} shape={SHAPES[i % SHAPES.length] ?? 'circle'} cx={x(e.year as number)} cy={y(rankOf(e) as number)}>
                <title>{`${e.year}: ${areaLabel(e.key, e.label)}, ${gradeLabel(e.grade, e.score)}`}</title>
              </Marker>
            ))}
          </g>
        );
      })}
    </svg>
  );
}

function Marker({ shape, cx, cy, children }: { shape: (typeof SHAPES)[number]; cx: number; cy: number; children: React.ReactNode }) {
  const r = 5;
  switch (shape) {
    case 'circle':
      return <circle cx={cx} cy={cy} r={r}>{children}</circle>;
    case 'square':
      return <rect x={cx - r} y={cy - r} width={2 * r} height={2 * r}>{children}</rect>;
    case 'diamond':
      return <polygon points={`${cx},${cy - r - 1} ${cx + r + 1},${cy} ${cx},${cy + r + 1} ${cx - r - 1},${cy}`}>{children}</polygon>;
    case 'triangle':
      return <polygon points={`${cx},${cy - r - 1} ${cx + r + 1},${cy + r} ${cx - r - 1},${cy + r}`}>{children}</polygon>;
  }
}
