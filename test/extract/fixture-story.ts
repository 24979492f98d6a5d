/** A fixture story extracted and read as a user of the graph reads it: its entities, mentions, events and facts. */
import fs from 'node:fs';
import path from 'node:path';
import { extract } from '../../src/extract';

export const storyIn = (folder: string) => (name: string) => {
  const file = path.join(__dirname, '../fixtures', folder, `${name}.txt`);
  const out = extract({ source: file, text: fs.readFileSync(file, 'utf8') });
  const names = new Map(out.entities.map((e) => [e.id, e.name]));
  return {
    out,
    entities: out.entities.filter((e) => e.type !== 'Event').map((e) => `${e.type} ${e.name}`),
    mentionsOf: (name: string) => out.entities.find((e) => e.name === name)?.mentions.map((m) => m.text) ?? [],
    events: out.entities.filter((e) => e.type === 'Event').map((e) => e.name),
    facts: out.relations.map((r) => `${r.type} ${names.get(r.source)} -> ${names.get(r.target)}`),
    statements: out.statements.map((s) => `${s.speaker ? names.get(s.speaker) : null}: ${s.text}`),
  };
};
