// The contract kept in step: every message of the protocol, every alarm the worker sets, every
// context-menu id and every database table has its handler (listener, branch) and at least
// one test that exercises it. A failure names what is missing.
import { fakeBrowser } from '@webext-core/fake-browser';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, expectTypeOf, test, vi } from 'vitest';
import { MENU, onContextMenuClick } from '../../../src/background/context-menus';
import { handlers } from '../../../src/background/handlers';
import { SCHEMAS, openDb } from '../../../src/db/db';
import type { MessageName } from '../../../src/messaging/protocol';
import { installExtensionApis } from '../fake-extension-apis';
import { sourceFiles } from './import-graph';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
installExtensionApis();

const read = (path: string) => readFileSync(path, 'utf8');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The tests that can exercise something: unit and e2e files and their helpers, not these. */
const TESTS = ['test/unit', 'test/e2e']
  .flatMap((dir) => sourceFiles(dir, /\.(ts|tsx|mjs)$/))
  .filter((path) => !path.includes('/structure/'))
  .map((path) => ({ path, code: read(path) }));
/** Fails naming every entry of `missing`, under `what`. */
function expectNone(missing: string[], what: string): void {
  if (missing.length) throw new Error(`${what}: ${missing.join(', ')}`);
}
/** What is not matched by `pattern` in any test file. */
const untested = (names: string[], pattern: (name: string) => RegExp) =>
  names.filter((name) => !TESTS.some(({ code }) => pattern(name).test(code)));

/** The protocol's message names, read from its concern maps (the only list there is). */
function protocolNames(): string[] {
  const protocol = read('src/messaging/protocol.ts').match(/(?:export )?type Protocol =([^;]+);/)![1]!;
  const maps = protocol.split('&').map((s) => s.trim());
  const sources = sourceFiles('src/messaging').map(read).join('\n');
  return maps.flatMap((map) => {
    const body = sources.match(new RegExp(`export interface ${map} \\{([\\s\\S]*?)\\n\\}`))?.[1];
    if (!body) throw new Error(`Protocol names ${map}, but no "export interface ${map}" is in src/messaging/`);
    return [...body.matchAll(/^ {2}'([a-z-]+)':/gm)].map(([, name]) => name!);
  });
}

describe('messages', () => {
  const names = protocolNames();

  test('the protocol is read from its maps', () => {
    expect(names).toContain('save-tab');
    expect(names).toContain('feed-save');
    expect(new Set(names).size).toBe(names.length);
  });

  test('the handler object has exactly the protocol’s messages', () => {
    expectTypeOf<keyof typeof handlers>().toEqualTypeOf<MessageName>();
    const keys = Object.keys(handlers);
    expectNone(
      names.filter((n) => !keys.includes(n)),
      'messages without a handler',
    );
    expectNone(
      keys.filter((k) => !names.includes(k)),
      'handlers for no message',
    );
    for (const name of keys) expect(typeof handlers[name as MessageName], name).toBe('function');
  });

  test('every message is sent or handled in a test', () => {
    const quoted = (name: string) => new RegExp(`['"]${escape(name)}['"]`);
    expectNone(untested(names, quoted), 'messages no test sends (their name appears in no test file)');
  });
});

/** Alarm names are declared once, as `export const …_ALARM = '…'` beside their concern. */
function alarmNames(): Map<string, string> {
  const src = sourceFiles('src').map(read).join('\n');
  return new Map(
    [...src.matchAll(/export const (\w+_ALARM) = '([^']+)'/g)].map(([, constant, name]) => [constant!, name!]),
  );
}

