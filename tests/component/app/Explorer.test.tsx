import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, renderExplorer, smallDataset, stubDatasetResponses } from '../renderExplorer';
import { ExplorerRoot } from '../../../src/app/ExplorerRoot';
import { createMemoryViewStore } from '../../../src/app/viewStore';
import { render } from '@testing-library/react';

// vis-timeline needs a real layout engine; the browser tests cover it.
vi.mock('../../../src/features/timeline/TimelineView', () => ({ default: () => <div>timeline</div> }));

afterEach(() => vi.unstubAllGlobals());

describe('the explorer', () => {
  it('lists every event with its title and date, and counts them', async () => {
    renderExplorer();
    const list = await screen.findByRole('list', { name: 'Events' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(smallDataset.events.length);
    expect(screen.getByText(`${smallDataset.events.length} events`)).toBeInTheDocument();
    expect(within(list).getByText('Training of CSTO CRRF special forces commanders')).toBeInTheDocument();
    expect(list).toHaveTextContent(/27\s?–\s?30 March 2023/);
  });

  it('filters by organisation, including sub-bodies, and updates the count and the URL', async () => {
    const { store } = renderExplorer('?type=training');
    const list = await screen.findByRole('list', { name: 'Events' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByText(/^2 events/)).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Organization'), ['CSTO']);
    expect(store.getSearch()).toBe('?org=CSTO&type=training');
    // Both trainings are the CRRF's, a sub-body of the CSTO.
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    await userEvent.deselectOptions(screen.getByLabelText('Organization'), ['CSTO']);
    await userEvent.selectOptions(screen.getByLabelText('Organization'), ['SCO']);
    expect(store.getSearch()).toBe('?org=SCO&type=training');
    await waitFor(() => expect(screen.getByText(/^0 events/)).toBeInTheDocument());
  });

  it('opens the details of the event in the URL and closes them again', async () => {
    const { store } = renderExplorer('?event=2022-02-16-joint-position-on-combating-terrorism-signed');
    const details = await screen.findByRole('region', { name: 'Event details' });
    expect(within(details).getByRole('heading', { level: 2 })).toHaveTextContent(
      /^Joint Position of the SCO RATS/,
    );
    expect(details).toHaveTextContent('16 February 2022');
    expect(details).toHaveTextContent('Collective Security Treaty Organization (CSTO)');
    expect(details).toHaveTextContent('Russia (RU)');
    expect(details).toHaveTextContent('Stanislav Zas, CSTO Secretary General');
    expect(details).toHaveTextContent('000_d94c626cff1ced87.txt');
    expect(details).toHaveTextContent('Characters 812–2,190 of 3,858');
    await userEvent.click(within(details).getByRole('button', { name: 'Close' }));
    expect(store.getSearch()).toBe('');
    expect(screen.queryByRole('region', { name: 'Event details' })).not.toBeInTheDocument();
  });

  it('says why an inferred date is inferred', async () => {
    renderExplorer('?event=2023-05-consultations-on-afghanistan');
    const details = await screen.findByRole('region', { name: 'Event details' });
    expect(details).toHaveTextContent('May 2023');
    expect(details).toHaveTextContent('Only the month is known.');
    expect(details).toHaveTextContent('The date is inferred: the year comes from the page dateline.');
  });

  it('says when the event in the URL does not exist, with a way back', async () => {
    const { store } = renderExplorer('?event=no-such-event&type=training');
    const details = await screen.findByRole('region', { name: 'Event details' });
    expect(within(details).getByRole('heading')).toHaveTextContent('Event not found');
    await userEvent.click(within(details).getByRole('button', { name: 'Back to all events' }));
    expect(store.getSearch()).toBe('?type=training');
  });

  it('shows a load error with a Retry that loads the dataset again', async () => {
    const fetch = stubDatasetResponses(
      () => new Response('{"schemaVersion": 1', { status: 200 }),
      jsonResponse(smallDataset),
    );
    render(<ExplorerRoot store={createMemoryViewStore('')} datasetUrl="/data/events.json" host="page" />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The events could not be loaded');
    expect(alert).toHaveTextContent('not valid JSON');
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('list', { name: 'Events' })).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('explains a dataset of the wrong shape', async () => {
    renderExplorer('', { schemaVersion: 1, events: 'none' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('does not have the expected shape');
  });
});
