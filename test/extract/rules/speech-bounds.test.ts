import { reportsBefore, straddlesQuote } from '../../../src/extract/rules/speech-bounds';

const span = (text: string, name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length });

describe('speech bounds', () => {
  it('finds the source named after what it reports, described or not', () => {
    const paper = "The colony reverts to China's control next year, the Vancouver Sun reported.";
    expect(reportsBefore(paper, span(paper, 'China').end, span(paper, 'Vancouver Sun'))).toBe(true);
    const office = 'Dutroux is suspected, the Slovak office of Interpol said.';
    expect(reportsBefore(office, span(office, 'Dutroux').end, span(office, 'Interpol'))).toBe(true);
    // the verb after the source's own name: "the U.N. refugee agency UNHCR said"
    const agency = 'Thousands have fled into Sudan, the U.N. refugee agency UNHCR said.';
    expect(reportsBefore(agency, span(agency, 'Sudan').end, span(agency, 'U.N.'))).toBe(true);
    expect(reportsBefore(agency, span(agency, 'Sudan').end, span(agency, 'UNHCR'))).toBe(true);
    const lobbyist = 'Michael Mason, a lobbyist with the American Petroleum Institute, said it would.';
    expect(reportsBefore(lobbyist, span(lobbyist, 'Mason').end, span(lobbyist, 'American Petroleum Institute'))).toBe(
      false,
    );
    const list = 'Troops reached Sudan, the U.N. base and Chad, which said nothing.';
    expect(reportsBefore(list, span(list, 'Sudan').end, span(list, 'U.N.'))).toBe(false);
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
