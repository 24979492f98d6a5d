/**
 * Limits on every argument a client sends, checked once per operation before anything runs: the
 * length of every string and id, the size of every list, and dates that are real calendar days.
 * docs/api.md lists them; a breach is BAD_USER_INPUT naming the argument (`field.argument.path`).
 */
import {
  getNullableType,
  isInputObjectType,
  isListType,
  isScalarType,
  Kind,
  TypeInfo,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
} from 'graphql';
import { MAX_ARTICLE_BYTES } from '../extract';

/** ids, cursors, relation types: nothing the graph holds is longer */
export const DEFAULT_STRING_LIMIT = 300;
export const MAX_SEARCH_LENGTH = 200;
export const MAX_NAME_FILTER_LENGTH = 200;

/** Characters per string argument, by `field.argument[.inputField]`; anything else gets DEFAULT_STRING_LIMIT. */
export const STRING_LIMITS: Record<string, number> = {
  'search.text': MAX_SEARCH_LENGTH,
  'entities.nameContains': MAX_NAME_FILTER_LENGTH,
  'ingestArticle.input.title': 500,
  'ingestArticle.input.publisher': 200,
  'ingestArticle.input.url': 2048,
};
/** the article text is bounded in bytes, as a file is */
const BYTE_LIMITS: Record<string, number> = { 'ingestArticle.input.text': MAX_ARTICLE_BYTES };
export const MAX_LIST_LENGTH = 100;
/** publishedAt may be at most this many days after today (time zones run ahead of UTC) */
const FUTURE_DAYS: Record<string, number> = { 'ingestArticle.input.publishedAt': 1 };

export interface InputProblem {
  argument: string;
  message: string;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2023-02-30" is no day: the date must read back as itself. */
export function isCalendarDay(s: string): boolean {
  const m = ISO_DAY.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

const today = (now: Date, plusDays = 0) => new Date(now.getTime() + plusDays * 86_400_000).toISOString().slice(0, 10);

function checkValue(type: GraphQLInputType, value: unknown, path: string, now: Date): InputProblem | null {
  if (value === null || value === undefined) return null;
  const t = getNullableType(type);
  if (isListType(t)) {
    if (!Array.isArray(value)) return checkValue(t.ofType, value, path, now);
    if (value.length > MAX_LIST_LENGTH)
      return { argument: path, message: `${path} may hold at most ${MAX_LIST_LENGTH} values` };
    for (const v of value) {
      const p = checkValue(t.ofType, v, path, now);
      if (p) return p;
    }
    return null;
  }
  if (isInputObjectType(t)) {
    if (typeof value !== 'object') return null; // coercion reports the wrong shape
    const fields = t.getFields();
    for (const [name, v] of Object.entries(value as Record<string, unknown>)) {
      const f = fields[name];
      const p = f ? checkValue(f.type, v, `${path}.${name}`, now) : null;
      if (p) return p;
    }
    return null;
  }
  if (!isScalarType(t) || typeof value !== 'string') return null;
  if (t.name === 'Date') {
    if (!isCalendarDay(value))
      return { argument: path, message: `${path} must be a real calendar date like 2023-02-15` };
    const ahead = FUTURE_DAYS[path];
    if (ahead !== undefined && value > today(now, ahead))
      return { argument: path, message: `${path} may not be later than ${today(now, ahead)}` };
    return null;
  }
  const bytes = BYTE_LIMITS[path];
  if (bytes !== undefined)
    return Buffer.byteLength(value) > bytes
      ? { argument: path, message: `${path} may be at most ${bytes / 1048576} MB` }
      : null;
  const max = STRING_LIMITS[path] ?? DEFAULT_STRING_LIMIT;
  return value.length > max ? { argument: path, message: `${path} may be at most ${max} characters` } : null;
}

/** An argument of an operation: its input type, its `field.argument` path and the value as written. */
interface ArgumentSite {
  type: GraphQLInputType;
  path: string;
  value: ValueNode;
}

/** Every argument `operation` may send, in document order (its fragments' arguments count too). */
function argumentSites(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode) {
  const typeInfo = new TypeInfo(schema);
  const sites: ArgumentSite[] = [];
  const definitions = document.definitions.filter((d) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION);
  visit(
    { kind: Kind.DOCUMENT, definitions },
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const arg = typeInfo.getArgument();
        const field = typeInfo.getFieldDef();
        if (arg && field) sites.push({ type: arg.type, path: `${field.name}.${node.name.value}`, value: node.value });
        return false;
      },
    }),
  );
  return { schema, sites };
}

/**
 * The argument sites of each operation seen, found once: Apollo keeps a parsed document per query
 * text, so a repeated operation is the same object and only its variables are checked again.
 */
const sitesOf = new WeakMap<OperationDefinitionNode, ReturnType<typeof argumentSites>>();

/** The first argument of `operation` that breaks a limit, or null. */
export function inputProblem(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  now = new Date(),
): InputProblem | null {
  let known = sitesOf.get(operation);
  if (!known || known.schema !== schema) {
    known = argumentSites(schema, document, operation);
    sitesOf.set(operation, known);
  }
  for (const { type, path, value: node } of known.sites) {
    const value = node.kind === Kind.VARIABLE ? variables?.[node.name.value] : valueFromASTUntyped(node, variables);
    const problem = checkValue(type, value, path, now);
    if (problem) return problem;
  }
  return null;
}
