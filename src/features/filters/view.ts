import type { EventType } from '../../schema/dataset';
import { EVENT_TYPE_ORDER } from '../../lib/eventTypes';
import { isDateBound } from './dateBounds';

export const GROUPINGS = ['none', 'type', 'organization'] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** Everything a view of the explorer is made of (CONTRACT.md §3, plus `group`). */
export interface View {
  event: string | null;
  org: string[];
  country: string[];
  type: EventType[];
  q: string;
  from: string | null;
  to: string | null;
  group: Grouping;
  embed: boolean;
}

export const DEFAULT_VIEW: View = {
  event: null,
  org: [],
  country: [],
  type: [],
  q: '',
  from: null,
  to: null,
  group: 'none',
  embed: false,
};

const ID = /^[A-Za-z0-9._~-]+$/;
const COUNTRY = /^[A-Z]{2}$/;

function list<T extends string>(value: string | null, accept: (item: string) => item is T): T[] {
  if (!value) return [];
  return [...new Set(value.split(',').filter(accept))];
}

const isId = (item: string): item is string => ID.test(item);
const isCountry = (item: string): item is string => COUNTRY.test(item);
const isType = (item: string): item is EventType => (EVENT_TYPE_ORDER as readonly string[]).includes(item);
const isGrouping = (item: string | null): item is Grouping =>
  (GROUPINGS as readonly (string | null)[]).includes(item);

/** Reads a query string; every field falls back to its default, so a bad value never breaks the view. */
export function parseView(search: string): View {
  const params = new URLSearchParams(search);
  const event = params.get('event');
  const from = params.get('from');
  const to = params.get('to');
  const group = params.get('group');
  return {
    event: event && ID.test(event) ? event : null,
    org: list(params.get('org'), isId),
    country: list(params.get('country'), isCountry),
    type: list(params.get('type'), isType),
    q: params.get('q') ?? '',
    from: from && isDateBound(from) ? from : null,
    to: to && isDateBound(to) ? to : null,
    group: isGrouping(group) ? group : 'none',
    embed: params.get('embed') === '1',
  };
}

/** Writes a view as a query string ("" for the default view); defaults are left out. */
export function formatView(view: View): string {
  const params = new URLSearchParams();
  if (view.event) params.set('event', view.event);
  if (view.org.length) params.set('org', view.org.join(','));
  if (view.country.length) params.set('country', view.country.join(','));
  if (view.type.length) params.set('type', view.type.join(','));
  if (view.q) params.set('q', view.q);
  if (view.from) params.set('from', view.from);
  if (view.to) params.set('to', view.to);
  if (view.group !== 'none') params.set('group', view.group);
  if (view.embed) params.set('embed', '1');
  // Commas separate list items; leaving them unescaped keeps shared URLs readable.
  const search = params.toString().replaceAll('%2C', ',');
  return search ? `?${search}` : '';
}

export function hasActiveFilters(view: View): boolean {
  return (
    view.org.length > 0 ||
    view.country.length > 0 ||
    view.type.length > 0 ||
    view.q.trim() !== '' ||
    !!view.from ||
    !!view.to
  );
}

/** The same view with its filters cleared; the selection, grouping and frame mode stay. */
export function withoutFilters(view: View): View {
  return { ...DEFAULT_VIEW, event: view.event, group: view.group, embed: view.embed };
}
