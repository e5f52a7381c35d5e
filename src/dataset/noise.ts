// Paragraphs that are page furniture rather than news: each rule names the reason it is skipped.
import type { Span } from './read.ts';

interface NoiseRule {
  reason: string;
  matches: (text: string) => boolean;
}

const NAVIGATION =
  /^(?:go back|back|back to (?:the )?(?:section|all news|news|list|top|main page|home|previous page)|read more|more news|all news|print(?: version)?|share|next|previous|to the top|home)\W*$/i;
// A language switcher left at the top of a page ("EN", "RU | EN"): capitals only, so no word is taken.
const LANGUAGE = '(?:EN|ENG|RU|RUS|KZ|KAZ|QAZ|UZ|TJ|KG|KY|HY|ARM|BY|BEL|FR|DE|ES|ZH|CN)';
const LANGUAGE_SWITCH = new RegExp(String.raw`^${LANGUAGE}(?:\s*[|/]?\s*${LANGUAGE})*$`);
const BYLINE =
  /^(?:the\s+)?(?:CSTO\s+|UN\s+)?(?:press secretary|press service|press office|author|source|text|photo(?:\s+by)?)\b/i;
const CAPTION_PREFIX = /^(?:photo|picture|image|caption)\s*[:.-]/i;
const LOWERCASE_IN_TITLES = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'at', 'de', 'a']);

// The site's links to its feeds and social networks ("Ru | Eng", "RSS Вконтакте Twitter Facebook Youtube").
const SOCIAL_LINKS =
  /^(?:(?:RSS|Вконтакте|VK|Twitter|Facebook|Youtube|Telegram|Instagram|Odnoklassniki|WhatsApp|Viber|LinkedIn|Ru|Rus|En|Eng|Kaz|Uz|Kg)(?=[\s|/,]|$)[\s|/,]*)+$/i;
// A page's field labels left without their values, or with a number only ("Auther :", "ID : 354199").
const FIELD_LABEL = /^[A-Za-z][A-Za-z ]{0,20}\s?:\s*\d*$/;

// A view counter or a text-size control ("280 views", "+ ↺ − 16 px").
const PAGE_WIDGET = /^(?:\d[\d\s,.]*\s+(?:views?|comments?)|[+\-−↺↻\s]*\d+\s*px[+\-−↺↻\s]*)$/i;

// A currency-rates widget ("17:45 USD 87.45 EUR 99.56 RUB 1.10"): codes and figures, no words.
const CURRENCY_RATE = /\b(?:USD|EUR|RUB|GBP|CNY|KZT|KGS|BYN|AMD|TJS|UZS)\s*[\d.,]+/g;
const isRatesWidget = (text: string) =>
  (text.match(CURRENCY_RATE)?.length ?? 0) >= 2 && !/[a-z]{2}/.test(text);

// A breadcrumb trail ("News /", "Home / News / Events", "Main > Press centre"): short names joined by a
// spaced slash or angle, or ending in one.
const BREADCRUMB = /^(?:[A-Z][\w-]*(?: [\w-]+){0,3}\s+[/>»]\s*)+(?:[A-Z][\w-]*(?: [\w-]+){0,3})?$/;

const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean);

/** A caption is a bare list of titles and a name ("Deputy Secretary General, Head of X, John Smith."). */
function isCaption(text: string): boolean {
  if (CAPTION_PREFIX.test(text)) return true;
  if (!text.endsWith('.') || !text.includes(',')) return false;
  const words = wordsOf(text);
  if (words.length > 20) return false;
  return words.every((w) => /^["“(]?[A-Z]/.test(w) || LOWERCASE_IN_TITLES.has(w.toLowerCase()));
}

const RULES: readonly NoiseRule[] = [
  {
    reason: 'navigation',
    matches: (t) =>
      NAVIGATION.test(t) || LANGUAGE_SWITCH.test(t) || BREADCRUMB.test(t) || SOCIAL_LINKS.test(t),
  },
  { reason: 'field-label', matches: (t) => FIELD_LABEL.test(t) },
  // A rule or a dash between items ("-", "* * *"): no letter or digit.
  { reason: 'separator', matches: (t) => !/[\p{L}\p{N}]/u.test(t) },
  { reason: 'byline', matches: (t) => BYLINE.test(t) && wordsOf(t).length <= 10 && !/[.!?]$/.test(t) },
  { reason: 'caption', matches: isCaption },
  { reason: 'rates-widget', matches: isRatesWidget },
  { reason: 'page-widget', matches: (t) => PAGE_WIDGET.test(t) },
  { reason: 'image-file', matches: (t) => LEADING_IMAGE.exec(t)?.[0].length === t.length },
];

/** The reason a whole paragraph is furniture, or null when it is prose. */
export function noiseReason(text: string): string | null {
  return RULES.find((rule) => rule.matches(text))?.reason ?? null;
}

// Case-sensitive on purpose: "…14.07.35.jpegThe document" ends the name where the capital starts.
const IMAGE_EXTENSION = String.raw`\.(?:jpe?g|JPE?G|png|PNG|gif|GIF|webp|WEBP|bmp|BMP|tiff?|TIFF?|heic|HEIC)`;
// A scraped image's file name glued before the text ("WhatsApp Image 2022-02-16 at 14.07.35.jpegThe ...").
const LEADING_IMAGE = new RegExp(
  String.raw`^(?:[\w()\-]|[ _](?=\S)|(?<=\d)\.(?=\d))+?${IMAGE_EXTENSION}(?![a-z])`,
);
const IMAGE_TOKEN = new RegExp(String.raw`(?<!\S)[\w\-]+${IMAGE_EXTENSION}(?![a-z])`, 'g');

const ANY_IMAGE_EXTENSION = new RegExp(IMAGE_EXTENSION);
// A line that is only a photo's file name, in any script and with spaces and dots ("Встреча Генска ОДКБ,
// ШОС и Предс.Исп.СНГ в Циндао 9.06.2018.jpg"): one name unless a sentence ends inside it.
const WHOLE_LINE_IMAGE = new RegExp(String.raw`^(\s*)(\S[^\n]{0,200}?${IMAGE_EXTENSION})\s*$`);
const SENTENCE_INSIDE = /[.!?]\s+\p{Lu}\p{Ll}/u;

/** Image file names inside a paragraph, as spans relative to the paragraph's text. */
export function imageFileNames(text: string): Span[] {
  if (!ANY_IMAGE_EXTENSION.test(text)) return [];
  const whole = WHOLE_LINE_IMAGE.exec(text);
  if (whole && !SENTENCE_INSIDE.test(whole[2]!)) {
    const start = whole[1]!.length;
    return [{ start, end: start + whole[2]!.length }];
  }
  const spans: Span[] = [];
  const leading = LEADING_IMAGE.exec(text);
  if (leading) spans.push({ start: 0, end: leading[0].length });
  for (const m of text.matchAll(IMAGE_TOKEN)) {
    if (m.index >= (spans[0]?.end ?? 0)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

// A document's download link left in the text ("Download document 39357fa0….docx") is page furniture.
const DOWNLOAD_LINK =
  /\b(?:Download|Скачать)(?:\s+(?:the\s+)?(?:document|file|attachment))?\s*:?\s+[\w\-.]{1,120}\.(?:docx?|pdf|xlsx?|rtf|odt|zip|pptx?)\b/gi;

/** Download links inside a paragraph, as spans relative to the paragraph's text. */
export function downloadLinks(text: string): Span[] {
  if (!/download|скачать/i.test(text)) return [];
  return [...text.matchAll(DOWNLOAD_LINK)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
