import { useState } from 'preact/hooks';
import type { DayBar } from '../core/week/summary';
import { formatDay, formatMinutes } from '../ui/format';
import { t } from '../ui/i18n';

const W = 320;
const H = 96;
const BAR = 14;

function describe(d: DayBar): string {
  return t('chartDay', [
    formatDay(d.date, { weekday: 'long', day: 'numeric', month: 'short' }),
    formatMinutes(d.learningMinutes),
    formatMinutes(d.distractionMinutes),
  ]);
}

/**
 * Learning and distraction minutes for each day of the week, as paired bars. Each day is a
 * focusable group with a full description; hovering or focusing it shows its numbers.
 */
export function WeekChart({ days }: { days: DayBar[] }) {
  const [shown, setShown] = useState<DayBar | null>(null);
  const max = Math.max(30, ...days.flatMap((d) => [d.learningMinutes, d.distractionMinutes]));
  const slot = W / days.length;
  const height = (m: number) => (m / max) * (H - 16);
  return (
    <figure class="chart" data-testid="week-chart">
      <svg viewBox={`0 0 ${W} ${H + 14}`} role="group" aria-label={t('chartLabel')}>
        {days.map((d, i) => {
          const x = i * slot + slot / 2;
          return (
            <g
              key={d.day}
              tabIndex={0}
              role="img"
              aria-label={describe(d)}
              class="chart-day"
              onMouseEnter={() => setShown(d)}
              onMouseLeave={() => setShown(null)}
              onFocus={() => setShown(d)}
              onBlur={() => setShown(null)}
            >
              <title>{describe(d)}</title>
              <rect x={x - slot / 2} y={0} width={slot} height={H + 14} class="chart-hit" />
              <rect
                x={x - BAR - 1}
                y={H - height(d.learningMinutes)}
                width={BAR}
                height={height(d.learningMinutes)}
                class="bar-learning"
                rx={2}
              />
              <rect
                x={x + 1}
                y={H - height(d.distractionMinutes)}
                width={BAR}
                height={height(d.distractionMinutes)}
                class="bar-distraction"
                rx={2}
              />
              <text x={x} y={H + 12} text-anchor="middle" class="chart-label">
                {formatDay(d.date, { weekday: 'narrow' })}
              </text>
            </g>
          );
        })}
        <line x1={0} x2={W} y1={H} y2={H} class="chart-axis" />
      </svg>
      <figcaption class="chart-caption" aria-live="polite">
        {shown ? (
          describe(shown)
        ) : (
          <>
            <span class="key key-learning" aria-hidden="true" /> {t('learning')}{' '}
            <span class="key key-distraction" aria-hidden="true" /> {t('distraction')}
          </>
        )}
      </figcaption>
    </figure>
  );
}
