export { defineCstoTimeline, type EmbeddedExplorer, type MountExplorer } from './CstoTimelineElement';
export { shadowSafeCss } from './shadowSafeCss';
