import type { Goal } from '../../src/core/goal/model';

export function goal(over: Partial<Goal> & Pick<Goal, 'id' | 'title'>): Goal {
  return {
    why: '',
    keywords: [],
    weeklyMinutes: null,
    weeklyItems: null,
    color: '#0b5cad',
    status: 'active',
    createdAt: 0,
    updatedAt: 0,
    targetDate: null,
    order: 0,
    ...over,
  };
}
