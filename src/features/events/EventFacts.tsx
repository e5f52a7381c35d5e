import type { ReactNode } from 'react';
import type { Organization, TimelineEvent } from '../../schema/dataset';
import { EVENT_TYPE_STYLES } from '../../lib/eventTypes';
import { describeDateQuality, formatDateRecord } from '../../lib/formatDate';

export interface EventFactsProps {
  event: TimelineEvent;
  organizationOf(id: string): Organization | undefined;
  countryName(code: string): string;
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-0.5 @min-[40rem]:grid-cols-[8rem_1fr] @min-[40rem]:gap-3">
      <dt className="text-sm font-semibold text-slate-600">{term}</dt>
      <dd className="min-w-0">{children}</dd>
    </div>
  );
}

/** Everything known about an event, in words. */
export function EventFacts({ event, organizationOf, countryName }: EventFactsProps) {
  const { date } = event;
  return (
    <dl className="grid gap-2.5">
      <Fact term="Date">
        <time dateTime={date.start ?? undefined} className="font-medium">
          {formatDateRecord(date)}
        </time>
        <span className="block text-sm text-slate-700">{describeDateQuality(date)}</span>
        {date.text && <span className="block text-sm text-slate-600">Written as “{date.text}”.</span>}
      </Fact>
      <Fact term="Type">
        <span className="inline-flex items-center gap-1.5">
          <span
            aria-hidden
            className="size-2.5 rounded-full"
            style={{ backgroundColor: EVENT_TYPE_STYLES[event.type].colour }}
          />
          {EVENT_TYPE_STYLES[event.type].label}
        </span>
      </Fact>
      <Fact term="Status">{event.status === 'planned' ? 'Planned (announced for the future)' : 'Held'}</Fact>
      <Fact term="Organisations">
        <TextList
          items={event.organizations.map((id) => {
            const name = organizationOf(id)?.name;
            return name && name !== id ? `${name} (${id})` : id;
          })}
        />
      </Fact>
      <Fact term="Countries">
        <TextList items={event.countries.map((code) => `${countryName(code)} (${code})`)} />
      </Fact>
      <Fact term="Places">
        <TextList items={event.places} />
      </Fact>
      <Fact term="People">
        <TextList
          items={event.people.map((person) => (person.role ? `${person.name}, ${person.role}` : person.name))}
        />
      </Fact>
    </dl>
  );
}

function TextList({ items }: { items: string[] }) {
  if (items.length === 0) return <span className="text-slate-600">None named</span>;
  return (
    <ul className="grid gap-0.5">
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}
