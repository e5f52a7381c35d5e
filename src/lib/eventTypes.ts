import type { EventType } from '../schema/dataset';

/**
 * One colour per event type, used by the timeline, its legend and the list. Each is dark enough
 * for white text and for a 3:1 border contrast on white (WCAG non-text contrast).
 */
export const EVENT_TYPE_STYLES: Record<EventType, { label: string; colour: string }> = {
  meeting: { label: 'Meeting', colour: '#1d4ed8' },
  training: { label: 'Training', colour: '#b45309' },
  signing: { label: 'Signing', colour: '#047857' },
  consultations: { label: 'Consultations', colour: '#6d28d9' },
  briefing: { label: 'Briefing', colour: '#0e7490' },
  conference: { label: 'Conference', colour: '#be185d' },
  mission: { label: 'Mission', colour: '#4d7c0f' },
  statement: { label: 'Statement', colour: '#475569' },
  anniversary: { label: 'Anniversary', colour: '#a16207' },
  decision: { label: 'Decision', colour: '#b91c1c' },
  other: { label: 'Other', colour: '#57534e' },
};

export function eventTypeLabel(type: EventType): string {
  return EVENT_TYPE_STYLES[type].label;
}

/**
 * The types in the contract's order. Kept here rather than imported from the schema so the first
 * render does not need zod (the dataset is validated by a lazily loaded chunk).
 */
export const EVENT_TYPE_ORDER = Object.keys(EVENT_TYPE_STYLES) as EventType[];
