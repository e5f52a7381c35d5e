import { describe, expect, it, vi } from 'vitest';
import { createMemoryViewStore } from '../../../src/app/viewStore';

describe('createMemoryViewStore', () => {
  it('keeps the view in memory and tells subscribers about changes', () => {
    const store = createMemoryViewStore('org=SCO');
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    expect(store.getSearch()).toBe('?org=SCO');
    store.navigate('?type=training', 'push');
    expect(store.getSearch()).toBe('?type=training');
    store.navigate('?type=training', 'replace');
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    store.navigate('', 'replace');
    expect(store.getSearch()).toBe('');
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
