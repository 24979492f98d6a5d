import fs from 'node:fs';
import path from 'node:path';
import { NODE_HEAP_FLAGS } from '../../src/config/node-flags';

// The flags are measured in one place (src/config/node-flags.ts); every way of starting the server passes them.
const root = path.resolve(__dirname, '../..');

describe('the API server starts with the measured heap flags', () => {
  it('npm start passes them to Node', () => {
    const start: string = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).scripts.start;
    expect(start).toBe(`tsx ${NODE_HEAP_FLAGS.join(' ')} scripts/start.ts`);
  });

  it('the Docker image passes them to Node', () => {
    const cmd = /^CMD (.*)$/m.exec(fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8'))![1]!;
    expect(JSON.parse(cmd)).toEqual(['node', ...NODE_HEAP_FLAGS, 'dist/scripts/start.js']);
  });
});
