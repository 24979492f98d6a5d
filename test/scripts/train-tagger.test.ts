/** `npm run train:tagger` on a tiny corpus in re3d's format (written for this test): it writes a model the pipeline can use. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extract } from '../../src/extract/pipeline';
import { loadTagger } from '../../src/extract/tagger/model';
import { testConfig } from '../helpers/neo4j';
import { ROOT, runScript } from '../helpers/scripts';

describe('train:tagger', () => {
  it('trains on annotated documents and writes a model that tags like them', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tagger-')), 'model.json');
    const res = await runScript(testConfig(), 'scripts/train-tagger.ts', [
      '--re3d',
      path.join(ROOT, 'test/fixtures/tagger-corpus'),
      '--out',
      out,
    ]);
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/trained on News: 3 sentences, \d+ features/);
    const tagger = loadTagger(out);
    const doc = extract({ source: 't', text: 'Officials in Lagos said Amaka Obi will lead the port.' }, { tagger });
    expect(doc.entities.map((e) => [e.name, e.type])).toEqual(
      expect.arrayContaining([
        ['Amaka Obi', 'Person'],
        ['Lagos', 'Place'],
      ]),
    );
  });
});
