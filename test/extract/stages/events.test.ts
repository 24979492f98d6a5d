import { extract } from '../../../src/extract/pipeline';

const ARTICLE = (body: string) => `date 2023-02-16\n\n${body}\n`;

function eventsOf(body: string) {
  const out = extract({ source: 't', text: ARTICLE(body) });
  const name = new Map(out.entities.map((e) => [e.id, e.name]));
  return out.entities
    .filter((e) => e.type === 'Event')
    .map((e) => ({
      type: e.eventType,
      date: e.date ?? null,
      trigger: e.mentions.map((m) => m.text),
      where: out.relations.filter((r) => r.type === 'OCCURRED_IN' && r.source === e.id).map((r) => name.get(r.target)),
      who: out.relations
        .filter((r) => r.type === 'PARTICIPATED_IN' && r.target === e.id)
        .map((r) => `${name.get(r.source)} (${r.properties.role})`),
    }));
}

describe('events stage', () => {
  it('types, dates and places an event, with its participants and roles', () => {
    expect(eventsOf('Russian forces shelled Kharkiv on Wednesday, officials said.')).toEqual([
      {
        type: 'ATTACK',
        date: '2023-02-15',
        trigger: ['shelled'],
        where: ['Kharkiv'],
        who: ['Russian forces (agent)'],
      },
    ]);
  });

  it('names the trigger word exactly', () => {
    const [meeting] = eventsOf('Antony Blinken met Wang Yi in Munich on Saturday.');
    expect(meeting).toMatchObject({ type: 'MEETING', trigger: ['met'], where: ['Munich'] });
  });

  it('skips what only would, could or is expected to happen', () => {
    expect(eventsOf('Officials said Russia could attack Kyiv next month.')).toEqual([]);
  });
});
