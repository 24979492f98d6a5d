import { plain } from '../graph';

/** A property as one cell of a flat format (CSV, GraphML): scalars as they are, the rest as JSON. */
export function cell(value: unknown): string {
  const p = plain(value);
  if (p === null) return '';
  if (typeof p === 'object') return JSON.stringify(p);
  return String(p);
}
