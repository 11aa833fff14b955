// Every `_locales` key the code uses exists, and every key there is used. Keys reach `t()` (and
// the worker's and content scripts' own `t` wrappers over getMessage) in three ways, each
// checked here: as literals, as templates over a value list, and indirectly through a table or
// a field, whose sources are listed below so that a new indirect use fails until it is listed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, test, vi } from 'vitest';
import { ITEM_KINDS, ITEM_STATUSES } from '../../../src/core/item/model';
import { LIBRARY_SORTS } from '../../../src/core/library/view';
import type { ImportFormat } from '../../../src/core/data/import-formats';
import type { Category } from '../../../src/core/tracking/model';
import { PROBLEM_JOBS } from '../../../src/db/problems';
import { PERIODS } from '../../../src/core/tracking/time-report';
import { NUDGE_STYLES } from '../../../src/core/tracking/settings';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const root = join(__dirname, '../../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const messages = JSON.parse(read('public/_locales/en/messages.json')) as Record<string, unknown>;
const KEYS = new Set(Object.keys(messages));

const walk = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(`${dir}/${e.name}`) : [`${dir}/${e.name}`],
  );
const FILES = walk('src').filter((f) => /\.(tsx?|html)$/.test(f));
const CODE = FILES.filter((f) => /\.tsx?$/.test(f));

/** Value lists given as types only: the check fails to compile if the type gains a member. */
const all =
  <T extends string>() =>
  <L extends readonly T[]>(list: L & ([Exclude<T, L[number]>] extends [never] ? unknown : never)) =>
    list;
const IMPORT_FORMATS = all<ImportFormat>()(['pocket-csv', 'pocket-html', 'raindrop-csv', 'bookmarks-html'] as const);
const CATEGORIES = all<Category>()(['learning', 'distraction', 'neutral'] as const);

