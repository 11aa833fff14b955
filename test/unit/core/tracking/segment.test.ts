// The segment engine as tables of event sequences against a fake clock: each case lists what
// happens at which second and the exact seconds that must be counted per day and host.
import { describe, expect, test } from 'vitest';
import {
  closeSegment,
  INITIAL_STATE,
  localCalendar,
  MAX_SEGMENT_MS,
  parseState,
  step,
  type Calendar,
  type TabSnapshot,
  type TrackerState,
} from '../../../../src/core/tracking/segment';

/** A UTC calendar, so the cases read the same in every time zone. */
const utc: Calendar = {
  dayOf: (ms) => new Date(ms).toISOString().slice(0, 10),
  nextMidnight: (ms) => (Math.floor(ms / 86_400_000) + 1) * 86_400_000,
};
const T0 = Date.UTC(2026, 10, 25, 10, 0, 0);

type Action =
  | { tab: [id: number, url: string, windowId?: number, incognito?: boolean] | null }
  | 'blur'
  | 'focus'
  | 'idle'
  | 'locked'
  | 'active'
  | 'flush'
  | 'restart'
  | 'pause'
  | 'resume'
  | 'corrupt';

/** Runs the events as the worker would: state through JSON (storage.session) between steps. */
function run(events: [seconds: number, action: Action][], start = T0) {
  let stored: unknown = JSON.parse(JSON.stringify(INITIAL_STATE));
  let tab: TabSnapshot | null = null;
  let paused = false;
  const totals: Record<string, number> = {};
  for (const [at, action] of events) {
    const now = start + at * 1000;
    let state: TrackerState = parseState(stored);
    let flush = false;
    if (typeof action === 'object') {
      const t = action.tab;
      tab = t ? { id: t[0], url: t[1], windowId: t[2] ?? 1, incognito: t[3] ?? false } : null;
    } else if (action === 'blur' || action === 'focus') state = { ...state, blurred: action === 'blur' };
    else if (action === 'idle' || action === 'locked' || action === 'active') state = { ...state, idle: action };
    else if (action === 'flush') flush = true;
    else if (action === 'pause' || action === 'resume') paused = action === 'pause';
    else if (action === 'restart') state = parseState(JSON.parse(JSON.stringify(stored)));
    else if (action === 'corrupt') state = parseState({ segment: { tabId: 'x', startedAt: -5 }, idle: 42 });
    const result = step(state, { tab, paused, flush }, now, utc);
    for (const p of result.pieces) totals[`${p.day} ${p.host}`] = (totals[`${p.day} ${p.host}`] ?? 0) + p.seconds;
    stored = JSON.parse(JSON.stringify(result.state));
  }
  return totals;
}

const A = 'https://www.farmville.com/play';
const B = 'https://developer.mozilla.org/en-US/docs/Web';
const D = '2026-11-25';

