import type { TimelineEvent } from '../../schema/dataset';
import { EVENT_TYPE_STYLES } from '../../lib/eventTypes';
import { rootOf, type Grouping, type OrgRegistry } from '../filters';
import { escapeHtml } from './escapeHtml';

export interface TimelineGroup {
  id: string;
  content: string;
  order: number;
}

const NO_ORGANIZATION = '(none)';

/** The lanes of a grouping, and which lane each event goes in; `null` for a single lane. */
export function timelineLanes(
  grouping: Grouping,
  registry: OrgRegistry,
): { groups: TimelineGroup[]; lanesOf: (event: TimelineEvent) => readonly string[] } | null {
  if (grouping === 'type') {
    return {
      groups: Object.entries(EVENT_TYPE_STYLES).map(([id, { label }], order) => ({
        id,
        content: escapeHtml(label),
        order,
      })),
      lanesOf: (event) => [event.type],
    };
  }
  if (grouping === 'organization') {
    // An event sits in the lane of every top-level body it names (itself or through a sub-body).
    const roots = registry.ordered.filter(({ depth }) => depth === 0).map(({ org }) => org);
    return {
      groups: [
        ...roots.map((org, order) => ({ id: org.id, content: escapeHtml(org.id), order })),
        { id: NO_ORGANIZATION, content: 'No organisation', order: roots.length },
      ],
      lanesOf: (event) => {
        const lanes = [...new Set(event.organizations.map((id) => rootOf(registry, id)))];
        return lanes.length ? lanes : [NO_ORGANIZATION];
      },
    };
  }
  return null;
}
