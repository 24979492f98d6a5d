/**
 * Prefetching for the hottest shape of the API: an entity with a page of its relationships, their
 * other ends and evidence sentences. One query replaces four (entity, facts, other ends, sentences);
 * the result primes the request's loaders, so the ordinary field resolvers answer from cache.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { EntityModel } from '../graph';
import { type Loaders, type RelationshipsFieldArgs, relationshipsKey } from './loaders';
import { briefIn, factsShownIn, selectionOf, selects, subFields } from './lookahead';

export async function entityPrefetched(
  id: string,
  info: GraphQLResolveInfo,
  loaders: Loaders,
): Promise<EntityModel | null> {
  const tree = selectionOf(info);
  const [relationships] = tree ? subFields(tree, 'relationships') : [];
  if (!relationships) return loaders.entity.load(id);
  let key: ReturnType<typeof relationshipsKey>;
  try {
    key = relationshipsKey(id, relationships.args as RelationshipsFieldArgs, factsShownIn(relationships));
  } catch {
    return loaders.entity.load(id); // bad arguments: the field resolver reports them
  }
  // the page is read as this field shows it (the key says so); sentences are primed whole, so any field may use them
  const want = {
    withSentences: selects(relationships, ['edges', 'node', 'evidence', 'sentence']),
    withProperties: key.args.properties,
    withTotal: key.args.total,
    briefOthers: key.args.briefOthers,
    // relationships fields need only the id; a brief entity is this field's answer, never a loader's
    briefEntity: briefIn(tree!, ['relationships']),
  };
  const found = await loaders.reader.entityWithFacts(id, key.args, key.args.page, want);
  if (!found) return null;
  if (!want.briefEntity) loaders.entity.prime(id, found.entity);
  // brief other ends stay with the facts of this key (whose selection shows no more of them); whole
  // ones may answer any field of the request
  if (want.briefOthers) found.facts.items.forEach((fact, i) => (fact.other = found.others[i]));
  else for (const other of found.others) loaders.entity.prime(other.id, other);
  for (const sentence of found.sentences) {
    loaders.sentence.prime(sentence.id, sentence);
    loaders.sentencesRead.set(sentence.id, sentence);
  }
  loaders.relationships.prime(key, found.facts);
  return found.entity;
}