type Source = { file: string; prefix: string } | { file: string; keys: string[] };
const literalsIn = (file: string) => new Set([...read(file).matchAll(/(['"])([A-Za-z][\w@]*)\1/g)].map((m) => m[2]!));
/** The keys a source names: its listed keys, or its literals made of the prefix and a capitalised rest. */
const sourceKeys = (source: Source) =>
  'keys' in source
    ? source.keys
    : [...literalsIn(source.file)].filter(
        (l) => l.startsWith(source.prefix) && /^[A-Z0-9_]/.test(l.slice(source.prefix.length)),
      );

/**
 * Keys built from a template: each template the code writes (its fixed text, `*` for the
 * value) with its expansions, from the same value lists and the same transformation the code
 * uses.
 */
const TEMPLATES: Record<string, string[]> = {
  'kind_*': ITEM_KINDS.map((k) => `kind_${k.replace('-', '_')}`),
  'dataFormat_*': [...IMPORT_FORMATS, 'backup'].map((k) => `dataFormat_${k.replace('-', '_')}`),
  'category_*': CATEGORIES.map((c) => `category_${c}`),
  'timePeriod_*': PERIODS.map((p) => `timePeriod_${p}`),
  'timePrevious_*': PERIODS.map((p) => `timePrevious_${p}`),
  'timeNext_*': PERIODS.map((p) => `timeNext_${p}`),
  'nudgeStyle_*': NUDGE_STYLES.map((s) => `nudgeStyle_${s}`),
  'libraryStatus_*': ITEM_STATUSES.map((s) => `libraryStatus_${s}`),
  'librarySort_*': LIBRARY_SORTS.map((s) => `librarySort_${s}`),
  'problemJob_*': PROBLEM_JOBS.map((j) => `problemJob_${j}`),
  // The feed button's aria-label: its text's key plus `Label`.
  '*Label': sourceKeys({ file: 'src/content/feed/button.ts', prefix: 'feed' }).map((k) => `${k}Label`),
};

/**
 * Keys that reach `t()` through a table or a field, by call site (`file: argument`): the file
 * that holds them, and either their common prefix (every literal there with it is a key) or
 * the keys themselves (each must be a literal there).
 */
const INDIRECT: Record<string, Source> = {
  'src/content/feed/button.ts: key': { file: 'src/content/feed/button.ts', prefix: 'feed' },
  'src/options/App.tsx: s.label': { file: 'src/options/sections.ts', prefix: 'section' },
  'src/options/sections/DataImport.tsx: error.message': { file: 'src/options/data/read-file.ts', prefix: 'dataError' },
  'src/options/sections/DataPreview.tsx: where': { file: 'src/options/sections/DataPreview.tsx', prefix: 'dataWhere' },
  'src/options/sections/DataPreview.tsx: REASONS[p.reason]': {
    file: 'src/options/sections/DataPreview.tsx',
    prefix: 'dataReason',
  },
  'src/options/sections/NudgeReadout.tsx: key': { file: 'src/options/sections/NudgeReadout.tsx', prefix: 'readout' },
  'src/options/sections/GoalForm.tsx: errors[name]': { file: 'src/core/goal/validate.ts', prefix: 'goalError' },
  'src/popup/Onboarding.tsx: Object.values(result.errors)[0]': {
    file: 'src/core/goal/validate.ts',
    prefix: 'goalError',
  },
  'src/popup/QuickAddGoal.tsx: result.errors.title': { file: 'src/core/goal/validate.ts', prefix: 'goalError' },
  'src/popup/QuickAddGoal.tsx: Object.values(result.errors)[0]': {
    file: 'src/core/goal/validate.ts',
    prefix: 'goalError',
  },
  'src/popup/Onboarding.tsx: e.title': { file: 'src/popup/Onboarding.tsx', prefix: 'onboardingExample' },
  'src/popup/Onboarding.tsx: e.keywords': { file: 'src/popup/Onboarding.tsx', prefix: 'onboardingExample' },
  'src/ui/log-kind.ts: LOG_KIND_LABEL[kind]': { file: 'src/ui/log-kind.ts', prefix: 'logKind' },
  'src/popup/WeekView.tsx: label': {
    file: 'src/popup/WeekView.tsx',
    keys: ['learning', 'distraction', 'itemsSaved', 'itemsFinished'],
  },
  'src/popup/save-status.ts: UNREADABLE_MESSAGE_KEYS[result.unreadable]': {
    file: 'src/messaging/save.ts',
    prefix: 'unreadable',
  },
  'src/background/save-feedback.ts: UNREADABLE_MESSAGE_KEYS[result.unreadable]': {
    file: 'src/messaging/save.ts',
    prefix: 'unreadable',
  },
  'src/popup/save-status.ts: RESTRICTED_KEYS[result.restricted]': {
    file: 'src/popup/save-status.ts',
    prefix: 'restricted',
  },
  'src/ui/SyncStatusLine.tsx: FAULT_KEYS[fault]': { file: 'src/ui/SyncStatusLine.tsx', prefix: 'syncFault' },
  'src/options/sections/SyncSection.tsx: label': {
    file: 'src/options/sections/SyncSection.tsx',
    keys: ['syncAddress', 'syncUser', 'syncPassword', 'syncFolder', 'syncPassphrase'],
  },
  // The reason shown in place of the Save button, before any click.
  'src/popup/save-status.ts: RESTRICTED_KEYS[restricted]': { file: 'src/popup/save-status.ts', prefix: 'restricted' },
};

interface Uses {
  literal: Map<string, string>;
  templates: Map<string, string>;
  indirect: Set<string>;
}

/** What each `t(...)` / `getMessage(...)` call's first argument can be, file by file. */
function scan(): Uses {
  const uses: Uses = { literal: new Map(), templates: new Map(), indirect: new Set() };
  for (const file of CODE) {
    const source = ts.createSourceFile(file, read(file), ts.ScriptTarget.Latest, true);
    const isWrapper = (call: ts.CallExpression, arg: ts.Expression) => {
      let fn: ts.Node | undefined = call.parent;
      while (fn && !ts.isFunctionLike(fn)) fn = fn.parent;
      if (!fn || !ts.isIdentifier(arg)) return false;
      const decl = fn;
      const name = decl.name ?? (ts.isVariableDeclaration(fn.parent) ? fn.parent.name : undefined);
      return name?.getText(source) === 't' && decl.parameters.some((p) => p.name.getText(source) === arg.text);
    };
    const argument = (call: ts.CallExpression, node: ts.Expression): void => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) uses.literal.set(node.text, file);
      else if (ts.isParenthesizedExpression(node)) argument(call, node.expression);
      else if (ts.isConditionalExpression(node)) [node.whenTrue, node.whenFalse].forEach((n) => argument(call, n));
      else if (ts.isBinaryExpression(node) && ['??', '||'].includes(node.operatorToken.getText(source)))
        [node.left, node.right].forEach((n) => argument(call, n));
      else if (ts.isTemplateExpression(node))
        uses.templates.set(node.head.text + node.templateSpans.map((s) => `*${s.literal.text}`).join(''), file);
      // A `t` forwarding its own parameter: its callers are checked like any `t(...)`.
      else if (!isWrapper(call, node)) uses.indirect.add(`${file}: ${node.getText(source)}`);
    };
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && node.arguments[0]) {
        const callee = node.expression;
        const name = ts.isIdentifier(callee)
          ? callee.text
          : ts.isPropertyAccessExpression(callee)
            ? callee.name.text
            : '';
        if (name === 't' || name === 'getMessage') argument(node, node.arguments[0]);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

const uses = scan();
const manifestKeys = [...`${read('manifest.json')}${FILES.map(read).join('')}`.matchAll(/__MSG_(\w+)__/g)].map(
  (m) => m[1]!,
);
describe('i18n keys', () => {
  test('every literal key given to t() or getMessage() exists', () => {
    // `@@`-keys (`@@bidi_dir`, `@@ui_locale`) are the browser's own.
    const missing = [...uses.literal]
      .filter(([key]) => !KEYS.has(key) && !key.startsWith('@@'))
      .map(([key, file]) => `${file}: ${key}`);
    expect(missing).toEqual([]);
  });

  test('every __MSG_key__ of the manifest and pages exists', () => {
    expect(manifestKeys.length).toBeGreaterThan(0);
    expect(manifestKeys.filter((k) => !KEYS.has(k))).toEqual([]);
  });

  test('every template key is listed with its expansions, and they all exist', () => {
    expect([...uses.templates.keys()].sort()).toEqual(Object.keys(TEMPLATES).sort());
    expect(
      Object.values(TEMPLATES)
        .flat()
        .filter((k) => !KEYS.has(k)),
    ).toEqual([]);
  });

  test('every indirect use is listed with its source, and its keys exist', () => {
    expect([...uses.indirect].sort()).toEqual(Object.keys(INDIRECT).sort());
    for (const [site, source] of Object.entries(INDIRECT)) {
      const keys = sourceKeys(source);
      expect(keys.length, `${site} finds no keys in ${source.file}`).toBeGreaterThan(0);
      if ('keys' in source)
        expect(
          source.keys.filter((k) => !literalsIn(source.file).has(k)),
          site,
        ).toEqual([]);
      expect(
        keys.filter((k) => !KEYS.has(k)),
        site,
      ).toEqual([]);
    }
  });

  test('every key in messages.json is used: reached by one of the ways above', () => {
    const reached = new Set([
      ...uses.literal.keys(),
      ...manifestKeys,
      ...Object.values(TEMPLATES).flat(),
      ...Object.values(INDIRECT).flatMap(sourceKeys),
    ]);
    expect([...KEYS].filter((k) => !reached.has(k))).toEqual([]);
  });
});
