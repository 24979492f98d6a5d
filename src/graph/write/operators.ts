/**
 * Operators fix what resolution got wrong: merge two entities, split an alias's articles off an
 * entity, undo either. Each is one transaction that records the correction in the resolution log
 * (`:ResolutionLog`) and writes again the articles it changes; every later ingest applies the log,
 * so a correction holds, and undoing it gives back the graph resolution alone makes.
 */
import crypto from 'node:crypto';
import { ErrorCode, NewsgraphError } from '../../errors';
import { keyOfId } from '../../resolve';
import type { GraphClient } from '../client';
import { cypher } from '../cypher';
import { reconcile, type Run } from './resolution';

export class ResolutionError extends NewsgraphError {
  constructor(code: ErrorCode.NOT_FOUND | ErrorCode.BAD_USER_INPUT, message: string, argument: string) {
    super(code, message, { argument });
    this.name = 'ResolutionError';
  }
}

export interface LogEntry {
  id: string;
  kind: 'merge' | 'split';
  fromId: string;
  intoId: string | null;
  alias: string | null;
  at: string;
  undoneAt: string | null;
}

export interface CorrectionResult {
  entry: LogEntry;
  /** articles written again */
  rewritten: string[];
}

const ENTRY = `l.id AS id, l.kind AS kind, l.fromId AS fromId, l.intoId AS intoId, l.alias AS alias,
  toString(l.at) AS at, toString(l.undoneAt) AS undoneAt`;

async function entity(run: Run, id: string, argument: string) {
  const [row] = await run(
    cypher('MATCH (e:Entity {id: $id}) RETURN e.aliases AS aliases, e.name AS name, labels(e) AS labels', { id }),
  );
  if (!row) throw new ResolutionError(ErrorCode.NOT_FOUND, `entity ${id} not found`, argument);
  const key = keyOfId(id);
  if (!key) throw new ResolutionError(ErrorCode.BAD_USER_INPUT, `${id} is no person or organisation`, argument);
  return { key, name: row.name as string, aliases: (row.aliases as string[] | null) ?? [] };
}

async function record(
  run: Run,
  kind: LogEntry['kind'],
  from: { id: string; key: string },
  into: { id: string; key: string } | null,
  alias: string | null,
): Promise<LogEntry> {
  const id = `resolution:${crypto.randomUUID()}`;
  const [row] = await run(
    cypher(
      `CREATE (l:ResolutionLog {id: $id, kind: $kind, from: $from, into: $into, fromId: $fromId, intoId: $intoId,
  alias: $alias, at: datetime()})
RETURN ${ENTRY}`,
      { id, kind, from: from.key, into: into?.key ?? null, fromId: from.id, intoId: into?.id ?? null, alias },
    ),
  );
  return row as unknown as LogEntry;
}

/** `fromId` becomes part of `intoId`: its mentions, facts, evidence and aliases move there. */
export function mergeEntities(graph: GraphClient, fromId: string, intoId: string): Promise<CorrectionResult> {
  return graph.writeTransaction(async (run) => {
    if (fromId === intoId) throw new ResolutionError(ErrorCode.BAD_USER_INPUT, 'an entity merges with another', 'into');
    const from = await entity(run, fromId, 'from');
    const into = await entity(run, intoId, 'into');
    if (from.key.split('|')[0] !== into.key.split('|')[0])
      throw new ResolutionError(ErrorCode.BAD_USER_INPUT, `${fromId} and ${intoId} are of different types`, 'into');
    const entry = await record(run, 'merge', { id: fromId, key: from.key }, { id: intoId, key: into.key }, null);
    return { entry, rewritten: await reconcile(run, [from.key, into.key]) };
  });
}

/** The articles that name `id` by `alias` (their own name for it) get an entity of their own. */
export function splitEntity(graph: GraphClient, id: string, alias: string): Promise<CorrectionResult> {
  return graph.writeTransaction(async (run) => {
    const e = await entity(run, id, 'id');
    if (!e.aliases.includes(alias))
      throw new ResolutionError(ErrorCode.BAD_USER_INPUT, `${alias} is no alias of ${id}`, 'alias');
    const entry = await record(run, 'split', { id, key: e.key }, null, alias);
    const rewritten = await reconcile(run, [e.key]);
    if (rewritten.length === 0)
      throw new ResolutionError(
        ErrorCode.BAD_USER_INPUT,
        `no article names ${id} by ${alias} alone: nothing to split off`,
        'alias',
      );
    return { entry, rewritten };
  });
}

/** Takes a correction back: the entities become what resolution alone (and the other corrections) make. */
export function undoCorrection(graph: GraphClient, logId: string): Promise<CorrectionResult> {
  return graph.writeTransaction(async (run) => {
    const [row] = await run(
      cypher(
        `MATCH (l:ResolutionLog {id: $id}) WHERE l.undoneAt IS NULL
SET l.undoneAt = datetime()
RETURN ${ENTRY}, l.from AS fromKey, l.into AS intoKey`,
        { id: logId },
      ),
    );
    if (!row) throw new ResolutionError(ErrorCode.NOT_FOUND, `no correction ${logId} in force`, 'id');
    const keys = [row.fromKey as string, ...(row.intoKey ? [row.intoKey as string] : [])];
    const { fromKey: _f, intoKey: _i, ...entry } = row;
    return { entry: entry as unknown as LogEntry, rewritten: await reconcile(run, keys) };
  });
}

/** The resolution log, newest first. */
export const correctionLog = async (graph: GraphClient): Promise<LogEntry[]> =>
  (await graph.read(cypher(`MATCH (l:ResolutionLog) RETURN ${ENTRY} ORDER BY l.at DESC, l.id`))).map(
    (r) => r as unknown as LogEntry,
  );
