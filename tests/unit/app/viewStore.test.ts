import { describe, expect, it, vi } from 'vitest';
import { JSDOM } from 'jsdom';
import { createMemoryViewStore, createUrlViewStore } from '../../../src/app/viewStore';

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

describe('createUrlViewStore', () => {
  const openPage = (url = 'https://example.org/explorer/?org=SCO#about') => {
    const { window } = new JSDOM('', { url });
    // jsdom's window lacks much of the browser's, none of which the store uses.
    return window as unknown as Window & typeof globalThis;
  };
  const idle = () => new Promise((resolve) => setTimeout(resolve, 400));

  it('shows a filter edit at once and writes it to the address bar when idle, in the same entry', async () => {
    const win = openPage();
    const store = createUrlViewStore(win);
    const listener = vi.fn();
    store.subscribe(listener);
    const entries = win.history.length;
    store.navigate('?org=SCO&type=training', 'replace');
    expect(store.getSearch()).toBe('?org=SCO&type=training');
    expect(listener).toHaveBeenCalledTimes(1);
    await idle();
    expect(win.location.href).toBe('https://example.org/explorer/?org=SCO&type=training#about');
    expect(win.history.length).toBe(entries);
  });

  it('writes a burst of edits once, with the last of them', async () => {
    const win = openPage();
    const replaceState = vi.spyOn(win.history, 'replaceState');
    const store = createUrlViewStore(win);
    for (const q of ['Z', 'Za', 'Zas']) store.navigate(`?q=${q}`, 'replace');
    await idle();
    expect(replaceState).toHaveBeenCalledTimes(1);
    expect(win.location.search).toBe('?q=Zas');
  });

  it('keeps a pending edit in its own entry when an event is opened, so Back returns to it', async () => {
    const win = openPage();
    const store = createUrlViewStore(win);
    store.navigate('?type=training', 'replace');
    store.navigate('?type=training&event=e1', 'push');
    expect(win.location.search).toBe('?type=training&event=e1');
    const back = new Promise((resolve) => win.addEventListener('popstate', resolve, { once: true }));
    win.history.back();
    await back;
    expect(store.getSearch()).toBe('?type=training');
    expect(win.location.search).toBe('?type=training');
  });

  it('writes a pending edit when the page is left', () => {
    const win = openPage();
    const store = createUrlViewStore(win);
    store.navigate('?country=KZ', 'replace');
    win.dispatchEvent(new win.Event('pagehide'));
    expect(win.location.search).toBe('?country=KZ');
  });

  it('follows Back and Forward, dropping an edit not yet written to the entry that was left', async () => {
    const win = openPage('https://example.org/?type=meeting');
    const store = createUrlViewStore(win);
    store.navigate('?type=meeting&event=e2', 'push');
    store.navigate('?type=training&event=e2', 'replace');
    const back = new Promise((resolve) => win.addEventListener('popstate', resolve, { once: true }));
    win.history.back();
    await back;
    expect(store.getSearch()).toBe('?type=meeting');
    await idle();
    expect(win.location.search).toBe('?type=meeting');
  });
});
