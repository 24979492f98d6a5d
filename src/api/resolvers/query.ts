import type { QueryResolvers } from '../generated/resolvers-types';
import { badInput, notFound } from '../errors';
import { DEFAULT_STRING_LIMIT, MAX_NAME_FILTER_LENGTH } from '../input-limits';
import { connection, pageArgs } from '../pagination';
import { selectionOf, subgraphFields } from '../lookahead';
import { entityPrefetched } from '../prefetch';
import { toLuceneQuery } from '../search-text';
import { typeToLabel } from './entity';
import { health } from './health';

const checkId = (id: string, arg: string) => {
  if (id.length === 0 || id.length > DEFAULT_STRING_LIMIT)
    throw badInput(`${arg} must be 1..${DEFAULT_STRING_LIMIT} characters`, arg);
  return id;
};

export const query: QueryResolvers = {
  health,
  search: async (_p, { text, types, first }, { loaders }) => {
    const { limit } = pageArgs(first, null, 10);
    const labels = types?.length ? types.map(typeToLabel) : null;
    const hits = await loaders.reader.search(toLuceneQuery(text), labels, limit);
    for (const h of hits) loaders.entity.prime(h.entity.id, h.entity);
    return hits;
  },
  entity: (_p, { id }, { loaders }, info) => entityPrefetched(checkId(id, 'id'), info, loaders),
  entities: async (_p, { type, nameContains, first, after }, { loaders }) => {
    if (nameContains && nameContains.length > MAX_NAME_FILTER_LENGTH)
      throw badInput(`nameContains may be at most ${MAX_NAME_FILTER_LENGTH} characters`, 'nameContains');
    return connection(
      await loaders.reader.entitiesPage(type ? typeToLabel(type) : null, nameContains ?? null, pageArgs(first, after)),
    );
  },
  events: async (_p, { from, to, placeId, participantId, first, after }, { loaders }) => {
    if (from && to && from > to) throw badInput('from must not be after to', 'from');
    return connection(
      await loaders.reader.eventsPage(
        { from: from ?? null, to: to ?? null, placeId: placeId ?? null, participantId: participantId ?? null },
        pageArgs(first, after),
      ),
    );
  },
  shortestPath: async (_p, { fromId, toId, maxLength }, { loaders }) => {
    const n = maxLength ?? 4;
    if (!Number.isInteger(n) || n < 1 || n > 6) throw badInput('maxLength must be between 1 and 6', 'maxLength');
    const path = await loaders.reader.shortestPath(checkId(fromId, 'fromId'), checkId(toId, 'toId'), n);
    for (const e of path?.nodes ?? []) loaders.entity.prime(e.id, e); // steps' from/to resolve from cache
    return path;
  },
  stats: (_p, _a, { loaders }) => loaders.reader.stats(),
  statements: async (_p, { aboutId, speakerId, first, after }, { loaders }) =>
    connection(
      await loaders.reader.statementsPage(
        aboutId ? checkId(aboutId, 'aboutId') : null,
        speakerId ? checkId(speakerId, 'speakerId') : null,
        pageArgs(first, after),
      ),
    ),
  placesNear: (_p, { latitude, longitude, radiusKm, first }, { loaders }) => {
    if (latitude < -90 || latitude > 90) throw badInput('latitude must be between -90 and 90', 'latitude');
    if (longitude < -180 || longitude > 180) throw badInput('longitude must be between -180 and 180', 'longitude');
    const radius = radiusKm ?? 50;
    if (!(radius > 0 && radius <= 20000)) throw badInput('radiusKm must be above 0 and at most 20000', 'radiusKm');
    return loaders.reader.placesNear(latitude, longitude, radius, pageArgs(first, null).limit);
  },
  subgraph: async (_p, { centerId, depth, limit }, { loaders }, info) => {
    const d = depth ?? 1;
    const n = limit ?? 100;
    if (!Number.isInteger(d) || d < 1 || d > 3) throw badInput('depth must be 1, 2 or 3', 'depth');
    if (!Number.isInteger(n) || n < 1 || n > 300) throw badInput('limit must be between 1 and 300', 'limit');
    const want = subgraphFields(selectionOf(info));
    const g = await loaders.reader.subgraph(checkId(centerId, 'centerId'), d, n, want);
    if (!g) throw notFound(`entity ${centerId} not found`);
    if (want.entities) for (const node of g.nodes) loaders.entity.prime(node.entity.id, node.entity);
    return g;
  },
  article: (_p, { id }, { loaders }) => loaders.article.load(checkId(id, 'id')),
  articles: async (_p, { first, after }, { loaders }) =>
    connection(await loaders.reader.articlesPage(pageArgs(first, after))),
};
