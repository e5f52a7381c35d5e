/**
 * The view an element starts from: its `filter` attribute (a query string as in CONTRACT.md §3)
 * with `event` on top. `embed` is dropped: the element has no page chrome to hide.
 */
export function viewSearch(filter: string | null, event: string | null): string {
  const params = new URLSearchParams((filter ?? '').trim().replace(/^\?/, ''));
  params.delete('embed');
  if (event?.trim()) params.set('event', event.trim());
  const search = params.toString();
  return search === '' ? '' : `?${search}`;
}

/** The `height` attribute as a CSS height: a bare number means pixels. Invalid lengths are left to CSSOM, which ignores them. */
export function cssHeight(value: string | null): string {
  const trimmed = value?.trim() ?? '';
  return /^\d+(\.\d+)?$/.test(trimmed) ? `${trimmed}px` : trimmed;
}
