/** A text sink that respects backpressure: a file, or stdout. */
import fs from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

export interface Sink {
  write(text: string): Promise<void>;
  /** The export is complete. */
  close(): Promise<void>;
  /** The export failed: leave nothing half-written behind. */
  abort(): Promise<void>;
}

export function streamSink(stream: Writable, closeStream: boolean): Sink {
  return {
    async write(text) {
      if (!stream.write(text)) await once(stream, 'drain');
    },
    async close() {
      if (!closeStream) return;
      stream.end();
      await once(stream, 'finish');
    },
    // stdout cannot take back what it printed; the caller's non-zero exit says it is incomplete
    abort: async () => {},
  };
}

/** Writes FILE.partial and renames it to FILE only once the export completes. */
export function fileSink(file: string): Sink {
  const partial = `${file}.partial`;
  const stream = fs.createWriteStream(partial);
  const inner = streamSink(stream, true);
  return {
    write: inner.write,
    async close() {
      await inner.close();
      fs.renameSync(partial, file);
    },
    async abort() {
      // the file is opened asynchronously: removed before an open under way completes, it would be
      // created again after the removal (CI on a busy machine left "FILE.partial" so)
      if (!stream.closed) {
        const closed = once(stream, 'close');
        stream.destroy();
        await closed;
      }
      fs.rmSync(partial, { force: true });
    },
  };
}
