// chrono-node configured for news prose (see NOTES-extraction.md): the casual English parser with
// day-first slash/dot dates. chrono does not export its slash parser, so the little-endian instance is
// borrowed from the en.GB configuration (which must not be used for prose: it reads "20, this" as 2020).
import * as chrono from 'chrono-node';

export function createNewsChrono(): chrono.Chrono {
  const parser = chrono.casual.clone();
  const dayFirst = chrono.en.GB.parsers.find((p) => p.constructor.name === 'SlashDateFormatParser');
  const at = parser.parsers.findIndex((p) => p.constructor.name === 'SlashDateFormatParser');
  if (dayFirst && at >= 0) parser.parsers[at] = dayFirst;
  return parser;
}
