import { cssHeight, viewSearch } from './elementAttributes';

/** One explorer mounted in an element's shadow root, driven by the element's attributes. */
export interface EmbeddedExplorer {
  /** Shows another view (a query string as in CONTRACT.md §3), in memory: never in the host's URL. */
  showView(search: string): void;
  showDataset(datasetUrl: string): void;
  unmount(): void;
}

export type MountExplorer = (
  container: HTMLElement,
  options: { datasetUrl: string; search: string },
) => EmbeddedExplorer;

export interface CstoTimelineOptions {
  mountExplorer: MountExplorer;
  /** Shared by every element on the page: one parsed stylesheet, adopted by each shadow root. */
  styleSheet: CSSStyleSheet;
  /** Used when the element has no `src`: the dataset beside embed.js. */
  defaultDatasetUrl: string;
}

/** Defines `<csto-timeline>` (CONTRACT.md §5); loading embed.js twice is harmless. */
export function defineCstoTimeline(options: CstoTimelineOptions, name = 'csto-timeline'): void {
  if (!customElements.get(name)) customElements.define(name, createElementClass(options));
}

function createElementClass({ mountExplorer, styleSheet, defaultDatasetUrl }: CstoTimelineOptions) {
  return class CstoTimelineElement extends HTMLElement {
    static observedAttributes = ['src', 'filter', 'event', 'height'];
    readonly #frame = document.createElement('div');
    #explorer: EmbeddedExplorer | null = null;
    #heightFromAttribute = false;

    constructor() {
      super();
      const shadow = this.attachShadow({ mode: 'open' });
      shadow.adoptedStyleSheets = [styleSheet];
      this.#frame.className = 'csto-frame';
      shadow.append(this.#frame);
    }

    connectedCallback() {
      this.#explorer ??= mountExplorer(this.#frame, {
        datasetUrl: this.#datasetUrl(),
        search: this.#search(),
      });
    }

    disconnectedCallback() {
      this.#explorer?.unmount();
      this.#explorer = null;
    }

    attributeChangedCallback(name: string, previous: string | null, next: string | null) {
      if (previous === next) return;
      if (name === 'height') this.#applyHeight();
      else if (name === 'src') this.#explorer?.showDataset(this.#datasetUrl());
      else this.#explorer?.showView(this.#search());
    }

    #search() {
      return viewSearch(this.getAttribute('filter'), this.getAttribute('event'));
    }

    #datasetUrl() {
      const src = this.getAttribute('src')?.trim();
      return src ? new URL(src, this.ownerDocument.baseURI).href : defaultDatasetUrl;
    }

    // Through CSSOM, which a strict style-src allows (a style attribute in markup it would not).
    // A height the host page set itself is left alone unless the attribute replaces it.
    #applyHeight() {
      const height = cssHeight(this.getAttribute('height'));
      if (height) this.style.height = height;
      else if (this.#heightFromAttribute) this.style.removeProperty('height');
      this.#heightFromAttribute = height !== '';
    }
  };
}