describe('focus segments', () => {
  test.each<[string, [number, Action][], Record<string, number>]>([
    [
      'one tab, then a switch to another tab',
      [
        [0, { tab: [1, A] }],
        [40, { tab: [2, B] }],
        [70, { tab: null }],
      ],
      { [`${D} farmville.com`]: 40, [`${D} developer.mozilla.org`]: 30 },
    ],
    [
      'switching windows',
      [
        [0, { tab: [1, A, 1] }],
        [20, { tab: [2, B, 2] }],
        [25, { tab: [1, A, 1] }],
        [30, { tab: null }],
      ],
      { [`${D} farmville.com`]: 25, [`${D} developer.mozilla.org`]: 5 },
    ],
    [
      'blur to no window stops the clock, focus restarts it',
      [
        [0, { tab: [1, A] }],
        [10, 'blur'],
        [50, { tab: [1, A] }],
        [55, 'focus'],
        [60, { tab: null }],
      ],
      { [`${D} farmville.com`]: 15 },
    ],
    [
      'idle and locked stop the clock, active restarts it',
      [
        [0, { tab: [1, A] }],
        [30, 'idle'],
        [45, 'active'],
        [50, 'locked'],
        [58, 'active'],
        [60, { tab: null }],
      ],
      { [`${D} farmville.com`]: 37 },
    ],
    [
      'a URL change on the same host closes and reopens',
      [
        [0, { tab: [1, A] }],
        [12, { tab: [1, `${A}/level-2`] }],
        [20, { tab: null }],
      ],
      { [`${D} farmville.com`]: 20 },
    ],
    [
      'the same page again changes nothing',
      [
        [0, { tab: [1, A] }],
        [5, { tab: [1, A] }],
        [9, { tab: [1, A] }],
        [10, { tab: null }],
      ],
      { [`${D} farmville.com`]: 10 },
    ],
    [
      'flushes close and reopen without losing a second',
      [
        [0, { tab: [1, A] }],
        [60, 'flush'],
        [120, 'flush'],
        [150, { tab: null }],
      ],
      { [`${D} farmville.com`]: 150 },
    ],
    [
      'the tab is closed (the next active tab is internal)',
      [
        [0, { tab: [1, A] }],
        [33, { tab: [2, 'chrome://newtab/'] }],
        [90, { tab: null }],
      ],
      { [`${D} farmville.com`]: 33 },
    ],
    [
      'a sleep gap counts at most one period past the last flush',
      [
        [0, { tab: [1, A] }],
        [60, 'flush'],
        [60 + 3600, 'flush'],
        [3720, { tab: null }],
      ],
      { [`${D} farmville.com`]: 60 + MAX_SEGMENT_MS / 1000 + 60 },
    ],
    [
      'a worker restart mid-segment loses nothing',
      [
        [0, { tab: [1, A] }],
        [25, 'restart'],
        [40, { tab: null }],
      ],
      { [`${D} farmville.com`]: 40 },
    ],
    [
      'a corrupt storage.session entry is dropped (its seconds too), then tracking resumes',
      [
        [0, { tab: [1, A] }],
        [25, 'corrupt'],
        [40, { tab: null }],
      ],
      { [`${D} farmville.com`]: 15 },
    ],
    [
      'the clock going backwards counts nothing negative',
      [
        [0, { tab: [1, A] }],
        [30, 'flush'],
        [-100, 'flush'],
        [-90, { tab: null }],
      ],
      { [`${D} farmville.com`]: 40 },
    ],
    [
      'pause stops the clock',
      [
        [0, { tab: [1, A] }],
        [10, 'pause'],
        [50, { tab: [2, B] }],
        [60, 'resume'],
        [65, { tab: null }],
      ],
      { [`${D} farmville.com`]: 10, [`${D} developer.mozilla.org`]: 5 },
    ],
    [
      'incognito tabs are never counted',
      [
        [0, { tab: [1, A, 1, true] }],
        [30, { tab: [2, B] }],
        [40, { tab: null }],
      ],
      { [`${D} developer.mozilla.org`]: 10 },
    ],
    [
      'internal pages and URLs without a host are never counted',
      [
        [0, { tab: [1, 'chrome://settings/'] }],
        [10, { tab: [2, 'about:blank'] }],
        [20, { tab: [3, 'file:///tmp/a.html'] }],
        [30, { tab: [4, 'not a url'] }],
        [40, { tab: [5, 'chrome-extension://abc/popup.html'] }],
        [50, { tab: null }],
      ],
      {},
    ],
  ])('%s', (_, events, expected) => {
    expect(run(events)).toEqual(expected);
  });

  test('a segment crossing midnight is split between the two days', () => {
    const beforeMidnight = Date.UTC(2026, 10, 25, 23, 59, 30);
    expect(
      run(
        [
          [0, { tab: [1, A] }],
          [50, { tab: null }],
        ],
        beforeMidnight,
      ),
    ).toEqual({ '2026-11-25 farmville.com': 30, '2026-11-26 farmville.com': 20 });
  });

  test('hundreds of tabs: only the focused one counts, each second once', () => {
    const events: [number, Action][] = Array.from({ length: 300 }, (_, i) => [
      i,
      { tab: [i + 1, `https://site${i % 3}.example/p${i}`] },
    ]);
    events.push([300, { tab: null }]);
    expect(run(events)).toEqual({
      [`${D} site0.example`]: 100,
      [`${D} site1.example`]: 100,
      [`${D} site2.example`]: 100,
    });
  });

  test('the local calendar splits at local midnight', () => {
    const start = new Date(2026, 2, 28, 23, 59, 0).getTime();
    const pieces = closeSegment(
      { tabId: 1, windowId: 1, url: A, host: 'farmville.com', path: '/', startedAt: start },
      start + 70_000,
      localCalendar,
    );
    expect(pieces.map((p) => [p.day, p.seconds])).toEqual([
      ['2026-03-28', 60],
      ['2026-03-29', 10],
    ]);
  });

  test.each([null, 'text', 42, [], { segment: { tabId: 1, windowId: 1, url: 'javascript:alert(1)', startedAt: 1 } }])(
    'corrupt state %j reads as no segment',
    (raw) => {
      expect(parseState(raw).segment).toBeNull();
    },
  );
});
