/**
 * Short names whose organisation depends on the years of the news. "EC" was the European Community
 * from the Treaty of Rome (1958) to the Maastricht Treaty (November 1993), which made it a pillar
 * of the European Union; later news writes "EC" for the European Commission as often as not, so it
 * is read only in the Community's years. Resolution reads this table (after the tagger), so an
 * article of 1987 that writes only "EC" and one that writes "European Community" name one node.
 */
interface EraName {
  name: string;
  from: number;
  to: number;
}

const ERA_NAMES = new Map<string, EraName[]>([['EC', [{ name: 'European Community', from: 1958, to: 1993 }]]]);

/** The organisation a short name stands for in an article of `year`, if the table says. */
export function eraName(short: string, year: number | null): string | undefined {
  if (year === null) return undefined;
  return ERA_NAMES.get(short)?.find((e) => year >= e.from && year <= e.to)?.name;
}
