import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../../src/dataset/segment.ts';
import { createAnalysers } from '../../../src/dataset/analysers.ts';

const segment = (text: string) => segmentDocument(text, createAnalysers());
const leads = (text: string) => segment(text).items.map((i) => i.lead.text.slice(0, 20));
const reasons = (text: string) => segment(text).skipped.map((s) => [text.slice(s.start, s.end), s.reason]);

describe('segmentDocument', () => {
  it.each([
    [
      'a dated paragraph after one blank line starts an item',
      'On 1 May 2023, A met B.\n\nOn 2 May 2023, C met D.',
      ['On 1 May 2023, A met', 'On 2 May 2023, C met'],
    ],
    [
      'an undated paragraph after one blank line continues',
      'On 1 May 2023, A met B.\n\nThe Parties discussed cooperation.',
      ['On 1 May 2023, A met'],
    ],
    [
      'two blank lines separate undated items',
      'On 1 May 2023, A met B.\n\n\nAllow me to thank the hosts.',
      ['On 1 May 2023, A met', 'Allow me to thank th'],
    ],
    [
      'a continuation cue after two blank lines still continues',
      'On 1 May 2023, A met B.\n\n\nThe Parties agreed to meet.',
      ['On 1 May 2023, A met'],
    ],
    [
      'a dateline starts an item',
      '04.09.2024\n\nA training is held.\n\n\n03.09.2024\n\nA meeting was held.',
      ['A training is held.', 'A meeting was held.'],
    ],
    [
      'a month inside the first words of a paragraph continues',
      'On 19 April 2023, the Council met.\n\nAhead of the meetings in April and May, plans were agreed.',
      ['On 19 April 2023, th'],
    ],
    [
      'a paragraph opening with a month starts an item',
      'On 19 April 2023, the Council met.\n\nIn May 2023, the envoys met again in Lirsk.',
      ['On 19 April 2023, th', 'In May 2023, the env'],
    ],
    [
      '"On the eve of" starts its own item',
      'On 1 May 2023, the mission arrived.\n\nOn the eve of the work, a team left.',
      ['On 1 May 2023, the m', 'On the eve of the wo'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(leads(text)).toEqual(expected);
  });

  it('reads a lead that names where it was reported as a lead, though it lacks a full stop', () => {
    const { items } = segment(
      [
        'Posted: 10.02.2031 17:26:00',
        'Secretary General to visit Lirsk on February 12th–13th',
        'The Secretary General of the Alliance will visit Lirsk on February 12th-13 – as reported in the Alliance Telegram channel',
        'The Secretary General will submit an action plan for approval.',
      ].join('\n\n'),
    );
    expect(items.map((i) => [i.headline?.text, i.lead.text.slice(0, 30), i.continuations.length])).toEqual([
      ['Secretary General to visit Lirsk on February 12th–13th', 'The Secretary General of the A', 1],
    ]);
  });

  it('reads a second headline line that sets out the first as part of its item', () => {
    const { items, skipped } = segment(
      [
        'Lirsk joins the Alliance anti-drug operation',
        'The operation involves 22 states',
        'LIRSK, February 8. /TASS/. Lirsk has joined the anti-drug operation of the Alliance, which involves 22 states, its envoy said.',
      ].join('\n\n'),
    );
    expect(items.map((i) => i.headline?.text)).toEqual(['Lirsk joins the Alliance anti-drug operation']);
    expect(skipped).toEqual([]);
  });

  it("reads a headline about today's threats as a headline, under a breadcrumb", () => {
    const headline =
      "The exercise marks a new stage in building the capability to respond to today's threats";
    const [item, ...rest] = segment(
      `News /\n\n${headline}\n\nOctober 16, 2031\n\nThe President summed up the results of the exercise.`,
    ).items;
    expect(rest).toEqual([]);
    expect(item?.headline?.text).toBe(headline);
    expect(item?.dateline?.text).toBe('October 16, 2031');
  });

  it('attaches a headline and the dateline after it to the same item', () => {
    const [item] = segment(
      'Joint Position was signed\n\n16.02.2022\n\nOn February 16, 2022, it was signed.',
    ).items;
    expect(item?.headline?.text).toBe('Joint Position was signed');
    expect(item?.dateline?.text).toBe('16.02.2022');
    expect(item?.span.start).toBe(0);
  });

  it.each([
    ['with the time', 'The envoys met in Lirsk\n\n15 May. 16:50\n\nThe envoys met in Lirsk today.'],
    [
      'as a slashed timestamp',
      'The envoys met in Lirsk\n\n05/08/2031 08:00:00\n\nThe envoys met in Lirsk today.',
    ],
  ])(
    'reads a dateline that dates nothing %s as the line heading the item, not as its headline',
    (_, text) => {
      const { items, skipped } = segment(text);
      expect(items).toHaveLength(1);
      expect(items[0]!.headline?.text).toBe('The envoys met in Lirsk');
      expect(items[0]!.dateline).toBeUndefined();
      expect(items[0]!.span).toEqual({ start: 0, end: text.length });
      expect(skipped).toEqual([]);
    },
  );

  describe('a lone paragraph right above a dateline', () => {
    const dated =
      'On May 26, 2031, the Council of Envoys met in Lirsk and approved the plan of joint exercises.';
    const page = (above: string) => `${above}\n\n21.05.2031\n\n${dated}`;

    it('is the title of the item below when it restates it', () => {
      const { items } = segment(
        page('The Council of Envoys will meet in Lirsk on May 26 to approve the plan.'),
      );
      expect(items).toHaveLength(1);
      expect(items[0]!.headline?.text).toMatch(/^The Council of Envoys will meet/);
      expect(items[0]!.lead.text).toBe(dated);
      expect(items[0]!.dateline?.text).toBe('21.05.2031');
      expect(items[0]!.span.start).toBe(0);
    });

    it.each([
      ['another day', 'The Council of Envoys will meet in Lirsk on June 30 to approve the plan.'],
      ['a year of its own', 'The Council of Envoys met in Lirsk on May 26, 2030 and approved the plan.'],
      ['no date', 'The Council of Envoys will meet in Lirsk to approve the plan.'],
      ['other things', 'The rescue teams trained in the mountains near Dorvan on May 26.'],
    ])('stays an item of its own when it names %s', (_, above) => {
      expect(leads(page(above))).toEqual([above.slice(0, 20), dated.slice(0, 20)]);
    });
  });

  it.each([
    ['Go back', 'navigation'],
    ['Back to the all news', 'navigation'],
    ['The CSTO Press Secretary Vladimir Zaynetdinov', 'byline'],
    ['Deputy Secretary General, Head of the Department, Vladimir Voronkov.', 'caption'],
    ['EN', 'navigation'],
    ['News /', 'navigation'],
    ['Ru | Eng\nRSS Вконтакте Twitter Facebook Youtube', 'navigation'],
    ['Auther :', 'field-label'],
    ['280 views', 'page-widget'],
    ['+ ↺ − 16 px', 'page-widget'],
    ['ID : 354199', 'field-label'],
    ['17:45\nUSD 87.45\nEUR 99.56\nRUB 1.10', 'rates-widget'],
    ['Home / Press centre / News', 'navigation'],
    ['RU | EN', 'navigation'],
    ['* * *', 'separator'],
    ['-', 'separator'],
    ['Встреча Генсека ОДКБ и ШОС в Циндао 9.06.2018.jpg', 'image-file'],
    ['Meeting of the Council, Minsk 2023.JPG', 'image-file'],
  ])('skips "%s" as %s', (line, reason) => {
    expect(reasons(`On 1 May 2023, A met B.\n\n${line}`)).toEqual([[line, reason]]);
  });

  it('skips a glued image file name but keeps the sentence after it', () => {
    const text =
      'On 1 May 2023, A met B.\n\nWhatsApp Image 2022-02-16 at 14.07.35.jpegThe document declares peace.';
    const { items, skipped } = segment(text);
    expect(skipped.map((s) => [text.slice(s.start, s.end), s.reason])).toEqual([
      ['WhatsApp Image 2022-02-16 at 14.07.35.jpeg', 'image-file'],
    ]);
    expect(items[0]?.continuations[0]?.text).toBe('The document declares peace.');
  });

  it('reads an article: headings and undated background skipped, dated facts as items', () => {
    const text = [
      'CSTO and UN together',
      'Terrorism is a threat to all',
      'Background heading',
      'The threat grows everywhere.',
      'The strategy was adopted in October 2016 by the states.',
      'It sets many goals.',
      'Another heading',
      'The signing in 2018 of a memorandum followed.',
    ].join('\n\n');
    const { items, skipped } = segment(text);
    expect(items.map((i) => [i.kind, i.lead.text.slice(0, 12), i.continuations.length])).toEqual([
      ['article', 'The strategy', 1],
      ['article', 'The signing ', 0],
    ]);
    expect(skipped.map((s) => s.reason)).toEqual([
      'heading',
      'heading',
      'heading',
      'background (no event or date of its own)',
      'heading',
    ]);
  });
});
