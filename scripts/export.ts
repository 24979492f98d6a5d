/**
 * npm run export -- --format graphml|csv|jsonl [--article ID] [--out PATH]
 * Writes the whole graph, or one article's subgraph, for analysts' own tools (Gephi, yEd,
 * networkx, pandas, neo4j-admin import). graphml and jsonl go to a file or stdout; csv writes
 * nodes.csv and relationships.csv into the --out directory.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import {
  exportGraph,
  csvWriter,
  FORMATS,
  graphmlWriter,
  jsonlWriter,
  type ExportFormat,
  fileSink,
  streamSink,
} from '../src/export';
import { connect } from './lib/connect';
import { runProgram } from './lib/run-program';

const program = new Command('export')
  .description('Export the graph (or one article of it) as GraphML, CSV or JSON lines')
  .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).makeOptionMandatory())
  .option('-a, --article <id>', 'only this article: its sentences, entities, statements, comments and facts')
  .option('-o, --out <path>', 'file (graphml, jsonl) or directory (csv); default: stdout, or ./export for csv')
  .action(async (opts: { format: ExportFormat; article?: string; out?: string }) => {
    const graph = await connect();
    try {
      let writer;
      const csvDir = opts.out ?? 'export';
      if (opts.format === 'csv') {
        fs.mkdirSync(csvDir, { recursive: true });
        writer = csvWriter(fileSink(path.join(csvDir, 'nodes.csv')), fileSink(path.join(csvDir, 'relationships.csv')));
      } else {
        const sink = opts.out ? fileSink(opts.out) : streamSink(process.stdout, false);
        writer = opts.format === 'graphml' ? graphmlWriter(sink) : jsonlWriter(sink);
      }
      const counts = await exportGraph(graph, writer, opts.article);
      const where = opts.format === 'csv' ? `${csvDir}/` : (opts.out ?? 'stdout');
      process.stderr.write(`exported ${counts.nodes} nodes and ${counts.relationships} relationships to ${where}\n`);
    } finally {
      await graph.close();
    }
  });

runProgram(program);
