/** Neo4j values for people: as plain JSON (temporal values as ISO strings, points as {latitude, longitude}) and as cypher-shell prints them. */
import neo4j from 'neo4j-driver';

export type Plain = string | number | boolean | null | Plain[] | { [k: string]: Plain };

export function plain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (neo4j.isPoint(value)) {
    const p = value as unknown as { x: number; y: number; srid: unknown };
    const srid = Number(p.srid);
    return srid === 4326 || srid === 4979 ? { latitude: p.y, longitude: p.x } : { x: p.x, y: p.y, srid };
  }
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  ) {
    return String(value);
  }
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, plain(v)]));
  }
  return String(value);
}

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

/** JSON numbers without a fraction become Cypher integers, as in cypher-shell (LIMIT $n needs one). */
export function cypherValue(v: unknown): unknown {
  if (typeof v === 'number' && Number.isInteger(v)) return neo4j.int(v);
  if (Array.isArray(v)) return v.map(cypherValue);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, cypherValue(x)]));
  return v;
}
