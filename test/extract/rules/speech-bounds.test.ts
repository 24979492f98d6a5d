import { reportsBefore, straddlesQuote } from '../../../src/extract/rules/speech-bounds';

const span = (text: string, name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length });

describe('speech bounds', () => {
  it('finds the source named after what it reports, described or not', () => {
    const paper = "The colony reverts to China's control next year, the Vancouver Sun reported.";
    expect(reportsBefore(paper, span(paper, 'China').end, span(paper, 'Vancouver Sun'))).toBe(true);
    const office = 'Dutroux is suspected, the Slovak office of Interpol said.';
    expect(reportsBefore(office, span(office, 'Dutroux').end, span(office, 'Interpol'))).toBe(true);
    // no comma before it: the name is part of the clause ("Kohl told Yeltsin ...")
    const told = 'Kohl met Yeltsin said nothing.';
    expect(reportsBefore(told, span(told, 'Kohl').end, span(told, 'Yeltsin'))).toBe(false);
  });

  it('finds a pair split by a quotation mark', () => {
    const quote = '"Darkline serves our customers," Microsoft said.';
    expect(straddlesQuote(quote, span(quote, 'Darkline').end, span(quote, 'Microsoft').start)).toBe(true);
    const both = 'Microsoft said Darkline "serves" its customers.';
    expect(straddlesQuote(both, span(both, 'Microsoft').end, span(both, 'Darkline').start)).toBe(false);
  });
});
