/**
 * Document states built by hand for one stage's test: the text parsed and split into sentences and
 * tokens, carrying exactly the mentions (and entities) the test names, so the stage under test is
 * the only one whose work is seen.
 */
import { parse } from '../../../src/extract/stages/parse';
import { segment } from '../../../src/extract/stages/segment';
import type { DocState, Entity, Mention, MentionType } from '../../../src/extract/types';

export interface HandMention {
  text: string;
  type: MentionType;
  /** which occurrence of `text` (0: the first) */
  nth?: number;
  entity?: string;
  key?: string;
  value?: string;
  name?: string;
  /** the rule that found it ('hand' unless a stage reads the rule) */
  rule?: string;
}

/** The text parsed and segmented, with the given mentions placed at their occurrences. */
export function handState(text: string, mentions: HandMention[] = [], entities: Entity[] = []): DocState {
  const state = segment(parse({ source: 'hand', text }));
  const placed: Mention[] = mentions.map((m) => {
    let start = -1;
    for (let k = 0; k <= (m.nth ?? 0); k++) start = text.indexOf(m.text, start + 1);
    if (start < 0) throw new Error(`"${m.text}" is not in the text`);
    const sentence = state.sentences.find((s) => s.start <= start && start < s.end);
    if (!sentence) throw new Error(`"${m.text}" is in no sentence`);
    const { nth: _nth, ...rest } = m;
    return { ...rest, start, end: start + m.text.length, sentence: sentence.index, rule: m.rule ?? 'hand' };
  });
  placed.sort((a, b) => a.start - b.start);
  return { ...state, mentions: placed, entities };
}

/** An entity with a mention at each occurrence the state's mentions give it. */
export function handEntity(state: DocState, id: string, type: Entity['type'], name: string): Entity {
  return {
    id,
    type,
    name,
    aliases: [],
    mentions: state.mentions
      .filter((m) => m.entity === id)
      .map((m) => ({ start: m.start, end: m.end, text: m.text, sentence: m.sentence })),
  };
}

/** A state whose mentions are resolved by hand: entity ids on the mentions, entities beside them. */
export function resolvedState(text: string, mentions: HandMention[]): DocState {
  const state = handState(text, mentions);
  const seen = new Map<string, Entity>();
  for (const m of state.mentions)
    if (m.entity && !seen.has(m.entity) && ['Person', 'Organization', 'Place', 'Event'].includes(m.type))
      seen.set(m.entity, handEntity(state, m.entity, m.type as Entity['type'], m.name ?? m.text));
  return { ...state, entities: [...seen.values()] };
}
