import { describe, expect, it } from 'vitest';
import { findMentions, findPeople } from '../../../src/dataset/entities/index.ts';
import { classifyStatus, classifyType } from '../../../src/dataset/classify.ts';

describe('organizations', () => {
  it.each([
    ['the SCO RATS', ['SCO-RATS', 'SCO']],
    ['the Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization', ['SCO-RATS', 'SCO']],
    ['the CIS ATC', ['CIS-ATC', 'CIS']],
    ['the Anti-Terrorist Center of the Commonwealth of Independent States', ['CIS-ATC', 'CIS']],
    ['the CSTO CRRF', ['CSTO-CRRF', 'CSTO']],
    ['the CSTO Joint Staff', ['CSTO-JOINT-STAFF', 'CSTO']],
    ['the Secretariat of the Collective Security Treaty Organization', ['CSTO-SECRETARIAT', 'CSTO']],
    ['the CSTO Collective Security Council', ['CSTO-CSC', 'CSTO']],
    ['the United Nations Security Council', ['UN-SC', 'UN']],
    ['the 79th session of the UN General Assembly', ['UN-GA', 'UN']],
    ['the OSCE and NATO', ['OSCE', 'NATO']],
    ['member states of the Organization', ['CSTO']],
    ['the 32nd anniversary of the conclusion of the Collective Security Treaty', ['CSTO']],
    ['the Collective Security Treaty Organization Secretariat', ['CSTO-SECRETARIAT', 'CSTO']],
    // Bodies named beside the CSTO on its pages about operations, meetings and trainings.
    ['observers from Interpol, Europol and CARICC', ['INTERPOL', 'EUROPOL', 'CARICC']],
    ['the International Criminal Police Organization', ['INTERPOL']],
    ['the Central Asian Regional Information and Coordination Centre', ['CARICC']],
    ['the Eurasian Group on Combating Money Laundering and Financing of Terrorism (EAG)', ['EAG']],
    ['delegates of the ICRC and the UNRCCA', ['ICRC', 'UN-RCCA', 'UN']],
    ['a video conference of the UNOCT', ['UN-OCT', 'UN']],
    [
      'the Working Group on Afghanistan under the CSTO Ministerial Council',
      ['CSTO-CMFA-WGA', 'CSTO-CMFA', 'CSTO'],
    ],
    ['the Council of Ministers of Foreign Affairs of the CSTO', ['CSTO-CMFA', 'CSTO']],
    ['the Committee of Security Council Secretaries (CSCS)', ['CSTO-CSSC', 'CSTO']],
    ['drills of the Collective Rapid Deployment Forces of the Central Asian Region', ['CSTO-CRDF', 'CSTO']],
    ['the CSTO Joint Headquarters', ['CSTO-JOINT-STAFF', 'CSTO']],
    ['officers of the Joint Headquarters', ['CSTO-JOINT-STAFF', 'CSTO']],
    [
      'the Coordination Council of Heads of Competent Authorities for Countering Illicit Drug Trafficking',
      ['CSTO-CCDT', 'CSTO'],
    ],
    ['the Coordination Service of the CIS Council of Commanders of Border Troops', ['CIS-CCBT', 'CIS']],
  ])('%s', (text, ids) => {
    expect(findMentions(text).organizations).toEqual(ids);
  });

  it('does not count the author of a cited resolution', () => {
    expect(findMentions('support for the UN Security Council resolution 2354 (2017)').organizations).toEqual(
      [],
    );
  });
});

