import type { Goal } from '../../src/core/goal/model';
import type { LogEntry } from '../../src/core/log/model';

export function goal(over: Partial<Goal> & Pick<Goal, 'id' | 'title'>): Goal {
  return {
    why: '',
    keywords: [],
    weeklyMinutes: null,
    weeklyItems: null,
    color: '#0b5cad',
    status: 'active',
    createdAt: Date.UTC(2026, 0, 5),
    updatedAt: Date.UTC(2026, 0, 5),
    targetDate: null,
    order: 0,
    ...over,
  };
}

let entries = 0;
/** Learning logged by hand on a local day, for the goals named (one course session by default). */
export const logEntry = (day: string, minutes: number, goalIds: string[] = ['g']): LogEntry => ({
  id: `l${++entries}`,
  title: 'Session',
  kind: 'course',
  minutes,
  day,
  goalIds,
  note: '',
  createdAt: 1,
  updatedAt: 1,
});
