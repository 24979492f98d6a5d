import path from 'node:path';
import { extractionSettings } from '../../src/config';

describe('extraction settings', () => {
  it('uses the shipped tagger and relation models unless told otherwise', () => {
    expect(extractionSettings({})).toEqual({ taggerModel: 'default', relationModel: 'default' });
    expect(extractionSettings({ NEWSGRAPH_TAGGER_MODEL: '', NEWSGRAPH_RELATION_MODEL: '' })).toEqual({
      taggerModel: 'default',
      relationModel: 'default',
    });
  });

  it('turns a model off, or loads another model file from a path relative to the working folder', () => {
    expect(extractionSettings({ NEWSGRAPH_TAGGER_MODEL: 'off' })).toMatchObject({ taggerModel: 'off' });
    expect(extractionSettings({ NEWSGRAPH_RELATION_MODEL: 'off' })).toEqual({
      taggerModel: 'default',
      relationModel: 'off',
    });
    expect(extractionSettings({ NEWSGRAPH_TAGGER_MODEL: 'models/mine.json' })).toMatchObject({
      taggerModel: path.resolve('models/mine.json'),
    });
    expect(extractionSettings({ NEWSGRAPH_RELATION_MODEL: 'models/rel.json' })).toMatchObject({
      relationModel: path.resolve('models/rel.json'),
    });
  });
});
