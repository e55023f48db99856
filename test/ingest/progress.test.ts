import { test } from 'node:test';
import assert from 'node:assert/strict';
import { duration, Progress } from '../../src/cli/progress.js';

function fakeStream(tty: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY: tty, columns: 120, write: (s: string) => (writes.push(s), true) } as unknown as NodeJS.WriteStream };
}

test('on a terminal: a bar with count, share, rate and time left, redrawn in place; messages above it', () => {
  const { writes, stream } = fakeStream(true);
  const p = new Progress('ingesting', { total: 200, stream, enabled: true, intervalMs: 0 });
  p.tick(50, 'coded 50');
  const line = p.line(Date.now() + 1000);
  assert.match(line, /^ingesting \[####\.+\] 50\/200 25% \d+(\.\d)?\/s ETA \d+s coded 50$/);
  p.log('dyad: x.txt: empty file');
  p.done();
  assert.ok(writes.some((w) => w.startsWith('\r') && w.endsWith('\x1b[K')));
  assert.ok(writes.includes('dyad: x.txt: empty file\n'));
  assert.equal(writes[writes.length - 1], '\r\x1b[K');
});

test('in a pipe: nothing but the messages', () => {
  const { writes, stream } = fakeStream(false);
  const p = new Progress('ingesting', { total: 10, stream });
  assert.equal(p.on, false);
  for (let i = 0; i < 10; i++) p.tick();
  p.log('dyad: y: failed');
  p.done();
  assert.deepEqual(writes, ['dyad: y: failed\n']);
});

test('durations', () => {
  assert.deepEqual([duration(42), duration(185), duration(3720), duration(Infinity)], ['42s', '3m05s', '1h02m', '?']);
});
