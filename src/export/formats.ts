/** The export formats: one writer each, fed node rows then relationship rows. */
import { stringify } from 'csv-stringify/sync';
import { type ExportNodeRow, type ExportRelationshipRow, plain } from '../graph';
import type { Sink } from './sink';
import { cell } from './values';

export const FORMATS = ['graphml', 'csv', 'jsonl'] as const;
export type ExportFormat = (typeof FORMATS)[number];

export interface GraphWriter {
  /** Property names in use; GraphML declares them as keys before any element. */
  begin(keys: { nodeKeys: string[]; relKeys: string[] }): Promise<void>;
  node(row: ExportNodeRow): Promise<void>;
  relationship(row: ExportRelationshipRow): Promise<void>;
  end(): Promise<void>;
  /** Drops whatever was written: the export failed. */
  abort(): Promise<void>;
}

/** One JSON object per line, shaped like APOC's JSON export: {type:"node"|"relationship", ...}. */
export function jsonlWriter(out: Sink): GraphWriter {
  return {
    begin: async () => {},
    node: (n) =>
      out.write(JSON.stringify({ type: 'node', id: n.id, labels: n.labels, properties: plain(n.props) }) + '\n'),
    relationship: (r) =>
      out.write(
        JSON.stringify({
          type: 'relationship',
          label: r.type,
          start: r.source,
          end: r.target,
          properties: plain(r.props),
        }) + '\n',
      ),
    end: () => out.close(),
    abort: () => out.abort(),
  };
}

/**
 * Two files in the header style of `neo4j-admin database import`: nodes.csv (id:ID, :LABEL, name,
 * properties as JSON) and relationships.csv (:START_ID, :END_ID, :TYPE, properties as JSON).
 */
export function csvWriter(nodes: Sink, relationships: Sink): GraphWriter {
  return {
    begin: async () => {
      await nodes.write(stringify([['id:ID', ':LABEL', 'name', 'properties']]));
      await relationships.write(stringify([[':START_ID', ':END_ID', ':TYPE', 'properties']]));
    },
    node: (n) => {
      const { name, id: _id, ...rest } = n.props;
      return nodes.write(stringify([[n.id, n.labels.join(';'), cell(name), JSON.stringify(plain(rest))]]));
    },
    relationship: (r) => relationships.write(stringify([[r.source, r.target, r.type, JSON.stringify(plain(r.props))]])),
    end: async () => {
      await nodes.close();
      await relationships.close();
    },
    abort: async () => {
      await nodes.abort();
      await relationships.abort();
    },
  };
}

const xml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
// characters XML 1.0 forbids even escaped: a stray control character must not break the whole file
// eslint-disable-next-line no-control-regex
const xmlText = (s: string) => xml(s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ''));

/** GraphML (readable by Gephi, yEd, Cytoscape, networkx): labels and type as data keys, lists as JSON. */
export function graphmlWriter(out: Sink): GraphWriter {
  let nodeKeys: string[] = [];
  let relKeys: string[] = [];
  const data = (prefix: string, props: Record<string, unknown>, keys: string[]) =>
    keys
      .filter((k) => props[k] !== undefined && props[k] !== null)
      .map((k) => `<data key="${prefix}_${xml(k)}">${xmlText(cell(props[k]))}</data>`)
      .join('');
  return {
    begin: async (keys) => {
      nodeKeys = keys.nodeKeys.filter((k) => k !== 'labels').sort();
      relKeys = keys.relKeys.filter((k) => k !== 'type').sort();
      const decl = [
        '<key id="labels" for="node" attr.name="labels" attr.type="string"/>',
        ...nodeKeys.map((k) => `<key id="n_${xml(k)}" for="node" attr.name="${xml(k)}" attr.type="string"/>`),
        '<key id="type" for="edge" attr.name="type" attr.type="string"/>',
        ...relKeys.map((k) => `<key id="e_${xml(k)}" for="edge" attr.name="${xml(k)}" attr.type="string"/>`),
      ];
      await out.write(
        '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n' +
          decl.join('\n') +
          '\n<graph id="newsgraph" edgedefault="directed">\n',
      );
    },
    node: (n) =>
      out.write(
        `<node id="${xml(n.id)}"><data key="labels">${xml(n.labels.join(':'))}</data>${data('n', n.props, nodeKeys)}</node>\n`,
      ),
    relationship: (r) =>
      out.write(
        `<edge source="${xml(r.source)}" target="${xml(r.target)}"><data key="type">${xml(r.type)}</data>${data('e', r.props, relKeys)}</edge>\n`,
      ),
    end: async () => {
      await out.write('</graph>\n</graphml>\n');
      await out.close();
    },
    abort: () => out.abort(),
  };
}
