// Progress for long runs: a line on standard error that rewrites itself on a terminal, and nothing in a pipe.
export class Progress {
  private readonly on: boolean;
  private readonly started = Date.now();
  private last = 0;
  private n = 0;

  constructor(private readonly label: string, private readonly total: number | null = null) {
    this.on = Boolean(process.stderr.isTTY) && !process.env.CI;
  }

  tick(by = 1): void {
    this.n += by;
    if (!this.on) return;
    const now = Date.now();
    if (now - this.last < 100) return;
    this.last = now;
    const secs = (now - this.started) / 1000;
    const rate = secs > 0 ? this.n / secs : 0;
    let line = `${this.label}: ${this.n}${this.total ? `/${this.total}` : ''} (${rate.toFixed(0)}/s`;
    if (this.total && rate > 0) line += `, ${Math.max(0, (this.total - this.n) / rate).toFixed(0)}s left`;
    process.stderr.write(`\r${line})\x1b[K`);
  }

  done(): void {
    if (this.on && this.last) process.stderr.write('\r\x1b[K');
  }
}
