/** Neo4j values as plain JSON: temporal values as ISO strings, points as {latitude, longitude}. */
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

/** A property as one cell of a flat format (CSV, GraphML): scalars as they are, the rest as JSON. */
export function cell(value: unknown): string {
  const p = plain(value);
  if (p === null) return '';
  if (typeof p === 'object') return JSON.stringify(p);
  return String(p);
}
