import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMentions, ORGANIZATIONS } from '../../../src/dataset/entities/index.ts';
import { buildFromTexts } from './build.ts';

const organizationsIn = (text: string) => findMentions(text).organizations;

describe('the CIS Inter-Parliamentary Assembly', () => {
  it.each([
    ['its full name', 'the Inter-Parliamentary Assembly of the CIS met', ['CIS-IPA', 'CIS']],
    ['its abbreviation', 'a session of the IPA CIS', ['CIS-IPA', 'CIS']],
    ['the CIS before it', 'the CIS Inter-Parliamentary Assembly adopted a model law', ['CIS-IPA', 'CIS']],
    [
      'written as one word, with the Commonwealth spelt out',
      'the Interparliamentary Assembly of the Commonwealth of Independent States',
      ['CIS-IPA', 'CIS'],
    ],
    [
      'its official name',
      'the Inter-Parliamentary Assembly of Member Nations of the Commonwealth of Independent States',
      ['CIS-IPA', 'CIS'],
    ],
    ['alone', 'the Inter-Parliamentary Assembly hosted the seminar', ['CIS-IPA', 'CIS']],
    [
      'beside the CSTO Parliamentary Assembly, each body once',
      'the CSTO Parliamentary Assembly and the Inter-Parliamentary Assembly of the CIS',
      ['CSTO-PA', 'CSTO', 'CIS-IPA', 'CIS'],
    ],
  ])('%s', (_name, text, ids) => {
    expect(organizationsIn(text)).toEqual(ids);
  });

  it('is not counted as the CSTO Parliamentary Assembly in an event', () => {
    const [event] = buildFromTexts({
      'page.txt':
        'On 12 April 2024, a seminar of the Inter-Parliamentary Assembly of the CIS was held in St. Petersburg.',
    }).events;
    expect(event!.organizations).toEqual(['CIS-IPA', 'CIS']);
  });
});

describe('other bodies the pages name', () => {
  it.each([
    ['the CIS Council of Commanders of Border Troops', ['CIS-CCBT', 'CIS']],
    ['the Council of Border Troops Commanders of the CIS member states', ['CIS-CCBT', 'CIS']],
    ['experts of the CCBT', ['CIS-CCBT', 'CIS']],
    ['the CIS Anti-Terrorism Center', ['CIS-ATC', 'CIS']],
    ['the ATC of the CIS', ['CIS-ATC', 'CIS']],
    ['the Executive Committee of the Commonwealth of Independent States', ['CIS-EXECUTIVE-COMMITTEE', 'CIS']],
    ['the Council of CIS Interior Ministers', ['CIS-CMIA', 'CIS']],
    ['the Council of Ministers of Internal Affairs of the CIS Member States', ['CIS-CMIA', 'CIS']],
    ['the EEU and the Eurasian Economic Commission', ['EAEU', 'EAEU-EEC']],
    ['the former Eurasian Economic Community (EurAsEC)', ['EURASEC']],
    ['the Union State of Russia and Belarus', ['UNION-STATE']],
    ['the OSCE Parliamentary Assembly', ['OSCE-PA', 'OSCE']],
    ['the European Union and NATO', ['EU', 'NATO']],
    ['the ASEAN Regional Forum (ARF)', ['ASEAN-ARF', 'ASEAN']],
    ['the Council of Foreign Ministers of the Organization', ['CSTO-CMFA', 'CSTO']],
    ['the CSTO CFM', ['CSTO-CMFA', 'CSTO']],
    ['the Joint Staff', ['CSTO-JOINT-STAFF', 'CSTO']],
    ['the secretariat of the CSTO', ['CSTO-SECRETARIAT', 'CSTO']],
  ])('%s', (text, ids) => {
    expect(organizationsIn(text)).toEqual(ids);
  });

  it('keeps the member states in the Union State’s name as countries', () => {
    expect(findMentions('a forum of the Union State of Russia and Belarus').countries).toEqual(['RU', 'BY']);
  });
});

describe('a bare name after a capitalised word that names no body', () => {
  it.each([
    ['a weekday', 'On Monday Joint Staff officers met in Moscow', ['CSTO-JOINT-STAFF', 'CSTO']],
    ['a month', 'In May Parliamentary Assembly deputies visited Minsk', ['CSTO-PA', 'CSTO']],
    ['an opening adverb', 'Yesterday Peacekeeping Forces officers trained', ['CSTO-PEACEKEEPING', 'CSTO']],
    ['a national adjective still frames it', 'Russian Joint Staff officers met', []],
  ])('%s', (_name, text, ids) => {
    expect(organizationsIn(text)).toEqual(ids);
  });
});

describe('another body’s name never borrows a CSTO or CIS body’s id', () => {
  it.each([
    ['NATO’s assembly', 'the NATO Parliamentary Assembly', ['NATO']],
    ['an assembly of another union', 'the Parliamentary Assembly of the Council of Europe', []],
    ['a hyphenated prefix', 'the Eurasian Inter-Parliamentary Assembly', []],
    ['another inter-parliamentary assembly', 'the Inter-Parliamentary Assembly of Orthodoxy', []],
    ['the CIS council of the same name', 'the CIS Council of Foreign Ministers', ['CIS']],
    ['the SCO council of the same name', 'the Council of Foreign Ministers of the SCO', ['SCO']],
    ['an abbreviation after another body', 'the CIS CFM', ['CIS']],
    ['a national staff', 'the Joint Staff of the Armed Forces of the Republic of Belarus', []],
    ['a national centre', 'the National Anti-Terrorism Centre of the Republic', []],
    ['another body’s forces', 'the CIS Collective Peacekeeping Forces', ['CIS']],
    ['another union’s council', 'the Council of Interior Ministers of the Union', []],
    ['an unknown body', 'the Supreme Council of the Interregional Forum', []],
  ])('%s', (_name, text, ids) => {
    expect(organizationsIn(text)).toEqual(ids);
  });

  it('never throws, and finds only registered ids', () => {
    const known = new Set(ORGANIZATIONS.map((o) => o.id));
    const words = fc.constantFrom(
      'the',
      'of',
      'CIS',
      'CSTO',
      'Inter-',
      'Parliamentary',
      'Assembly',
      'Council',
      'Joint',
      'Staff',
      'Union',
      'State',
      'Anti-Terrorism',
      'Center',
      'Member',
      'States',
      '(',
      ')',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(words, fc.string()), { maxLength: 12 }), (parts) => {
        const ids = organizationsIn(parts.join(' '));
        expect(ids.every((id) => known.has(id))).toBe(true);
      }),
    );
  });
});