describe('countries and places', () => {
  it.each([
    ['regrouping in the Kyrgyz Republic', ['KG'], []],
    ['the Russian Ministry of Internal Affairs', ['RU'], []],
    ['the Belarusian media', ['BY'], []],
    ['signed in Dushanbe', ['TJ'], ['Dushanbe']],
    ['the training ground "Rock City-Astana"', ['KZ'], ['Astana']],
    ['a conference in New York', ['US'], ['New York']],
    ['the border between Armenia and Azerbaijan', ['AM', 'AZ'], []],
    ['the Shanghai Cooperation Organization', [], []],
    ['the Republic of Chile', ['CL'], []],
    // A country that is only the topic or seat in a registered body's name does not place the event.
    ['the Working Group on Afghanistan met', [], []],
    ['the Working Group on Afghanistan met in Dushanbe', ['TJ'], ['Dushanbe']],
    ['a report of the UN Assistance Mission in Afghanistan', [], []],
    ['the Working Group on Afghanistan discussed the Afghan border', ['AF'], []],
  ])('%s', (text, countries, places) => {
    const found = findMentions(text);
    expect(found.countries).toEqual(countries);
    expect(found.places).toEqual(places);
  });
});

describe('people', () => {
  it.each([
    [
      'The CSTO Secretary General Imangali Tasmagambetov took part.',
      'Imangali Tasmagambetov',
      'CSTO Secretary General',
    ],
    [
      'Ruslan Mirzaev, the Director of the Executive Committee of RATS, took part.',
      'Ruslan Mirzaev',
      'Director of the Executive Committee of RATS',
    ],
    [
      'The Chief of the Joint Staff of the CSTO, Colonel-General Andrei Nikolaevich Serdyukov, has today given a briefing.',
      'Andrei Nikolaevich Serdyukov',
      'Chief of the Joint Staff of the CSTO',
    ],
    [
      'Deputy Secretary General of the CSTO V. Semerikov focused on it.',
      'V. Semerikov',
      'Deputy Secretary General of the CSTO',
    ],
    ['V. Semerikov expressed gratitude.', 'V. Semerikov', null],
    [
      'The Secretary held talks with Maria Petrova, the Special Envoy of the Forum for Central Asia (SEFCA).',
      'Maria Petrova',
      'Special Envoy of the Forum for Central Asia',
    ],
  ])('%s', (text, name, role) => {
    expect(findPeople(text)).toEqual([{ name, role }]);
  });

  it('does not take organisation or place names for people', () => {
    expect(
      findPeople('The Management Academy hosted the Press Day in New York and the Crisis Response Centre.'),
    ).toEqual([]);
  });

  it('does not take the words of a council’s remit for a person', () => {
    expect(
      findPeople(
        'The Chairman of the Coordination Council for Countering Illicit Drug Trafficking, Police General Ivan Petrov, summed up the results.',
      ).map((p) => p.name),
    ).toEqual(['Ivan Petrov']);
  });
});

describe('classification', () => {
  it.each([
    ['a meeting of the International Headquarters was held', 'meeting'],
    ['the joint tactical and special training "Rock-2024" took place', 'training'],
    ['the Agreement entered into force and was signed', 'signing'],
    ['consultations of representatives were held', 'consultations'],
    ['has today given a briefing on joint trainings', 'briefing'],
    ['the CSTO Secretariat hosted a round table', 'conference'],
    ['took part in the debate at the UN Security Council', 'conference'],
    [
      'the Mission headed by the Secretary General arrived, by decision of the meeting of the Council',
      'mission',
    ],
    ['told a BELTA correspondent about the Collective Security Treaty Organization', 'statement'],
    ['marks the 32nd anniversary of the Treaty', 'anniversary'],
    ['the Strategy adopted in October 2016', 'decision'],
    ['the weather was fine', 'other'],
  ])('%s → %s', (clause, type) => {
    expect(classifyType(clause, clause, true)).toBe(type);
  });

  it('reads a news item opening in the first person as a speech', () => {
    expect(
      classifyType(
        'Allow me to thank the hosts of the meeting.',
        'Allow me to thank the hosts of the meeting.',
        true,
      ),
    ).toBe('statement');
  });

  it.each([
    ['which is scheduled to be signed in September', null, undefined, 'planned'],
    ['representatives of the UN are invited', null, undefined, 'planned'],
    ['the training was held', '2024-09-03', '2024-09-04', 'held'],
    ['the summit takes place', '2024-10-01', '2024-09-04', 'planned'],
  ] as const)('status of "%s"', (clause, start, dateline, status) => {
    expect(classifyStatus(clause, start, dateline)).toBe(status);
  });
});
