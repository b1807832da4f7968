import { goalStrings as s } from './strings';

const L = s.chartLegend;

/** What each line means, drawn with the chart's own line styles (not colour alone). */
export function ChartLegend({ ideal, milestones }: { ideal: boolean; milestones: boolean }) {
  const swatch = (className: string, marker: 'dot' | 'diamond' | null = null) => (
    <svg className="chart-legend__swatch" viewBox="0 0 28 12" aria-hidden="true">
      <line className={className} x1="1" x2="27" y1="6" y2="6" />
      {marker === 'dot' && <circle className="chart__point" cx="14" cy="6" r="3.5" />}
      {marker === 'diamond' && <path className="chart__milestone" d="M14,0 l6,6 l-6,6 l-6,-6 z" />}
    </svg>
  );
  return (
    <ul className="chart-legend">
      <li>
        {swatch('chart__checkins', 'dot')}
        {L.checkins}
      </li>
      <li>
        {swatch('chart__baseline-line')}
        {L.baseline}
      </li>
      <li>
        {swatch('chart__target-line')}
        {L.target}
      </li>
      {ideal && (
        <li>
          {swatch('chart__ideal')}
          {L.ideal}
        </li>
      )}
      {milestones && (
        <li>
          {swatch('chart__milestone-line', 'diamond')}
          {L.milestone}
        </li>
      )}
    </ul>
  );
}
