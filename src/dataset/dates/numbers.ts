// Small counts written in figures or words ("20", "twenty", "Twenty-nine"), as in "20 years ago".
const UNITS =
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  );
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');

export const NUMBER_PATTERN = String.raw`\d{1,3}|(?:${TENS.join('|')})(?:-(?:${UNITS.slice(0, 9).join('|')}))?|${UNITS.join('|')}`;

export function numberOf(written: string): number | undefined {
  if (/^\d+$/.test(written)) return Number(written);
  const [tens, unit] = written.toLowerCase().split('-');
  const tensAt = TENS.indexOf(tens!);
  if (tensAt < 0) return UNITS.indexOf(tens!) + 1 || undefined;
  return (tensAt + 2) * 10 + (unit ? UNITS.indexOf(unit) + 1 : 0);
}
