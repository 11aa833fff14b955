import type { Goal } from '../../src/core/goal/model';

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
