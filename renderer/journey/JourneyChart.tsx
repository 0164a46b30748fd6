// A small line chart of grades across inspections, one line per area, with a key that names each
// line by its colour and marker shape; the grid beside it is its text alternative, and each point
// also carries its words in a <title>.
import type { JourneyGrid } from '../../shared/journey/grid';
import type { JourneyEntry } from '../../shared/journey/journey';
import { GRADE_RANK } from '../../shared/model';
import { areaLabel, gradeLabel } from '../library/labels';

const W = 560;
const H = 180;
const PAD = { left: 150, right: 24, top: 12, bottom: 28 };
const LEVELS: { rank: number; label: string }[] = [
  { rank: 4, label: 'Outstanding' },
  { rank: 3, label: 'Good' },
  { rank: 2, label: 'Requires improvement' },
  { rank: 1, label: 'Inadequate' },
];
const SHAPES = ['circle', 'square', 'diamond', 'triangle'] as const;
type Shape = (typeof SHAPES)[number];

function rankOf(e: JourneyEntry): number | null {
  return e.grade === 'score' ? (e.score ?? null) : GRADE_RANK[e.grade];
}

/** "Mar 2022" from "March 2022": short enough for the axis. */
function shortHeading(heading: string): string {
  return heading.replace(/^([A-Z][a-z]{2})[a-z]* (\d{4})$/, '$1 $2');
}

export function JourneyChart({
  grid,
  titleId,
  descId,
}: {
  grid: JourneyGrid;
  titleId: string;
  descId: string;
}) {
  const charted = grid.columns
    .map((c, i) => ({ column: c, index: i }))
    .filter(({ index }) =>
      grid.rows.some((r) => {
        const e = r.cells[index];
        return e ? rankOf(e) !== null : false;
      }),
    );
  const rows = grid.rows.filter((r) => r.cells.some((e) => e !== null && rankOf(e) !== null));
  if (charted.length === 0 || rows.length === 0) return null;
  const span = W - PAD.left - PAD.right;
  const x = (at: number) =>
    PAD.left + (charted.length === 1 ? span / 2 : (at / (charted.length - 1)) * span);
  const y = (rank: number) => PAD.top + ((4 - rank) / 3) * (H - PAD.top - PAD.bottom);
  const first = charted[0]?.column.heading ?? '';
  const last = charted[charted.length - 1]?.column.heading ?? '';
  return (
    <figure className="journey-figure">
      <svg
        className="journey-chart"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
      >
        <title id={titleId}>Grades by inspection</title>
        <desc id={descId}>
          {`Grades for ${rows.length} ${rows.length === 1 ? 'area' : 'areas'} at ${charted.length} ${charted.length === 1 ? 'inspection' : 'inspections'}, ${first === last ? first : `${first} to ${last}`}. The table that follows gives every judgement in words.`}
        </desc>
        {LEVELS.map((l) => (
          <g key={l.rank}>
            <line
              x1={PAD.left}
              x2={W - PAD.right}
              y1={y(l.rank)}
              y2={y(l.rank)}
              className="journey-grid"
            />
            <text x={PAD.left - 8} y={y(l.rank) + 4} textAnchor="end" className="journey-axis">
              {l.label}
            </text>
          </g>
        ))}
        {charted.map(({ column }, at) => (
          <text key={column.id} x={x(at)} y={H - 8} textAnchor="middle" className="journey-axis">
            {shortHeading(column.heading)}
          </text>
        ))}
        {rows.map((row, i) => {
          const points = charted.flatMap(({ index }, at) => {
            const e = row.cells[index];
            const rank = e ? rankOf(e) : null;
            return e && rank !== null ? [{ e, at, rank }] : [];
          });
          const path = points.map((p, j) => `${j ? 'L' : 'M'}${x(p.at)},${y(p.rank)}`).join(' ');
          return (
            <g key={row.key} className={`journey-series series-${i % 6}`}>
              <path d={path} fill="none" />
              {points.map((p) => (
                <Marker
                  key={p.at}
                  shape={SHAPES[i % SHAPES.length] ?? 'circle'}
                  cx={x(p.at)}
                  cy={y(p.rank)}
                >
                  <title>{`${p.e.inspection}: ${areaLabel(row.key, row.label)}, ${gradeLabel(p.e.grade, p.e.score)}`}</title>
                </Marker>
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span className="journey-legend-title" id={`${titleId}-key`}>
          Key to the chart
        </span>
        <ul className="journey-legend" aria-labelledby={`${titleId}-key`}>
          {rows.map((row, i) => (
            <li key={row.key}>
              <svg
                viewBox="0 0 28 12"
                width="28"
                height="12"
                aria-hidden="true"
                className="journey-swatch"
              >
                <g className={`journey-series series-${i % 6}`}>
                  <path d="M1,6 L27,6" fill="none" />
                  <Marker shape={SHAPES[i % SHAPES.length] ?? 'circle'} cx={14} cy={6} />
                </g>
              </svg>
              {areaLabel(row.key, row.label)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

function Marker({
  shape,
  cx,
  cy,
  children,
}: {
  shape: Shape;
  cx: number;
  cy: number;
  children?: React.ReactNode;
}) {
  const r = 5;
  switch (shape) {
    case 'circle':
      return (
        <circle cx={cx} cy={cy} r={r}>
          {children}
        </circle>
      );
    case 'square':
      return (
        <rect x={cx - r} y={cy - r} width={2 * r} height={2 * r}>
          {children}
        </rect>
      );
    case 'diamond':
      return (
        <polygon
          points={`${cx},${cy - r - 1} ${cx + r + 1},${cy} ${cx},${cy + r + 1} ${cx - r - 1},${cy}`}
        >
          {children}
        </polygon>
      );
    case 'triangle':
      return (
        <polygon points={`${cx},${cy - r - 1} ${cx + r + 1},${cy + r} ${cx - r - 1},${cy + r}`}>
          {children}
        </polygon>
      );
  }
}
