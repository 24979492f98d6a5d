/**
 * `npm run eval:resolution [-- --docs N] [--gold FILE] [--conll FILE]`: entity resolution across
 * articles scored against a hand-made gold of multi-form entities (docs/graph-model.md). Default:
 * the first 250 stories of CoNLL-2003 train and test/fixtures/resolution-gold.json.
 */
import path from 'node:path';
import { Command } from 'commander';
import { readConll } from '../src/extract/tagger/conll';
import { readGold, resolutionTable, scoreResolution } from './lib/resolution-eval';

const root = path.resolve(__dirname, '..');
const program = new Command('eval:resolution')
  .option('--docs <n>', 'how many documents of the corpus, from the first', '250')
  .option('--gold <file>', 'gold entities', path.join(root, 'test/fixtures/resolution-gold.json'))
  .option('--conll <file>', 'CoNLL-2003 file', path.join(root, '../shared/eval/conll2003/train.txt'))
  .action((opts: { docs: string; gold: string; conll: string }) => {
    const docs = readConll(opts.conll).slice(0, Number(opts.docs));
    process.stdout.write(`${resolutionTable(scoreResolution(docs, readGold(opts.gold)))}\n`);
  });
program.parse();
