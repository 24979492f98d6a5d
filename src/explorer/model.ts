/** The explorer's view of the API's data: types derived from the generated operations. */
import type { ExplorerEntityQuery, ExplorerNeighbourhoodQuery } from '../client/generated/graphql';

export type GraphNodeData = ExplorerNeighbourhoodQuery['subgraph']['nodes'][number];
export type GraphEdgeData = ExplorerNeighbourhoodQuery['subgraph']['edges'][number];
export type EntityDetailsData = ExplorerEntityQuery;
export type EvidenceData = GraphEdgeData['evidence'][number];

/** Date filter bounds as ISO dates; either may be empty. */
export interface DateRange {
  from: string;
  to: string;
}

export function inRange(date: string | null | undefined, range: DateRange): boolean {
  if (!date) return !range.from && !range.to;
  if (range.from && date < range.from) return false;
  if (range.to && date > range.to) return false;
  return true;
}

/** An edge passes the date filter when at least one of its evidence articles was published in range. */
export function edgeInRange(edge: GraphEdgeData, range: DateRange): boolean {
  if (!range.from && !range.to) return true;
  return edge.evidence.some((e) => inRange(e.article.publishedAt, range));
}

/** An event node passes when its own date is in range; other entities are timeless. */
export function nodeInRange(node: GraphNodeData, range: DateRange): boolean {
  if (node.type !== 'EVENT' || (!range.from && !range.to)) return true;
  const date = node.entity.__typename === 'Event' ? node.entity.date : null;
  return inRange(date, range);
}