describe('alarms', () => {
  const alarms = alarmNames();
  const onAlarm = vi.spyOn(fakeBrowser.alarms.onAlarm, 'addListener');
  beforeAll(async () => {
    await import('../../../src/background/service-worker');
  });
  /** Fires `name` at every onAlarm listener the worker registered; those that act return their work. */
  const fire = async (name: string) => {
    const listeners = onAlarm.mock.calls.map(([listener]) => listener as (alarm: { name: string }) => unknown);
    const work = listeners.map((listener) => listener({ name, scheduledTime: Date.now() } as never));
    await Promise.all(work);
    return work.filter((w) => w !== undefined).length;
  };

  test('the worker’s alarms are found, and every alarm it creates is one of them', () => {
    expect([...alarms.keys()]).toEqual(expect.arrayContaining(['FLUSH_ALARM', 'BUDGET_ALARM']));
    const created = sourceFiles('src')
      .map(read)
      .flatMap((code) => [...code.matchAll(/(?:alarms\.create|ensureAlarm)\(\s*([^,)\s]+)/g)].map(([, arg]) => arg!));
    expectNone(
      created.filter((arg) => /^['"`]/.test(arg)),
      'alarms created under a literal name (declare it as an exported *_ALARM constant)',
    );
  });

  test('every alarm has a listener that acts on it', async () => {
    expect(await fire('no-such-alarm'), 'a listener acts on any alarm name').toBe(0);
    const unheard: string[] = [];
    for (const [constant, name] of alarms) if ((await fire(name)) === 0) unheard.push(`${constant} ('${name}')`);
    expectNone(unheard, 'alarms no listener acts on');
  });

  test('every alarm is fired in a test', () => {
    const fired = (constant: string) =>
      new RegExp(`onAlarm\\.trigger\\(\\s*\\{[^}]*name:\\s*(?:'${escape(alarms.get(constant)!)}'|${constant}\\b)`);
    expectNone(untested([...alarms.keys()], fired), 'alarms no test fires (onAlarm.trigger({ name }))');
  });
});

describe('context menus', () => {
  const ids = Object.entries(MENU);

  test('every menu id has a branch that saves', async () => {
    const tab = {
      id: 3,
      url: 'https://blog.example.org/a',
      index: 0,
      highlighted: true,
      active: true,
      pinned: false,
      incognito: false,
    };
    const info = { editable: false, modifiers: [], linkUrl: 'https://blog.example.org/b', selectionText: 'A quote' };
    const save = vi.fn(async () => ({ ok: false, reason: 'no-tab', detail: '' }) as const);
    const linkText = async () => 'Link text';
    expect(await onContextMenuClick({ ...info, menuItemId: 'not-ours' }, tab, save, linkText)).toBeNull();
    expect(save).not.toHaveBeenCalled();
    const unhandled: string[] = [];
    for (const [key, id] of ids) {
      save.mockClear();
      await onContextMenuClick({ ...info, menuItemId: id }, tab, save, linkText);
      if (save.mock.calls.length !== 1) unhandled.push(`MENU.${key} ('${id}')`);
    }
    expectNone(unhandled, 'menu ids whose click saves nothing');
  });

  test('every menu id is clicked in a test', () => {
    const clicked = (key: string) =>
      new RegExp(`menuItemId:\\s*(?:'${escape(MENU[key as keyof typeof MENU])}'|MENU\\.${key}\\b)`);
    expectNone(
      untested(
        ids.map(([key]) => key),
        clicked,
      ),
      'menu ids no test clicks (menuItemId: …)',
    );
  });
});

describe('database tables', () => {
  // Dexie carries a table into every later version: the latest schema has all of them.
  const tables = [...new Set(SCHEMAS.flatMap((schema) => Object.keys(schema)))];

  test('the schemas name every table the database opens', () => {
    expect(tables.sort()).toEqual(
      openDb('contract-probe')
        .tables.map((t) => t.name)
        .sort(),
    );
  });

  test('every table is read or written in a test', () => {
    const used = (table: string) =>
      new RegExp(
        `\\b(?:db\\(\\)|database|db|tx)\\.${table}\\b|\\b(?:table(?:<[^>]*>)?|readStore|clearTable|objectStore|transaction)\\(\\s*['"]${table}['"]`,
      );
    expectNone(untested(tables, used), 'tables no test reads or writes');
  });
});
