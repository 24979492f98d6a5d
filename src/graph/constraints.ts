import { ENTITY_LABEL_UNION } from '../vocabulary';
import { cypher, type CypherQuery } from './cypher';

/** Idempotent schema statements run at start-up (IF NOT EXISTS everywhere). */
export const SCHEMA_STATEMENTS: CypherQuery[] = [
  cypher('CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE'),
  cypher('CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (n:Sentence) REQUIRE n.id IS UNIQUE'),
  cypher('CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE'),
  cypher('CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE'),
  cypher('CREATE CONSTRAINT comment_id IF NOT EXISTS FOR (n:Comment) REQUIRE n.id IS UNIQUE'),
  cypher('CREATE CONSTRAINT commenter_id IF NOT EXISTS FOR (n:Commenter) REQUIRE n.id IS UNIQUE'),
  cypher('CREATE CONSTRAINT name_key IF NOT EXISTS FOR (n:NameKey) REQUIRE n.key IS UNIQUE'),
  cypher(
    `CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:${ENTITY_LABEL_UNION}) ON EACH [n.name, n.aliasText]`,
  ),
  cypher('CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)'),
  cypher('CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt)'),
  cypher('CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)'),
  // the start-up migration's lookup of entities still in the old forms model (write/migrate-forms.ts):
  // an index scan, empty on any graph written since, instead of a scan of every entity
  cypher('CREATE INDEX entity_forms_by IF NOT EXISTS FOR (n:Entity) ON (n.formsBy)'),
  cypher('CREATE POINT INDEX place_location IF NOT EXISTS FOR (n:Place) ON (n.location)'),
];
