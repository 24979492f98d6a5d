import path from 'node:path';
import { extractionSettings } from '../../src/config';

describe('extraction settings', () => {
  it('uses the shipped tagger and relation models unless told otherwise', () => {
    expect(extractionSettings({})).toEqual({ taggerModel: 'default', relationModel: 'default', taggerBeam: 4 });
    expect(extractionSettings({ NEWSGRAPH_TAGGER_MODEL: '', NEWSGRAPH_RELATION_MODEL: '' })).toEqual({
      taggerModel: 'default',
      relationModel: 'default',
      taggerBeam: 4,
    });
  });

  it('turns a model off, or loads another model file from a path relative to the working folder', () => {
    expect(extractionSettings({ NEWSGRAPH_TAGGER_MODEL: 'off' })).toMatchObject({ taggerModel: 'off' });
    expect(extractionSettings({ NEWSGRAPH_RELATION_MODEL: 'off' })).toEqual({
      taggerModel: 'default',
      relationModel: 'off',
      taggerBeam: 4,
    });
    expect(extractionSettings({ NEWSGRAPH_TAGGER_MODEL: 'models/mine.json' })).toMatchObject({
      taggerModel: path.resolve('models/mine.json'),
    });
    expect(extractionSettings({ NEWSGRAPH_RELATION_MODEL: 'models/rel.json' })).toMatchObject({
      relationModel: path.resolve('models/rel.json'),
    });
  });

  it("sets the tagger's beam width, and refuses one that is no whole number from 1 to 64", () => {
    expect(extractionSettings({ NEWSGRAPH_TAGGER_BEAM: '1' })).toMatchObject({ taggerBeam: 1 });
    expect(extractionSettings({ NEWSGRAPH_TAGGER_BEAM: '8' })).toMatchObject({ taggerBeam: 8 });
    for (const bad of ['0', '2.5', 'wide', '100'])
      expect(() => extractionSettings({ NEWSGRAPH_TAGGER_BEAM: bad })).toThrow(/NEWSGRAPH_TAGGER_BEAM/);
  });
});
