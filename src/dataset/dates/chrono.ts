// chrono-node configured for news prose (see NOTES-extraction.md): the casual English parser with
// day-first slash/dot dates. chrono does not export its slash parser, so the little-endian instance is
// borrowed from the en.GB configuration (which must not be used for prose: it reads "20, this" as 2020).
//
// Only the parsers and refiners for calendar dates are kept. Times, weekdays and relative phrases ("now",
// "tonight", "3 days ago", "next week") are resolved against chrono's reference date, which news must
// never use (rules.ts reads "today" / "yesterday" / "tomorrow" against the dateline instead), and the
// time parsers cost more than all the date parsers together.
import * as chrono from 'chrono-node';

const DATE_PARSERS = new Set([
  'ISOFormatParser',
  'ENYearMonthDayParser',
  'SlashDateFormatParser',
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENSlashMonthFormatParser',
  'ENYearMonthNameParser',
  'ENMonthNameParser',
]);
const DATE_REFINERS = new Set([
  'OverlapRemovalRefiner',
  'UnlikelyFormatFilter',
  'ENExtractYearSuffixRefiner',
  'ENMergeDateRangeRefiner',
  'ENUnlikelyFormatFilter',
]);

export function createNewsChrono(): chrono.Chrono {
  const parser = chrono.casual.clone();
  const dayFirst = chrono.en.GB.parsers.find((p) => p.constructor.name === 'SlashDateFormatParser');
  const at = parser.parsers.findIndex((p) => p.constructor.name === 'SlashDateFormatParser');
  if (dayFirst && at >= 0) parser.parsers[at] = dayFirst;
  parser.parsers = parser.parsers.filter((p) => DATE_PARSERS.has(p.constructor.name));
  parser.refiners = parser.refiners.filter((r) => DATE_REFINERS.has(r.constructor.name));
  return parser;
}
