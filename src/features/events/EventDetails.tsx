import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { TimelineEvent } from '../../schema/dataset';
import { CopyLinkButton } from './CopyLinkButton';
import { EventFacts, type EventFactsProps } from './EventFacts';
import { EventSources, type EventSourcesProps } from './EventSources';

export interface EventDetailsProps
  extends Pick<EventFactsProps, 'organizationOf' | 'countryName'>, Pick<EventSourcesProps, 'sourceDocument'> {
  event: TimelineEvent;
  previous: TimelineEvent | null;
  next: TimelineEvent | null;
  shareUrl: string;
  onSelect(id: string): void;
  onClose(): void;
}

/** The region every selection opens; the name is part of CONTRACT.md §4. */
function DetailsRegion({
  children,
  onKeyDown,
}: {
  children: ReactNode;
  onKeyDown?(event: KeyboardEvent): void;
}) {
  return (
    <section
      aria-label="Event details"
      onKeyDown={onKeyDown}
      className="panel flex flex-col gap-4 p-4 @min-[40rem]:p-5"
    >
      {children}
    </section>
  );
}

function isTyping(target: EventTarget): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

export function EventDetails({
  event,
  previous,
  next,
  shareUrl,
  onSelect,
  onClose,
  ...lookups
}: EventDetailsProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const textId = useId();
  const sourcesId = useId();
  useEffect(() => {
    headingRef.current?.focus();
  }, [event.id]);

  const onKeyDown = (key: KeyboardEvent) => {
    if (isTyping(key.target)) return;
    if (key.key === 'Escape') onClose();
    else if (key.key === 'ArrowLeft' && previous) onSelect(previous.id);
    else if (key.key === 'ArrowRight' && next) onSelect(next.id);
    else return;
    key.preventDefault();
  };

  return (
    <DetailsRegion onKeyDown={onKeyDown}>
      <div className="flex items-start justify-between gap-3">
        <h2 ref={headingRef} tabIndex={-1} className="text-xl font-semibold text-balance focus:outline-none">
          {event.title}
        </h2>
        <button type="button" onClick={onClose} className="btn-secondary shrink-0" aria-keyshortcuts="Escape">
          Close
        </button>
      </div>
      <nav aria-label="Neighbouring events" className="flex flex-wrap gap-2">
        <button
          type="button"
          className="btn-secondary"
          disabled={!previous}
          onClick={() => previous && onSelect(previous.id)}
          aria-keyshortcuts="ArrowLeft"
        >
          ← Previous event
        </button>
        <button
          type="button"
          className="btn-secondary"
          disabled={!next}
          onClick={() => next && onSelect(next.id)}
          aria-keyshortcuts="ArrowRight"
        >
          Next event →
        </button>
        <CopyLinkButton url={shareUrl} />
      </nav>
      <p className="text-base text-slate-800">{event.summary}</p>
      <EventFacts event={event} organizationOf={lookups.organizationOf} countryName={lookups.countryName} />
      <section aria-labelledby={textId}>
        <h3 id={textId} className="mb-1 text-sm font-semibold tracking-wide text-slate-600 uppercase">
          Text
        </h3>
        <p className="leading-relaxed whitespace-pre-line">{event.text}</p>
      </section>
      <section aria-labelledby={sourcesId}>
        <h3 id={sourcesId} className="mb-2 text-sm font-semibold tracking-wide text-slate-600 uppercase">
          Sources
        </h3>
        <EventSources event={event} sourceDocument={lookups.sourceDocument} />
      </section>
    </DetailsRegion>
  );
}

export function EventNotFound({ id, onClose }: { id: string; onClose(): void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [id]);
  return (
    <DetailsRegion>
      <h2 ref={headingRef} tabIndex={-1} className="text-xl font-semibold focus:outline-none">
        Event not found
      </h2>
      <p>
        No event in this dataset has the id <code className="break-all">{id}</code>. The link may be old, or
        the dataset may have changed.
      </p>
      <div>
        <button type="button" className="btn-primary" onClick={onClose}>
          Back to all events
        </button>
      </div>
    </DetailsRegion>
  );
}
