import type { MouseEvent } from 'react';

/**
 * Links to events are real links (middle-click, copy link address work); a plain click selects
 * in place instead of loading the page again.
 */
export function selectOnPlainClick(onSelect: (id: string) => void, id: string) {
  return (click: MouseEvent) => {
    if (click.metaKey || click.ctrlKey || click.shiftKey || click.altKey || click.button !== 0) return;
    click.preventDefault();
    onSelect(id);
  };
}
