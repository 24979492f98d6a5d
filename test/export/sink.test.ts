import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileSink } from '../../src/export/sink';

describe('fileSink', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sink-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes the file whole only when the export completes', async () => {
    const file = path.join(dir, 'out.jsonl');
    const sink = fileSink(file);
    await sink.write('{"a":1}\n');
    expect(fs.existsSync(file)).toBe(false);
    await sink.close();
    expect(fs.readdirSync(dir)).toEqual(['out.jsonl']);
    expect(fs.readFileSync(file, 'utf8')).toBe('{"a":1}\n');
  });

  it('leaves nothing behind when aborted, even before its file was opened', async () => {
    for (const writeFirst of [false, true]) {
      const sink = fileSink(path.join(dir, 'out.graphml'));
      if (writeFirst) await sink.write('<graphml>');
      await sink.abort();
      // an open still under way would create the partial file after the abort returned
      await new Promise((r) => setTimeout(r, 50));
      expect(fs.readdirSync(dir)).toEqual([]);
    }
  });
});
