import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readRe3d, trainingExample } from '../../../src/extract';

const made: string[] = [];
afterAll(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A re3d subset folder holding one document with the given mentions (each the first occurrence). */
function subset(text: string, mentions: [string, string][]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 're3d-'));
  made.push(dir);
  fs.writeFileSync(path.join(dir, 'documents.json'), `${JSON.stringify({ _id: 'D1', text })}\n`);
  const lines = mentions.map(([value, type]) => {
    const begin = text.indexOf(value);
    return JSON.stringify({ begin, end: begin + value.length, type, value, documentId: 'D1' });
  });
  fs.writeFileSync(path.join(dir, 'entities.json'), `${lines.join('\n')}\n`);
  return dir;
}
const spans = (dir: string) => {
  const [doc] = readRe3d(dir);
  return doc!.gold.map((g) => `${g.type}:${doc!.text.slice(g.start, g.end)}`);
};

describe('re3d documents as tagger training documents', () => {
  it("maps re3d's spans to CoNLL-2003's: no determiners or titles, nationalities Misc, countries places", () => {
    const dir = subset('The Foreign Secretary Boris Johnson met the Iraqi envoy in Baghdad. The UK condemned it.', [
      ['The Foreign Secretary Boris Johnson', 'Person'],
      ['The Foreign Secretary', 'Person'],
      ['Iraqi', 'Nationality'],
      ['Baghdad', 'Location'],
      ['The UK', 'Organisation'],
    ]);
    expect(spans(dir)).toEqual(['Person:Boris Johnson', 'Misc:Iraqi', 'Place:Baghdad', 'Place:UK']);
  });

  it('keeps the innermost names of nested mentions', () => {
    const dir = subset('She lives in Vermillion, South Dakota.', [
      ['Vermillion, South Dakota', 'Location'],
      ['Vermillion', 'Location'],
      ['South Dakota', 'Location'],
    ]);
    expect(spans(dir)).toEqual(['Place:Vermillion', 'Place:South Dakota']);
  });

  it("trains on no sentence holding a mention only re3d's convention makes an entity", () => {
    const text = 'Coalition aircraft struck an ISIL tactical unit near Mosul. Iraqi forces entered Tal Afar.';
    const dir = subset(text, [
      ['ISIL tactical unit', 'Organisation'],
      ['Mosul', 'Location'],
      ['Iraqi forces', 'Organisation'],
      ['Tal Afar', 'Location'],
    ]);
    const [doc] = readRe3d(dir);
    expect(trainingExample(doc!, 0)).toEqual([]);
    expect(trainingExample({ ...doc!, unsure: [] }, 0)).toHaveLength(2);
  });
});
