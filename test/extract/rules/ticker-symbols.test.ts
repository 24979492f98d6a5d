import { withoutTickers } from '../../../src/extract/rules/ticker-symbols';
import { readWith } from './spans';

const read = readWith(withoutTickers);

describe('withoutTickers', () => {
  it("drops a stock symbol in angle brackets after a company's name", () => {
    expect(
      read('Citicorp <CCI> and British Petroleum Co Plc <BP.L> said.', [
        ['Citicorp', 'Organization'],
        ['CCI', 'Organization'],
        ['British Petroleum Co Plc', 'Organization'],
        ['BP', 'Organization'],
      ]),
    ).toEqual([
      ['Citicorp', 'Organization'],
      ['British Petroleum Co Plc', 'Organization'],
    ]);
  });

  it('keeps a name in angle brackets, and a code in none', () => {
    expect(
      read('<Tracor Inc> and CCI said.', [
        ['Tracor Inc', 'Organization'],
        ['CCI', 'Organization'],
      ]),
    ).toEqual([
      ['Tracor Inc', 'Organization'],
      ['CCI', 'Organization'],
    ]);
  });
});
