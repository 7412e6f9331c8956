/**
 * What a long run tells on stderr: progress (articles/s, events, share of the input read and the time left) on
 * one line redrawn in place on a terminal, or a plain line every ten seconds when stderr is a file or a pipe; each
 * problem as it is met (the first few of each kind, naming file and line), and a summary at the end.
 */
import type { Diagnostic } from '../pipeline/types.ts';

const SHOWN_PER_CODE = 20;

export function formatCount(value: number): string {
  return Math.round(value).toLocaleString('en-GB');
}

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${Math.round(seconds % 60)} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

export interface Counts {
  articles: number;
  events: number;
  /** UTF-8 bytes of the articles' text. */
  textBytes: number;
  /** Bytes of the input read so far. */
  inputBytes: number;
}

export class Reporter {
  private readonly started = performance.now();
  private lastShown = 0;
  private lineShown = false;
  private readonly byCode = new Map<string, { severity: Diagnostic['severity']; count: number }>();
  readonly counts: Counts = { articles: 0, events: 0, textBytes: 0, inputBytes: 0 };

  constructor(
    private readonly command: string,
    private readonly stream: NodeJS.WriteStream,
    private readonly options: { quiet: boolean; totalBytes: number | null; noun: string },
  ) {}

  private get terminal(): boolean {
    return this.stream.isTTY === true;
  }

  private print(line: string): void {
    if (this.lineShown) {
      this.stream.write('\r\x1b[K');
      this.lineShown = false;
    }
    this.stream.write(`${line}\n`);
  }

  /** Reports a problem: errors and warnings as they come (the first few of each kind), all in the summary. */
  diagnostic(diagnostic: Diagnostic): void {
    if (diagnostic.severity === 'info') return;
    const seen = this.byCode.get(diagnostic.code) ?? { severity: diagnostic.severity, count: 0 };
    seen.count += 1;
    this.byCode.set(diagnostic.code, seen);
    if (seen.count <= SHOWN_PER_CODE)
      this.print(`${this.command}: ${diagnostic.severity}: ${diagnostic.message}`);
    else if (seen.count === SHOWN_PER_CODE + 1)
      this.print(`${this.command}: more "${diagnostic.code}" problems are counted in the summary only`);
  }

  get errors(): number {
    let errors = 0;
    for (const seen of this.byCode.values()) if (seen.severity === 'error') errors += seen.count;
    return errors;
  }

  private status(): string {
    const seconds = (performance.now() - this.started) / 1000;
    const { articles, events, textBytes, inputBytes } = this.counts;
    const rate = seconds > 0 ? articles / seconds : 0;
    let line =
      `${this.command}: ${formatCount(articles)} ${this.options.noun}, ${formatCount(events)} events, ` +
      `${formatCount(rate)} ${this.options.noun}/s, ${(textBytes / 1e6 / Math.max(seconds, 1e-9)).toFixed(1)} MB/s`;
    const total = this.options.totalBytes;
    if (total !== null && total > 0 && inputBytes > 0) {
      const share = Math.min(1, inputBytes / total);
      line += `, ${(share * 100).toFixed(0)} % of the input, about ${formatDuration((seconds / share) * (1 - share))} left`;
    }
    return line;
  }

  /** Called often; shows progress at most every 200 ms on a terminal, every 10 s otherwise. */
  tick(): void {
    if (this.options.quiet) return;
    const now = performance.now();
    if (now - this.lastShown < (this.terminal ? 200 : 10_000)) return;
    if (now - this.started < (this.terminal ? 500 : 10_000)) return;
    this.lastShown = now;
    if (this.terminal) {
      this.stream.write(`\r\x1b[K${this.status().slice(0, (this.stream.columns || 120) - 1)}`);
      this.lineShown = true;
    } else this.print(this.status());
  }

  /** The summary: what was read and written, how fast, the problems by kind, the peak memory, processor time. */
  summary(written: string): void {
    if (this.lineShown) {
      this.stream.write('\r\x1b[K');
      this.lineShown = false;
    }
    if (this.options.quiet) return;
    const seconds = (performance.now() - this.started) / 1000;
    const { articles, textBytes } = this.counts;
    const usage = process.resourceUsage();
    const peak = usage.maxRSS / 1024;
    // Processor time of every thread (workers included): unlike the wall clock, it hardly depends on what else
    // the machine is doing.
    const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
    this.print(
      `${this.command}: ${formatCount(articles)} ${this.options.noun} → ${written} in ${seconds.toFixed(1)} s ` +
        `(${formatCount(articles / Math.max(seconds, 1e-9))} ${this.options.noun}/s, ` +
        `${(textBytes / 1e6 / Math.max(seconds, 1e-9)).toFixed(2)} MB/s of text; peak memory ${formatCount(peak)} MB, ` +
        `processor time ${cpu.toFixed(1)} s)`,
    );
    if (this.byCode.size === 0) return;
    const parts = [...this.byCode.entries()]
      .sort((a, b) => b[1].count - a[1].count)
      .map(([code, seen]) => `${formatCount(seen.count)} ${code} (${seen.severity})`);
    this.print(`${this.command}: problems: ${parts.join(', ')}`);
  }
}
