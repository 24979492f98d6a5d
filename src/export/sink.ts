/** A text sink that respects backpressure: a file, or stdout. */
import fs from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

export interface Sink {
  write(text: string): Promise<void>;
  close(): Promise<void>;
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
  };
}

export function fileSink(file: string): Sink {
  return streamSink(fs.createWriteStream(file), true);
}
