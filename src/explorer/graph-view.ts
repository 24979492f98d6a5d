/** The interactive graph: a Cytoscape.js canvas that accumulates neighbourhoods as the user expands nodes. */
import cytoscape, { type Core } from 'cytoscape';
import { edgeInRange, nodeInRange, type DateRange, type GraphEdgeData, type GraphNodeData } from './model';

const COLORS: Record<string, string> = {
  PERSON: '#2b6cb0',
  ORGANIZATION: '#c05621',
  PLACE: '#2f855a',
  EVENT: '#9b2c2c',
};

export interface GraphViewHandlers {
  onNode(id: string): void;
  onEdge(id: string): void;
}

export class GraphView {
  readonly cy: Core;
  private readonly nodes = new Map<string, GraphNodeData>();
  private readonly edges = new Map<string, GraphEdgeData>();

  constructor(container: HTMLElement, handlers: GraphViewHandlers) {
    this.cy = cytoscape({
      container,
      wheelSensitivity: 0.3,
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(label)',
            'background-color': 'data(color)',
            color: '#1a202c',
            'font-size': 11,
            'text-valign': 'bottom',
            'text-margin-y': 4,
            width: 22,
            height: 22,
          },
        },
        { selector: 'node.center', style: { width: 34, height: 34, 'border-width': 3, 'border-color': '#1a202c' } },
        { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#d69e2e' } },
        {
          selector: 'edge',
          style: {
            label: 'data(type)',
            'font-size': 8,
            color: '#4a5568',
            'curve-style': 'bezier',
            'target-arrow-shape': 'triangle',
            width: 1.5,
            'line-color': '#a0aec0',
            'target-arrow-color': '#a0aec0',
            'text-rotation': 'autorotate',
          },
        },
        { selector: 'edge:selected', style: { 'line-color': '#d69e2e', 'target-arrow-color': '#d69e2e', width: 3 } },
        { selector: '.filtered', style: { display: 'none' } },
      ],
    });
    this.cy.on('tap', 'node', (e) => handlers.onNode(e.target.id()));
    this.cy.on('tap', 'edge', (e) => handlers.onEdge(e.target.id()));
  }

  /** Adds a neighbourhood; returns how many nodes were new. */
  merge(centerId: string, nodes: GraphNodeData[], edges: GraphEdgeData[]): number {
    let added = 0;
    for (const n of nodes) {
      if (this.nodes.has(n.id)) continue;
      this.nodes.set(n.id, n);
      this.cy.add({
        group: 'nodes',
        data: { id: n.id, label: n.label, type: n.type, color: COLORS[n.type] ?? '#718096' },
      });
      added++;
    }
    for (const e of edges) {
      if (this.edges.has(e.id) || !this.nodes.has(e.source) || !this.nodes.has(e.target)) continue;
      this.edges.set(e.id, e);
      this.cy.add({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, type: e.type } });
    }
    this.cy.$id(centerId).addClass('center');
    this.cy.layout({ name: 'cose', animate: false, randomize: false, nodeDimensionsIncludeLabels: true }).run();
    return added;
  }

  node(id: string): GraphNodeData | undefined {
    return this.nodes.get(id);
  }

  edge(id: string): GraphEdgeData | undefined {
    return this.edges.get(id);
  }

  /** Edges touching a node, as loaded so far. */
  edgesOf(id: string): GraphEdgeData[] {
    return [...this.edges.values()].filter((e) => e.source === id || e.target === id);
  }

  relationshipTypes(): string[] {
    return [...new Set([...this.edges.values()].map((e) => e.type))].sort();
  }

  select(id: string): void {
    this.cy.elements().unselect();
    this.cy.$id(id).select();
  }

  /** Hides edges of unchecked types or outside the date range, and events outside it. */
  applyFilters(hiddenTypes: Set<string>, range: DateRange): { visibleNodes: number; visibleEdges: number } {
    this.cy.batch(() => {
      for (const n of this.nodes.values()) this.cy.$id(n.id).toggleClass('filtered', !nodeInRange(n, range));
      for (const e of this.edges.values()) {
        const hidden = hiddenTypes.has(e.type) || !edgeInRange(e, range);
        this.cy.$id(e.id).toggleClass('filtered', hidden);
      }
    });
    return {
      visibleNodes: this.cy.nodes().not('.filtered').length,
      visibleEdges: this.cy.edges().not('.filtered').length,
    };
  }

  clear(): void {
    this.cy.elements().remove();
    this.nodes.clear();
    this.edges.clear();
  }
}
