/** The additions beyond the contract: stats, subgraph, placesNear, statements filters. */
import path from 'node:path';
import { ingestPaths } from '../../src/ingest';
import { wipe } from '../helpers/neo4j';
import { gql, useServer } from '../helpers/server';

const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

describe('explore queries over the seed', () => {
  const app = useServer();
  const url = () => app().server.url;
  beforeAll(async () => {
    await wipe(app().graph);
    await ingestPaths(app().graph, [path.resolve(__dirname, '../../seeds')]);
  });

  it('counts what the graph holds', async () => {
    const res = await gql(
      url(),
      '{ stats { articles sentences entities people organizations places events statements comments } }',
    );
    const s = res.data.stats;
    expect(s.articles).toBe(1);
    expect(s.comments).toBe(7);
    expect(s.entities).toBe(s.people + s.organizations + s.places + s.events);
    expect(s.people).toBeGreaterThanOrEqual(7);
  });

  it('returns a subgraph around NATO ready to draw: nodes with distances, edges between them', async () => {
    const res = await gql(
      url(),
      `{ subgraph(centerId: "organization:nato", depth: 2, limit: 30) {
      truncated nodes { id label type distance } edges { id source target type properties evidence { sentence { index } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const g = res.data.subgraph;
    expect(g.nodes[0]).toEqual({ id: 'organization:nato', label: 'NATO', type: 'ORGANIZATION', distance: 0 });
    expect(g.nodes.length).toBeLessThanOrEqual(30);
    const ids = new Set(g.nodes.map((n: any) => n.id));
    expect(ids).toContain('person:jens-stoltenberg');
    for (const e of g.edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      expect(e.evidence.length).toBeGreaterThan(0);
    }
    expect(g.edges).toContainEqual(
      expect.objectContaining({
        source: 'person:jens-stoltenberg',
        target: 'organization:nato',
        type: 'HOLDS_POSITION',
      }),
    );
    const small = await gql(
      url(),
      '{ subgraph(centerId: "organization:nato", depth: 2, limit: 3) { truncated nodes { id } } }',
    );
    expect(small.data.subgraph.nodes).toHaveLength(3);
    expect(small.data.subgraph.truncated).toBe(true);
  });

  it('answers a lean subgraph selection with the same nodes and edges as a full one', async () => {
    const q = (sel: string) =>
      gql(url(), `{ subgraph(centerId: "organization:nato", depth: 2, limit: 40) { truncated ${sel} } }`);
    const full = (
      await q(
        'nodes { id label type distance entity { name aliases } } edges { id source target type confidence properties evidence { sentence { id } } }',
      )
    ).data.subgraph;
    const lean = (await q('nodes { id label type distance } edges { source target type }')).data.subgraph;
    expect(lean.truncated).toBe(full.truncated);
    expect(lean.nodes).toEqual(full.nodes.map(({ entity: _e, ...n }: any) => n));
    expect(lean.edges).toEqual(full.edges.map((e: any) => ({ source: e.source, target: e.target, type: e.type })));
    // without types or edge extras the nodes and edges travel as bare columns
    const leanest = (await q('nodes { id label } edges { source target }')).data.subgraph;
    expect(leanest.nodes).toEqual(full.nodes.map((n: any) => ({ id: n.id, label: n.label })));
    expect(leanest.edges).toEqual(full.edges.map((e: any) => ({ source: e.source, target: e.target })));
    expect(full.edges.every((e: any) => e.id.length > 0 && e.evidence.length > 0)).toBe(true);
  });

  it('finds places near a point, nearest first', async () => {
    // Kramatorsk's neighbourhood: Bakhmut is about 50 km away
    const res = await gql(
      url(),
      '{ placesNear(latitude: 48.6, longitude: 38.0, radiusKm: 30) { distanceKm place { name } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.placesNear[0].place.name).toBe('Bakhmut');
    const d = res.data.placesNear.map((p: any) => p.distanceKm);
    expect([...d].sort((a, b) => a - b)).toEqual(d);
    expect(code(await gql(url(), '{ placesNear(latitude: 95, longitude: 0) { distanceKm } }'))).toBe('BAD_USER_INPUT');
  });

  it('filters statements by speaker and by topic, with channel and topics', async () => {
    const bySpeaker = await gql(
      url(),
      '{ statements(speakerId: "person:hanna-malyar") { totalCount edges { node { text channel speaker { name } about { name } } } } }',
    );
    const nodes = bySpeaker.data.statements.edges.map((e: any) => e.node);
    expect(nodes.length).toBeGreaterThanOrEqual(1);
    expect(nodes.every((n: any) => n.speaker.name === 'Hanna Malyar')).toBe(true);
    expect(nodes.some((n: any) => n.channel === 'Telegram messaging app')).toBe(true);
    const aboutGermany = await gql(
      url(),
      '{ statements(aboutId: "place:germany") { totalCount edges { node { speaker { name } about { id } } } } }',
    );
    expect(aboutGermany.data.statements.totalCount).toBeGreaterThanOrEqual(1);
    for (const e of aboutGermany.data.statements.edges)
      expect(e.node.about.map((a: any) => a.id)).toContain('place:germany');
  });

  it('refuses an unknown center and a depth bomb', async () => {
    expect(code(await gql(url(), '{ subgraph(centerId: "person:nobody") { truncated } }'))).toBe('NOT_FOUND');
    expect(code(await gql(url(), '{ subgraph(centerId: "organization:nato", depth: 9) { truncated } }'))).toBe(
      'BAD_USER_INPUT',
    );
  });
});
