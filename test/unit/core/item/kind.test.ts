import { describe, expect, test } from 'vitest';
import type { ItemKind } from '../../../../src/core/item/model';
import { detectKind, type KindSignals } from '../../../../src/core/item/kind';
import { nameFromXTitle, socialFields } from '../../../../src/core/social/fields';
import {
  linkedInIdToTime,
  linkedInPageType,
  linkedInVanity,
  parseXProfileUrl,
  parseXStatusUrl,
  tweetIdToTime,
} from '../../../../src/core/social/ids';

const readable: KindSignals = { readable: true };
const unreadable: KindSignals = { readable: false };

describe('detectKind', () => {
  test.each([
    ['https://x.com/Kikobeats/status/880139124791029763', readable, 'tweet'],
    ['https://twitter.com/jack/status/20', unreadable, 'tweet'],
    ['https://mobile.twitter.com/jack/statuses/20', unreadable, 'tweet'],
    ['https://x.com/kikobeats?mx=2', readable, 'page'],
    ['https://x.com/home', readable, 'page'],
    ['https://www.linkedin.com/pulse/using-dogs-overcome-shyness-bruce-kasanoff', readable, 'linkedin-article'],
    ['https://www.linkedin.com/posts/jane_topic-activity-7100000000000000000-abcd', readable, 'linkedin-post'],
    ['https://www.linkedin.com/feed/update/urn:li:activity:7100000000000000000/', unreadable, 'linkedin-post'],
    ['https://www.linkedin.com/company/10529043/', readable, 'page'],
    ['https://uk.linkedin.com/in/jane', readable, 'page'],
    ['https://www.linkedin.com/learning/learning-python', readable, 'course'],
    ['https://www.youtube.com/watch?v=abc', readable, 'video'],
    ['https://youtu.be/abc', unreadable, 'video'],
    ['https://vimeo.com/311983548', readable, 'video'],
    ['https://www.coursera.org/learn/ml', readable, 'course'],
    ['https://blog.example.com/post', { readable: true, ogType: 'video.other' }, 'video'],
    ['https://blog.example.com/post', { readable: true, ogType: 'video.other', ldTypes: ['NewsArticle'] }, 'article'],
    ['https://example.com/u/jane', { readable: true, ogType: 'profile' }, 'page'],
    ['https://example.com/post', readable, 'article'],
    ['https://example.com/post', unreadable, 'page'],
    ['https://example.com/', readable, 'page'],
    ['https://example.com/', { readable: true, ogType: 'article' }, 'article'],
    ['not a url', readable, 'page'],
  ] as [string, KindSignals, ItemKind][])('%s %o → %s', (url, signals, want) => {
    expect(detectKind(url, signals)).toBe(want);
  });
});

describe('X ids and URLs', () => {
  test.each([
    ['880139124791029763', '2017-06-28T19:01:34.201Z'],
    ['957383241714970624', '2018-01-27T22:42:06.802Z'],
    ['745276948213968896', '2016-06-21T15:27:25.687Z'],
  ])('tweetIdToTime(%s) = %s', (id, iso) => {
    expect(tweetIdToTime(id)).toBe(Date.parse(iso));
  });
  test.each([['20'], ['abc'], ['']])('tweetIdToTime(%j) is null (pre-snowflake or not an id)', (id) => {
    expect(tweetIdToTime(id)).toBeNull();
  });
  test.each([
    ['https://x.com/verge/status/957383241714970624?s=20', { handle: 'verge', id: '957383241714970624' }],
    ['https://twitter.com/i/web/status/957383241714970624', { handle: null, id: '957383241714970624' }],
    ['https://x.com/verge', null],
    ['https://example.com/verge/status/1', null],
    ['javascript://x.com/a/status/1', null],
  ])('parseXStatusUrl(%s)', (url, want) => expect(parseXStatusUrl(url)).toEqual(want));
  test.each([
    ['https://x.com/javilop', 'javilop'],
    ['https://x.com/explore', null],
    ['https://x.com/a/status/1', null],
  ])('parseXProfileUrl(%s)', (url, want) => expect(parseXProfileUrl(url)).toBe(want));
});

describe('LinkedIn URLs', () => {
  test.each([
    ['https://www.linkedin.com/pulse/x', 'article'],
    ['https://www.linkedin.com/posts/x_y-activity-1', 'post'],
    ['https://www.linkedin.com/school/mit/', 'company'],
    ['https://www.linkedin.com/jobs/', 'other'],
    ['https://notlinkedin.com/pulse/x', null],
  ])('linkedInPageType(%s) = %s', (url, want) => expect(linkedInPageType(url)).toBe(want));
  test.each([
    ['https://www.linkedin.com/in/bruce-kasanoff/', 'bruce-kasanoff'],
    ['https://www.linkedin.com/posts/jane-doe_some-topic-activity-7100000000000000000-abcd', 'jane-doe'],
    ['https://www.linkedin.com/company/x', null],
  ])('linkedInVanity(%s) = %s', (url, want) => expect(linkedInVanity(url)).toBe(want));
  test('activity ids carry their time in the top 41 bits', () => {
    const ms = Date.UTC(2023, 7, 1);
    const id = (BigInt(ms) << 22n).toString();
    expect(linkedInIdToTime(`https://www.linkedin.com/feed/update/urn:li:activity:${id}/`)).toBe(ms);
  });
});

describe('generic social fields', () => {
  test.each([
    ['#!/kiko/beats (@Kikobeats) on X', '#!/kiko/beats'],
    ['The Verge on X: "Is it bad to blow into game cartridges?" / X', 'The Verge'],
    ['Kiko Beats (@Kikobeats) / X', 'Kiko Beats'],
    ['Lina on Twitter: "hi"', 'Lina'],
    ['Some article title', null],
  ])('nameFromXTitle(%j) = %j', (title, want) => expect(nameFromXTitle(title)).toBe(want));

  test('a status page gets handle, time from the id and the author name', () => {
    expect(socialFields('https://x.com/verge/status/957383241714970624', null, 'The Verge (@verge) on X')).toEqual({
      handle: 'verge',
      publishedAt: Date.parse('2018-01-27T22:42:06.802Z'),
      author: 'The Verge',
    });
  });
  test('without a title the handle stands in for the author', () => {
    expect(socialFields('https://x.com/jack/status/957383241714970624', null, null).author).toBe('@jack');
  });
  test('other sites get nothing', () => {
    expect(socialFields('https://example.com/a', null, 'x')).toEqual({});
  });
});
