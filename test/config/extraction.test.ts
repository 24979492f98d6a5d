import path from 'node:path';
import { extractionSettings } from '../../src/config';

describe('extraction settings', () => {
  it('uses the shipped tagger model unless told otherwise', () => {
    expect(extractionSettings({})).toEqual({ taggerModel: 'default' });
    expect(extractionSettings({ NEWSGRAPH_TAGGER_MODEL: '' })).toEqual({ taggerModel: 'default' });
  });

  it('turns the tagger off, or loads another model file from a path relative to the working folder', () => {
    expect(extractionSettings({ NEWSGRAPH_TAGGER_MODEL: 'off' })).toEqual({ taggerModel: 'off' });
    expect(extractionSettings({ NEWSGRAPH_TAGGER_MODEL: 'models/mine.json' })).toEqual({
      taggerModel: path.resolve('models/mine.json'),
    });
  });
});
