export { parseView, formatView, hasActiveFilters, withoutFilters, DEFAULT_VIEW, GROUPINGS } from './view';
export type { View, Grouping } from './view';
export { createOrgRegistry, rootOf } from './orgRegistry';
export type { OrgRegistry } from './orgRegistry';
export { filterEvents } from './filterEvents';
export { facetCounts, filterAndCount } from './facetCounts';
export { FilterPanel } from './FilterPanel';
export { DensityStrip } from './DensityStrip';
export { densityBins, monthExtentOf } from './densityBins';
