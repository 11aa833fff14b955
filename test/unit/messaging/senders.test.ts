// Who may send what: every message of the protocol against every kind of sender the browser
// can describe. Pages read and write the library; content scripts only send their own few
// messages, from the top frame of their own tab.
import type { Runtime } from 'webextension-polyfill';
import { describe, expect, test } from 'vitest';
import { SENDERS, senderRefusal } from '../../../src/messaging/senders';

const ORIGIN = 'chrome-extension://abc/';
const SENDER_CASES = {
  popup: { id: 'abc', url: `${ORIGIN}src/popup/index.html` },
  'options tab': {
    id: 'abc',
    url: `${ORIGIN}src/options/index.html`,
    tab: { id: 3, url: `${ORIGIN}src/options/index.html` },
    frameId: 0,
  },
  'extension page framed in a web page': {
    id: 'abc',
    url: `${ORIGIN}src/popup/index.html`,
    tab: { id: 3, url: 'https://evil.example/' },
    frameId: 2,
  },
  'feed script on x.com': {
    id: 'abc',
    url: 'https://x.com/home',
    tab: { id: 4, url: 'https://x.com/home' },
    frameId: 0,
  },
  'feed script on www.linkedin.com': {
    id: 'abc',
    url: 'https://www.linkedin.com/feed/',
    tab: { id: 4, url: 'https://www.linkedin.com/feed/' },
    frameId: 0,
  },
  'content script in an iframe of x.com': {
    id: 'abc',
    url: 'https://x.com/i/widget',
    tab: { id: 4, url: 'https://x.com/home' },
    frameId: 7,
  },
  'content script on http://x.com': {
    id: 'abc',
    url: 'http://x.com/home',
    tab: { id: 4, url: 'http://x.com/home' },
    frameId: 0,
  },
  'content script on a bank': {
    id: 'abc',
    url: 'https://bank.example/',
    tab: { id: 5, url: 'https://bank.example/' },
    frameId: 0,
  },
  'nudge card on a game site': {
    id: 'abc',
    url: 'http://farmville.com/',
    tab: { id: 6, url: 'http://farmville.com/' },
    frameId: 0,
  },
  'content script with no tab': { id: 'abc', url: 'https://x.com/home' },
  'content script on a file page': {
    id: 'abc',
    url: 'file:///etc/hostname',
    tab: { id: 6, url: 'file:///etc/hostname' },
    frameId: 0,
  },
} as const;
type Case = keyof typeof SENDER_CASES;

// Who is accepted, by the kind of sender a message needs.
const ACCEPTED: Record<string, Case[]> = {
  page: ['popup', 'options tab'],
  'feed-script': ['feed script on x.com', 'feed script on www.linkedin.com'],
  'nudge-card': [
    'feed script on x.com',
    'feed script on www.linkedin.com',
    'content script on http://x.com',
    'content script on a bank',
    'nudge card on a game site',
  ],
  // The toast is injected into any web page a save came from: the same rule as the card.
  'save-toast': [
    'feed script on x.com',
    'feed script on www.linkedin.com',
    'content script on http://x.com',
    'content script on a bank',
    'nudge card on a game site',
  ],
};

const table = Object.entries(SENDERS).flatMap(([message, kind]) =>
  (Object.keys(SENDER_CASES) as Case[]).map((sender) => [message, sender, ACCEPTED[kind]!.includes(sender)] as const),
);

describe('senderRefusal', () => {
  test.each(table)('%s from the %s: accepted %s', (message, sender, accepted) => {
    const refusal = senderRefusal(
      SENDERS[message as keyof typeof SENDERS],
      SENDER_CASES[sender] as Runtime.MessageSender,
      ORIGIN,
    );
    if (accepted) expect(refusal).toBeNull();
    else expect(refusal).toEqual(expect.any(String));
  });

  test('only pages may read or write the library; content scripts have two feed messages, the nudge answer and its undo, and the toast Edit and Save the link anyway buttons', () => {
    const byKind = (kind: string) => Object.keys(SENDERS).filter((m) => SENDERS[m as keyof typeof SENDERS] === kind);
    expect(byKind('feed-script').sort()).toEqual(['feed-save', 'feed-saved-check']);
    expect(byKind('nudge-card')).toEqual(['nudge-outcome', 'nudge-undo']);
    expect(byKind('save-toast')).toEqual(['toast-edit', 'toast-accept']);
  });
});
