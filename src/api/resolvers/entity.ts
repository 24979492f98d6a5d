import type { EntityLabel, EntityModel } from '../../graph';
import type { EntityType, PersonResolvers, Resolvers } from '../generated/resolvers-types';
import { relationshipsKey } from '../loaders';
import { factsShown } from '../lookahead';
import { connection, pageArgs } from '../pagination';

export const labelToType = (l: EntityLabel): EntityType => l.toUpperCase() as EntityType;
export const typeToLabel = (t: EntityType): EntityLabel => (t.charAt(0) + t.slice(1).toLowerCase()) as EntityLabel;

/** The entity's ids in Wikidata, GeoNames and ISO 3166, as the graph knows them. */
const externalIds = (e: EntityModel) => [
  ...(e.wikidataId
    ? [{ source: 'WIKIDATA', id: e.wikidataId, url: `https://www.wikidata.org/wiki/${e.wikidataId}` }]
    : []),
  ...(e.geonamesId
    ? [{ source: 'GEONAMES', id: String(e.geonamesId), url: `https://www.geonames.org/${e.geonamesId}` }]
    : []),
  ...(e.isoCode ? [{ source: 'ISO_3166', id: e.isoCode, url: null }] : []),
];

/** The fields every entity type shares: its type, and its relationships, mentions and statements (batched). */
const common: PersonResolvers = {
  type: (e) => labelToType(e.label),
  externalIds,
  relationships: async (e, args, { loaders }, info) =>
    connection(await loaders.relationships.load(relationshipsKey(e.id, args, factsShown(info)))),
  mentions: async (e, { first, after }, { loaders }) =>
    connection(await loaders.mentions.load({ id: e.id, args: { page: pageArgs(first, after) } })),
  statements: async (e, { first, after }, { loaders }) =>
    connection(await loaders.statements.load({ id: e.id, args: { page: pageArgs(first, after) } })),
};

export const entityResolvers: Pick<Resolvers, 'Entity' | 'Person' | 'Organization' | 'Place' | 'Event'> = {
  Entity: { __resolveType: (e) => e.label },
  Person: common,
  Organization: common as Resolvers['Organization'],
  Place: common as Resolvers['Place'],
  Event: common as Resolvers['Event'],
};
