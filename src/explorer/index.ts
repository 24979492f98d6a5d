/** The /explore page: a client of the public GraphQL API only, with operations typed by graphql-codegen. */
import { request } from '../client';
import { button, byId, el } from './dom';
import { GraphView } from './graph-view';
import type { DateRange } from './model';
import { EntityDetails, Neighbourhood, SearchEntities } from './operations';
import { renderConnections, renderEntity, renderEvidence, renderHits, renderTimeline } from './panels';

const API = new URL('/graphql', window.location.href).toString();

const status = byId('status');
const hiddenTypes = new Set<string>();
let selected: string | undefined;

function say(text: string, busy = false): void {
  status.textContent = text;
  status.dataset.busy = String(busy);
}

const view = new GraphView(byId('graph'), {
  onNode: (id) => void focus(id),
  onEdge: (id) => showEvidence(id),
});
const nameOf = (id: string) => view.node(id)?.label ?? id;

function dateRange(): DateRange {
  return { from: byId<HTMLInputElement>('date-from').value, to: byId<HTMLInputElement>('date-to').value };
}

function refreshFilters(): void {
  const types = view.relationshipTypes();
  byId('type-filters').replaceChildren(
    ...types.map((t) => {
      const box = el('input', { type: 'checkbox', value: t, 'data-testid': 'type-filter' });
      box.checked = !hiddenTypes.has(t);
      box.addEventListener('change', () => {
        if (box.checked) hiddenTypes.delete(t);
        else hiddenTypes.add(t);
        applyFilters();
      });
      return el('label', {}, box, ` ${t}`);
    }),
  );
  applyFilters();
}

function applyFilters(): void {
  const { visibleNodes, visibleEdges } = view.applyFilters(hiddenTypes, dateRange());
  byId('graph-count').textContent = `${visibleNodes} entities, ${visibleEdges} facts shown`;
  byId('graph').dataset.nodes = String(visibleNodes);
  if (selected) showConnections(selected);
}

function showConnections(id: string): void {
  renderConnections(byId('connections'), id, view.edgesOf(id), hiddenTypes, {
    nameOf,
    onEvidence: showEvidence,
    onExpand: (other) => void focus(other),
  });
}

function showEvidence(edgeId: string): void {
  const edge = view.edge(edgeId);
  if (!edge) return;
  view.select(edgeId);
  renderEvidence(byId('evidence'), edge, nameOf);
}

/** Selects an entity: loads its neighbourhood onto the graph, then its details and timeline. */
async function focus(id: string): Promise<void> {
  selected = id;
  window.location.hash = `entity=${encodeURIComponent(id)}`;
  say(`Loading ${nameOf(id)}…`, true);
  try {
    const [{ subgraph }, details] = await Promise.all([
      request(API, Neighbourhood, { centerId: id }),
      request(API, EntityDetails, { id }),
    ]);
    const added = view.merge(id, subgraph.nodes, subgraph.edges);
    view.select(id);
    renderEntity(byId('entity'), view.node(id), details);
    renderTimeline(byId('timeline'), details);
    refreshFilters();
    say(
      `${nameOf(id)}: ${added} new ${added === 1 ? 'entity' : 'entities'}${subgraph.truncated ? ' (neighbourhood capped)' : ''}`,
    );
  } catch (err) {
    say(`Could not load ${id}: ${(err as Error).message}`);
  }
}

async function search(text: string): Promise<void> {
  if (!text.trim()) return;
  say(`Searching “${text}”…`, true);
  try {
    const { search: hits } = await request(API, SearchEntities, { text });
    renderHits(
      byId('results'),
      hits.map((h) => h.entity),
      (id) => void focus(id),
    );
    say(`${hits.length} ${hits.length === 1 ? 'match' : 'matches'} for “${text}”`);
  } catch (err) {
    say(`Search failed: ${(err as Error).message}`);
  }
}

byId<HTMLFormElement>('search-form').addEventListener('submit', (e) => {
  e.preventDefault();
  void search(byId<HTMLInputElement>('search-text').value);
});
for (const id of ['date-from', 'date-to']) byId(id).addEventListener('change', applyFilters);
byId('toolbar').append(
  button('Clear graph', 'clear', () => {
    view.clear();
    selected = undefined;
    for (const id of ['entity', 'connections', 'evidence', 'timeline']) byId(id).replaceChildren();
    refreshFilters();
  }),
);

const start = new URLSearchParams(window.location.hash.slice(1)).get('entity');
if (start) void focus(start);
else say('Search for a person, organisation, place or event.');
