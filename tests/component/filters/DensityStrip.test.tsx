import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderExplorer } from '../renderExplorer';

vi.mock('../../../src/features/timeline/TimelineView', () => ({ default: () => <div>timeline</div> }));

afterEach(() => vi.unstubAllGlobals());

async function densityStrip() {
  return screen.findByRole('group', { name: 'Events over time' });
}

describe('the density strip', () => {
  it('counts the events of each month, with the other filters applied', async () => {
    renderExplorer('?type=training');
    const strip = await densityStrip();
    expect(within(strip).getByRole('button', { name: 'March 2023: 1 event' })).toBeInTheDocument();
    expect(within(strip).getByRole('button', { name: 'September 2021: 0 events' })).toBeInTheDocument();
  });

  it('chooses the dates of a bar when it is clicked, and clears them on a second click', async () => {
    const { store } = renderExplorer();
    const bar = within(await densityStrip()).getByRole('button', { name: 'March 2023: 2 events' });
    await userEvent.click(bar);
    expect(store.getSearch()).toBe('?from=2023-03&to=2023-03');
    expect(await screen.findByText(/^2 events/)).toBeInTheDocument();
    expect(bar).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByLabelText('From')).toHaveValue('2023-03');
    // The strip still shows the other months: its own dates do not filter it.
    expect(screen.getByRole('button', { name: 'September 2024: 1 event' })).toBeInTheDocument();
    await userEvent.click(bar);
    expect(store.getSearch()).toBe('');
  });

  it('is operable by keyboard: one tab stop, arrows, Enter, Shift+Enter to extend, Escape to clear', async () => {
    const { store } = renderExplorer();
    const strip = await densityStrip();
    const bars = within(strip).getAllByRole('button');
    expect(bars.filter((bar) => bar.tabIndex === 0)).toHaveLength(1);
    bars[0]!.focus();
    await userEvent.keyboard('{End}{Enter}');
    expect(store.getSearch()).toBe('?from=2025-01&to=2025-01');
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}');
    expect(within(strip).getByRole('button', { name: /^September 2024/ })).toHaveFocus();
    await userEvent.keyboard('{Shift>}{Enter}{/Shift}');
    expect(store.getSearch()).toBe('?from=2024-09&to=2025-01');
    expect(screen.getByText(/^2 events/)).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(store.getSearch()).toBe('');
  });
});

describe('the filter panel', () => {
  it('copies a link to the current view, without the selected event', async () => {
    const user = userEvent.setup();
    renderExplorer('?type=training&event=2023-03-27-crrf-commanders-training');
    await user.click(await screen.findByRole('button', { name: 'Copy link to this view' }));
    expect(await navigator.clipboard.readText()).toBe('https://example.test/index.html?type=training');
    expect(screen.getByText('Link copied')).toBeInTheDocument();
  });
});
