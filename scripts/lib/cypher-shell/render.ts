/** Result rows as a table (or JSON lines) for the terminal. */
import Table from 'cli-table3';
import { plain, show } from '../../../src/graph';

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
