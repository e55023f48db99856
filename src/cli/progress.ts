// Progress for long runs: a bar with the count, the rate and the time left, on standard error when it is a
// terminal; nothing at all in a pipe, a file or CI. Messages printed meanwhile go through `log`, which clears the
// bar first so the two never mix.
export interface ProgressOptions {
  /** Items expected, when known: gives the bar and the time left. */
  total?: number | null;
  /** Force on or off (default: on when standard error is a terminal and CI is not set). */
  enabled?: boolean;
  /** Where to draw (default process.stderr). */
  stream?: NodeJS.WriteStream;
  /** Milliseconds between redraws (default 100). */
  intervalMs?: number;
}

const BAR_WIDTH = 16;

export class Progress {
  readonly on: boolean;
  private readonly stream: NodeJS.WriteStream;
  private readonly started = Date.now();
  private readonly intervalMs: number;
  private total: number | null;
  private last = 0;
  private drawn = false;
  private n = 0;
  private note = '';

  constructor(private readonly label: string, opts: ProgressOptions | number | null = {}) {
    const o: ProgressOptions = typeof opts === 'number' || opts === null ? { total: opts } : opts;
    this.stream = o.stream ?? process.stderr;
    this.on = o.enabled ?? (Boolean(this.stream.isTTY) && !process.env.CI);
    this.total = o.total ?? null;
    this.intervalMs = o.intervalMs ?? 100;
  }

  /** Sets (or learns late) the expected total. */
  setTotal(total: number | null): void {
    this.total = total;
  }

  /** Counts `by` more items done; `note` is shown after the figures (e.g. the outcome counts). */
  tick(by = 1, note?: string): void {
    this.n += by;
    if (note !== undefined) this.note = note;
    if (!this.on) return;
    const now = Date.now();
    if (now - this.last < this.intervalMs) return;
    this.last = now;
    this.draw(now);
  }

  /** The line as drawn (exposed for tests). */
  line(now = Date.now()): string {
    const secs = (now - this.started) / 1000;
    const rate = secs > 0 ? this.n / secs : 0;
    const total = this.total && this.total >= this.n ? this.total : null;
    let out = `${this.label} `;
    if (total) {
      const share = Math.min(1, this.n / total);
      const full = Math.round(share * BAR_WIDTH);
      out += `[${'#'.repeat(full)}${'.'.repeat(BAR_WIDTH - full)}] ${this.n}/${total} ${(share * 100).toFixed(0)}%`;
    } else out += `${this.n}`;
    out += ` ${rate >= 10 ? rate.toFixed(0) : rate.toFixed(1)}/s`;
    if (total && rate > 0) out += ` ETA ${duration((total - this.n) / rate)}`;
    else out += ` ${duration(secs)} elapsed`;
    if (this.note) out += ` ${this.note}`;
    const width = this.stream.columns ?? 100;
    return out.length >= width ? out.slice(0, width - 1) : out;
  }

  /** Prints a message above the bar (or plainly, when there is no bar). */
  log(message: string): void {
    if (this.on && this.drawn) this.stream.write('\r\x1b[K');
    this.stream.write(message.endsWith('\n') ? message : `${message}\n`);
    if (this.on && this.drawn) this.draw(Date.now());
  }

  done(): void {
    if (this.on && this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }

  private draw(now: number): void {
    this.stream.write(`\r${this.line(now)}\x1b[K`);
    this.drawn = true;
  }
}

/** `42s`, `3m05s`, `1h02m`. */
export function duration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
