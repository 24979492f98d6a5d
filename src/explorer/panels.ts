/** The side panels: search hits, the selected entity with its connections and timeline, and evidence. */
import { button, el } from './dom';
import type { EntityDetailsData, GraphEdgeData, GraphNodeData } from './model';

export interface Hit {
  id: string;
  name: string;
  type: string;
}

export function renderHits(target: HTMLElement, hits: Hit[], onPick: (id: string) => void): void {
  target.replaceChildren(
    ...(hits.length === 0
      ? [el('p', { class: 'muted' }, 'No entity matches.')]
      : hits.map((h) =>
          el(
            'li',
            {},
            button(`${h.name}`, 'hit', () => onPick(h.id)),
            el('span', { class: 'tag' }, h.type),
          ),
        )),
  );
}

export interface ConnectionActions {
  nameOf(id: string): string;
  onEvidence(edgeId: string): void;
  onExpand(entityId: string): void;
}

/** One row per loaded edge of the entity: the fact, a button for its evidence, one to expand the other end. */
export function renderConnections(
  target: HTMLElement,
  entityId: string,
  edges: GraphEdgeData[],
  hiddenTypes: Set<string>,
  actions: ConnectionActions,
): void {
  const rows = edges
    .filter((e) => !hiddenTypes.has(e.type))
    .map((e) => {
      const outgoing = e.source === entityId;
      const other = outgoing ? e.target : e.source;
      const fact = outgoing ? `${e.type} → ${actions.nameOf(other)}` : `${actions.nameOf(other)} → ${e.type}`;
      return el(
        'li',
        { 'data-testid': 'connection', 'data-type': e.type },
        el('span', { class: 'fact' }, fact),
        button('evidence', 'show-evidence', () => actions.onEvidence(e.id)),
        button(`expand ${actions.nameOf(other)}`, 'expand', () => actions.onExpand(other)),
      );
    });
  target.replaceChildren(...(rows.length ? rows : [el('p', { class: 'muted' }, 'No connections loaded.')]));
}

export function renderEntity(target: HTMLElement, node: GraphNodeData | undefined, details: EntityDetailsData): void {
  const e = details.entity;
  if (!e) {
    target.replaceChildren(el('p', { class: 'muted' }, 'This entity no longer exists.'));
    return;
  }
  const facts: string[] = [e.type];
  if (e.__typename === 'Place' && e.latitude != null && e.longitude != null) {
    facts.push(`${e.latitude.toFixed(3)}, ${e.longitude.toFixed(3)}${e.countryCode ? ` (${e.countryCode})` : ''}`);
  }
  if (e.__typename === 'Event') facts.push([e.eventType, e.date].filter(Boolean).join(' on '));
  target.replaceChildren(
    el('h2', { 'data-testid': 'entity-name' }, e.name),
    el('p', { class: 'muted' }, facts.join(' · ')),
    e.aliases.length ? el('p', {}, `Also: ${e.aliases.join(', ')}`) : null,
    el('p', { class: 'muted' }, `${e.mentions.totalCount} mentions${node ? '' : ' (not on the graph yet)'}`),
  );
}

interface TimelineItem {
  date: string | null | undefined;
  /** True when the date is the article's publication date, not one stated in the text. */
  reported?: boolean;
  kind: 'statement' | 'event';
  text: string;
}

/** Statements said by the entity and events it took part in (or that happened there), in date order. */
export function renderTimeline(target: HTMLElement, details: EntityDetailsData): void {
  const items: TimelineItem[] = [
    ...details.said.edges.map(({ node: s }) => ({
      date: s.date ?? s.evidence[0]?.article.publishedAt,
      reported: !s.date,
      kind: 'statement' as const,
      text: `${s.direct ? '“' + s.text + '”' : s.text}${s.channel ? ` (${s.channel})` : ''}`,
    })),
    ...[...details.involved.edges, ...details.here.edges].map(({ node: ev }) => ({
      date: ev.date,
      kind: 'event' as const,
      text: `${ev.eventType ?? 'EVENT'}: ${ev.name}`,
    })),
  ];
  const seen = new Set<string>();
  const unique = items.filter((i) => !seen.has(i.kind + i.text) && seen.add(i.kind + i.text));
  unique.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  target.replaceChildren(
    ...(unique.length
      ? unique.map((i) =>
          el(
            'li',
            { 'data-testid': 'timeline-item', class: i.kind },
            el(
              'time',
              { title: i.reported ? 'publication date of the reporting article' : 'date stated in the text' },
              i.date ?? 'undated',
            ),
            i.reported ? el('span', { class: 'muted' }, ' (reported)') : null,
            el('span', { class: 'tag' }, i.kind),
            el('span', {}, i.text),
          ),
        )
      : [el('p', { class: 'muted' }, 'No dated statements or events.')]),
  );
}

/** Who says so: the article in its own voice, or the speaker whose claim the sentence reports. */
export function assertedBy(ev: Pick<GraphEdgeData['evidence'][number], 'assertion' | 'attributedTo'>): string {
  if (ev.assertion === 'ATTRIBUTED')
    return ev.attributedTo ? `claimed by ${ev.attributedTo.name}` : 'claimed by a speaker';
  return 'reported by the article';
}

export function renderEvidence(target: HTMLElement, edge: GraphEdgeData, nameOf: (id: string) => string): void {
  const { firstSeen, lastSeen, ...rest } = edge.properties ?? {};
  const props = Object.entries(rest)
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join(', ');
  target.replaceChildren(
    el(
      'h3',
      { 'data-testid': 'evidence-title' },
      `${nameOf(edge.source)} ${edge.type} ${nameOf(edge.target)}${props ? ` (${props})` : ''}`,
    ),
    el(
      'p',
      { class: 'muted' },
      [
        edge.confidence != null ? `confidence ${edge.confidence.toFixed(2)}` : '',
        firstSeen
          ? `reported ${String(firstSeen)}${lastSeen && lastSeen !== firstSeen ? ` to ${String(lastSeen)}` : ''}`
          : '',
        `${edge.evidence.length} ${edge.evidence.length === 1 ? 'sentence' : 'sentences'}`,
      ]
        .filter(Boolean)
        .join(' · '),
    ),
    el(
      'ol',
      {},
      ...edge.evidence.map((ev) =>
        el(
          'li',
          { 'data-testid': 'evidence' },
          el('blockquote', {}, ev.sentence.text),
          el('p', { class: 'asserted', 'data-testid': 'asserted-by' }, assertedBy(ev)),
          el(
            'cite',
            {},
            [
              ev.article.title ?? ev.article.id,
              ev.article.publisher,
              ev.article.publishedAt,
              `sentence ${ev.sentence.index}`,
            ]
              .filter(Boolean)
              .join(' · '),
          ),
        ),
      ),
    ),
  );
}
