import { joinParticleNames } from '../../../src/extract/rules/particle-names';
import { spansOf, typesOf as texts } from './spans';

describe('joinParticleNames', () => {
  it('joins two parts of a person name across lower-case particles', () => {
    const text = 'Joaquin del Olmo scored, and Rafael van der Vaart did not.';
    const spans = spansOf(text, [
      ['Joaquin', 'Person'],
      ['Olmo', 'Person'],
      ['Rafael', 'Person'],
      ['Vaart', 'Person'],
    ]);
    expect(texts(text, joinParticleNames(spans, text))).toEqual([
      ['Joaquin del Olmo', 'Person'],
      ['Rafael van der Vaart', 'Person'],
    ]);
  });

  it('joins a first name and a surname across a quoted nickname, with what was tagged inside it', () => {
    const text = 'Roberto "Hands of Stone" Duran beat Hector "Macho" Camacho.';
    const spans = spansOf(text, [
      ['Roberto', 'Person'],
      ['Stone', 'Person'],
      ['Duran', 'Person'],
      ['Hector', 'Person'],
      ['Camacho', 'Person'],
    ]);
    expect(texts(text, joinParticleNames(spans, text))).toEqual([
      ['Roberto "Hands of Stone" Duran', 'Person'],
      ['Hector "Macho" Camacho', 'Person'],
    ]);
  });

  it('joins two names across a Spanish "y" into one, a club where either part was read as one', () => {
    const text = 'He coached Gimnasia y Esgrima, read Jose Ortega y Gasset and saw Trinidad y Tobago.';
    const spans = spansOf(text, [
      ['Gimnasia', 'Place'],
      ['Esgrima', 'Organization'],
      ['Jose Ortega', 'Person'],
      ['Gasset', 'Person'],
      ['Trinidad', 'Place'],
      ['Tobago', 'Place'],
    ]);
    expect(texts(text, joinParticleNames(spans, text))).toEqual([
      ['Gimnasia y Esgrima', 'Organization'],
      ['Jose Ortega y Gasset', 'Person'],
      ['Trinidad y Tobago', 'Place'],
    ]);
  });

  it('joins nothing across another word, and nothing but people', () => {
    const text = 'Maria and Silva met; Banco de Portugal and Lisbon; Pedro de Lisboa; Ann "X" Corp.';
    const spans = spansOf(text, [
      ['Maria', 'Person'],
      ['Silva', 'Person'],
      ['Banco', 'Organization'],
      ['Portugal', 'Place'],
      ['Pedro', 'Person'],
      ['Lisboa', 'Place'],
      ['Ann', 'Person'],
      ['Corp', 'Organization'],
    ]);
    expect(joinParticleNames(spans, text)).toEqual(spans);
  });
});
