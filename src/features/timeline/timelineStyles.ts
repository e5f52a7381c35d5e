import visCss from 'vis-timeline/styles/vis-timeline-graph2d.min.css?inline';
import { EVENT_TYPE_STYLES } from '../../lib/eventTypes';

// Colours per type come from the same table as the legend and the list, so they cannot drift.
const typeCss = Object.entries(EVENT_TYPE_STYLES)
  .map(
    ([type, { colour }]) => `
.vis-item.event-type-${type} { border-color: ${colour}; }
.vis-item.vis-range.event-type-${type}, .vis-item.vis-box.event-type-${type} { background-color: color-mix(in srgb, ${colour} 14%, white); }
.vis-item.vis-dot.event-type-${type} { background-color: ${colour}; }`,
  )
  .join('');

// Sizes are in px: inside <csto-timeline>'s shadow root, rem follows the host page's root font size.
const themeCss = `
.vis-timeline { border-color: #cbd5e1; font: inherit; font-size: 13px; }
.vis-item { color: #0f172a; border-width: 1px; border-left-width: 4px; border-radius: 4px; }
.vis-item.vis-point { border: none; }
.vis-item.vis-point .vis-item-content { white-space: normal; width: max-content; max-width: 220px; line-height: 1.25; padding: 3px 5px; }
.vis-item.vis-range.vis-selected .vis-item-overflow { overflow: visible; }
.vis-item.vis-dot { border-width: 5px; border-radius: 50%; }
.vis-item.vis-selected { background-color: #fef3c7 !important; box-shadow: 0 0 0 2px #0f172a; z-index: 2; }
.vis-item.event-approximate { border-style: dashed; background-image: repeating-linear-gradient(135deg, transparent 0 6px, rgb(255 255 255 / 0.55) 6px 12px); }
.vis-item.event-inferred .vis-item-content::before { content: '≈ '; font-weight: 700; }
.vis-item.event-planned .vis-item-content { font-style: italic; }
.vis-item.event-bucket { background-color: #e2e8f0; border-color: #475569; border-left-width: 1px; color: #0f172a; font-weight: 600; text-align: center; cursor: zoom-in; }
.vis-item.event-bucket .vis-item-content { padding: 2px; overflow: hidden; }
.vis-time-axis .vis-text { color: #334155; }
.vis-time-axis .vis-text.vis-major { font-weight: 600; }
.vis-labelset .vis-label { color: #0f172a; }
.vis-tooltip { font: inherit; font-size: 13px; max-width: 352px; white-space: normal !important; background: #0f172a !important; color: #fff !important; border: none !important; border-radius: 6px; padding: 6px 8px !important; }
`;

let sheet: CSSStyleSheet | null = null;

/**
 * vis-timeline collapses without its CSS in the same root (vis-timeline#1084), so the styles are
 * adopted by the document or shadow root the timeline renders in: no <style> or link is needed
 * (works under a strict CSP) and nothing leaks into a host page.
 */
export function adoptTimelineStyles(root: Node): void {
  if (!(root instanceof Document || root instanceof ShadowRoot)) return;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(visCss + themeCss + typeCss);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
