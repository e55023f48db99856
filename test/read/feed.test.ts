import { test } from 'node:test';
import assert from 'node:assert/strict';
import { looksLikeFeed, readFeed } from '../../src/read/feed.js';

test('RSS 2.0: items with their guid, link, date, full content, caption; the channel as source and language', () => {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>News &amp; Views</title>
<link>https://x.example/</link><language>en-us</language>
<item><title>First &lt;b&gt;story&lt;/b&gt;</title><link>https://x.example/1</link><guid isPermaLink="false">id-1</guid>
<pubDate>Fri, 04 Jan 2019 10:00:00 GMT</pubDate><description><![CDATA[<p>Summary.</p>]]></description>
<content:encoded><![CDATA[<p>Full one.</p><figure><img src="a"><figcaption>A picture</figcaption></figure><p>Full two.</p>]]></content:encoded></item>
<item><title>Second</title><link>https://x.example/2</link></item>
<item><title>Second again</title><link>https://x.example/2</link></item>
</channel></rss>`;
  assert.ok(looksLikeFeed(xml));
  const feed = readFeed(xml, { origin: 'news.rss' });
  assert.ok('items' in feed);
  assert.deepEqual([feed.format, feed.title, feed.link, feed.lang], ['rss', 'News & Views', 'https://x.example/', 'en-us']);
  assert.equal(feed.items.length, 2, 'the same key twice: the first stands');
  assert.deepEqual(feed.items[0].article, {
    id: 'id-1', title: 'First story', published: '2019-01-04T10:00:00', source: 'News & Views', url: 'https://x.example/1',
    paragraphs: ['Full one.', 'Full two.'], caption: 'A picture', origin: 'news.rss#id-1',
  });
  assert.deepEqual([feed.items[1].key, feed.items[1].cause], ['https://x.example/2', 'no text in the feed item']);
});

test('Atom and RSS 1.0: entries with ids, alternate links, HTML content', () => {
  const atom = `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>A</title><link rel="self" href="https://a.example/feed"/>
<entry><id>urn:1</id><title type="html">T &amp;amp; U</title><link rel="alternate" href="https://a.example/1"/><updated>2020-01-02T03:04:05Z</updated>
<content type="html">&lt;p&gt;Hello there.&lt;/p&gt;&lt;p&gt;Again.&lt;/p&gt;</content></entry></feed>`;
  const a = readFeed(atom, { origin: 'a' });
  assert.ok('items' in a);
  assert.equal(a.format, 'atom');
  assert.deepEqual(a.items[0].article?.paragraphs, ['Hello there.', 'Again.']);
  assert.equal(a.items[0].link, 'https://a.example/1');
  assert.equal(a.items[0].origin, 'a#urn:1');
  const rdf = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel><title>R</title></channel>
<item rdf:about="https://r.example/1"><title>One</title><link>https://r.example/1</link><description>Plain text summary.</description></item></rdf:RDF>`;
  const r = readFeed(rdf, { origin: 'r' });
  assert.ok('items' in r);
  assert.equal(r.format, 'rdf');
  assert.deepEqual(r.items[0].article?.paragraphs, ['Plain text summary.']);
});

test('not a feed, or a feed built to be expensive: the reason', () => {
  assert.deepEqual(readFeed('<html><body>x</body></html>', { origin: 'x' }), { cause: 'not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root element)' });
  assert.match((readFeed(`<rss>${'<a>'.repeat(1000)}</rss>`, { origin: 'x' }) as { cause: string }).cause, /nested too deeply/);
  assert.ok(!looksLikeFeed('<?xml version="1.0"?><html/>'));
  assert.ok(looksLikeFeed('<?xml version="1.0"?>\n<!-- c -->\n<feed xmlns="http://www.w3.org/2005/Atom">'));
});
