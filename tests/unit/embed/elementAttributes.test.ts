import { describe, expect, it } from 'vitest';
import { cssHeight, viewSearch } from '../../../src/features/embed/elementAttributes';

describe('viewSearch', () => {
  it.each([
    ['no attributes', null, null, ''],
    ['a filter as written in the docs', 'org=SCO&country=RU', null, '?org=SCO&country=RU'],
    ['a filter copied with its question mark', '?type=training', null, '?type=training'],
    ['a focused event on top of a filter', 'org=CSTO', '2022-02-16-x', '?org=CSTO&event=2022-02-16-x'],
    ['the event attribute wins over an event in the filter', 'event=a&q=Zas', 'b', '?event=b&q=Zas'],
    ['embed=1, meaningless inside the element', 'embed=1&org=CIS', null, '?org=CIS'],
    ['blank attributes', '  ', ' ', ''],
  ])('%s', (_, filter, event, expected) => {
    expect(viewSearch(filter, event)).toBe(expected);
  });
});

describe('cssHeight', () => {
  it.each([
    ['a bare number is pixels', '480', '480px'],
    ['a fractional number', '320.5', '320.5px'],
    ['a CSS length is kept', '40rem', '40rem'],
    ['a viewport length is kept', ' 70vh ', '70vh'],
    ['no attribute', null, ''],
  ])('%s', (_, value, expected) => {
    expect(cssHeight(value)).toBe(expected);
  });
});
