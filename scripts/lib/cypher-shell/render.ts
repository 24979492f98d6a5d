/** Result rows as a table (or JSON lines) for the terminal. */
import Table from 'cli-table3';
import neo4j from 'neo4j-driver';
import { plain } from '../../../src/export/values';

/** Nodes, relationships and paths as cypher-shell prints them; everything else as JSON-ish text. */
export function show(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (neo4j.isNode(value as never)) {
    const n = value as { labels: string[]; properties: Record<string, unknown> };
    return `(${n.labels.map((l) => ':' + l).join('')} ${props(n.properties)})`;
  }
  if (neo4j.isRelationship(value as never)) {
    const r = value as { type: string; properties: Record<string, unknown> };
    return `[:${r.type} ${props(r.properties)}]`;
  }
  if (neo4j.isPath(value as never)) {
    const p = value as { start: unknown; segments: { relationship: unknown; end: unknown }[] };
    return [show(p.start), ...p.segments.flatMap((s) => [`-${show(s.relationship)}->`, show(s.end)])].join('');
  }
  if (Array.isArray(value)) return `[${value.map(show).join(', ')}]`;
  const p = plain(value);
  return typeof p === 'string' ? p : JSON.stringify(p);
}

function props(o: Record<string, unknown>): string {
  // id and name first: what an analyst reads a node by
  const rank = (k: string) => (k === 'id' ? 0 : k === 'name' ? 1 : 2);
  const shown = Object.entries(o)
    .filter(([k]) => k !== 'seen')
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? JSON.stringify(v) : show(v)}`);
  return `{${shown.join(', ')}}`;
}

export function renderTable(keys: string[], rows: Record<string, unknown>[], maxWidth = 60): string {
  if (keys.length === 0) return '';
  const table = new Table({
    head: keys,
    style: process.stdout.isTTY ? {} : { head: [], border: [] },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const row of rows) {
    table.push(keys.map((k) => truncate(show(row[k]), maxWidth)));
  }
  return table.toString();
}

function truncate(s: string, max: number): string {
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}

export function renderJsonLines(keys: string[], rows: Record<string, unknown>[]): string {
  return rows.map((r) => JSON.stringify(Object.fromEntries(keys.map((k) => [k, plain(r[k])])))).join('\n');
}
