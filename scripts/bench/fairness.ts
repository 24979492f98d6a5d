/**
 * The fairness check that runs before timing: for a sample of requests, every system's answer is
 * reduced to the facts it carries (ids, names, types, evidence texts, path lengths) and compared. A
 * system that answers less, or something else, is not measured against the others.
 */
import { requestFor, type Scenario, type System } from './scenarios';
import type { BenchSample } from './sample';

type Body = { data?: any; errors?: unknown[] };

const round = (x: unknown) => (typeof x === 'number' ? Math.round(x * 100) / 100 : null);

const fact = (type: string, direction: string, otherId: string, otherName: string, conf: unknown, ev: string[]) =>
  [type, direction, otherId, otherName, round(conf), [...ev].sort().join(' | ')].join(' · ');

/** Search hits as "score id" after the ranks' ties: a tie at the cut may keep either hit. */
function hits(list: { score: number; id: string; name: string }[]): string[] {
  if (list.length === 0) return [];
  const cut = Math.min(...list.map((h) => h.score));
  const above = list.filter((h) => h.score > cut + 1e-6).map((h) => `${h.id} ${h.name}`);
  return [...above.sort(), `${list.length} hits, last score ${cut.toFixed(3)}`];
}

/** One answer as the facts it carries, in a form that is equal for equal answers. */
export function normalise(system: System, scenario: Scenario, body: Body): unknown {
  if (body.errors) return { errors: body.errors };
  const d = body.data;
  switch (scenario) {
    case 'entity': {
      if (system === 'newsgraph') {
        const e = d.entity;
        if (!e) return null;
        return {
          id: e.id,
          name: e.name,
          facts: e.relationships.edges
            .map(({ node: f }: any) =>
              fact(
                f.type,
                f.direction,
                f.other.id,
                f.other.name,
                f.confidence,
                f.evidence.map((x: any) => x.sentence.text),
              ),
            )
            .sort(),
        };
      }
      const e = system === 'neo4j-graphql' ? d.entities[0] : d[0];
      if (!e) return null;
      return {
        id: e.id,
        name: e.name,
        facts: e.facts
          .map((f: any) => fact(f.type, f.direction, f.otherId, f.otherName, f.confidence, f.evidence))
          .sort(),
      };
    }
    case 'search':
      return hits(
        system === 'newsgraph'
          ? d.search.map((h: any) => ({ score: h.score, id: h.entity.id, name: h.entity.name }))
          : system === 'neo4j-graphql'
            ? d.peopleByName.edges.map((h: any) => ({ score: h.score, id: h.node.id, name: h.node.name }))
            : d.map((h: any) => ({ score: h.score, id: h.e.id, name: h.e.name })),
      );
    case 'events-page-2': {
      const nodes =
        system === 'newsgraph'
          ? d.events.edges.map((x: any) => x.node)
          : system === 'neo4j-graphql'
            ? d.eventsConnection.edges.map((x: any) => x.node)
            : d.filter((x: any) => x.e !== null).map((x: any) => x.e); // past the end: one row, no event
      return nodes.map((n: any) => `${n.id} ${n.name} ${n.date}`);
    }
    case 'shortest-path': {
      // several paths may be shortest: the fact is the length between the two ends
      const p = system === 'raw-driver' ? d[0]?.path : d.shortestPath;
      if (!p) return null;
      return { length: p.length, from: p.nodes[0].id, to: p.nodes[p.nodes.length - 1].id };
    }
    case 'subgraph': {
      const g = system === 'raw-driver' ? d[0]?.subgraph : d.subgraph;
      if (!g) return null;
      return {
        nodes: g.nodes.map((n: any) => `${n.id} ${n.label}`).sort(),
        edges: g.edges.map((e: any) => `${e.source} ${e.type} ${e.target}`).sort(),
      };
    }
    case 'ingest':
      return null;
  }
}

export interface FairnessResult {
  scenario: Scenario;
  compared: number;
  /** the first differing answer, per system, against newsgraph's */
  mismatch?: { n: number; answers: Partial<Record<System, unknown>> };
}

/**
 * Asks every system the first `count` requests of a scenario and compares the normalised answers;
 * the first difference is returned (and fails the bench).
 */
export async function checkFairness(
  scenario: Scenario,
  systems: System[],
  sample: BenchSample,
  post: (system: System, body: string) => Promise<Body>,
  apiKey: string,
  count = 25,
): Promise<FairnessResult> {
  for (let n = 0; n < count; n++) {
    const answers: Partial<Record<System, unknown>> = {};
    for (const s of systems) {
      const req = requestFor(s, scenario, sample, apiKey)!;
      answers[s] = normalise(s, scenario, await post(s, req.body(n)));
    }
    const texts = systems.map((s) => JSON.stringify(answers[s]));
    if (texts.some((t) => t !== texts[0])) return { scenario, compared: n + 1, mismatch: { n, answers } };
  }
  return { scenario, compared: count };
}
