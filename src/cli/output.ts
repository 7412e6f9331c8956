/**
 * Writing to standard output (or any stream) piece by piece with backpressure: text is gathered into chunks of
 * 64 kB and each chunk waits until the stream has taken the previous ones, so a slow reader downstream slows the
 * run instead of filling memory. A reader that goes away (`| head`) ends the run quietly.
 */
import type { Writable } from 'node:stream';

export class OutputClosed extends Error {
  constructor() {
    super('the output was closed');
  }
}

export class Output {
  private chunk = '';
  private closed = false;
  private failure: Error | null = null;

  constructor(private readonly stream: Writable) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') this.closed = true;
      else this.failure = error;
    });
  }

  async write(text: string): Promise<void> {
    this.chunk += text;
    if (this.chunk.length >= 1 << 16) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.closed) throw new OutputClosed();
    if (this.failure !== null) throw this.failure;
    if (this.chunk === '') return;
    const text = this.chunk;
    this.chunk = '';
    if (!this.stream.write(text)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.stream.off('drain', done);
          this.stream.off('error', done);
          this.stream.off('close', done);
          resolve();
        };
        this.stream.on('drain', done);
        this.stream.on('error', done);
        this.stream.on('close', done);
      });
    }
    if (this.closed) throw new OutputClosed();
    if (this.failure !== null) throw this.failure;
  }

  /** Flushes what is left and waits until the stream has written it. */
  async end(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve) => {
      if (this.stream.writableLength === 0) resolve();
      else this.stream.once('drain', () => resolve());
    });
  }
}
