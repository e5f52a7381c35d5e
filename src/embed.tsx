// dist/embed.js: defines <csto-timeline> for other sites (CONTRACT.md §5). URLs are resolved at
// run time against this module (not bundled as assets: hence @vite-ignore), so the element finds
// the dataset and the full explorer beside embed.js wherever the build is hosted.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ExplorerRoot } from './app/ExplorerRoot';
import { createMemoryViewStore } from './app/viewStore';
import { defineCstoTimeline, shadowSafeCss, type MountExplorer } from './features/embed';
import elementCss from './features/embed/element.css?inline';
import appCss from './index.css?inline';

const fullExplorerUrl = new URL(/* @vite-ignore */ 'index.html', import.meta.url).href;

const mountExplorer: MountExplorer = (container, { datasetUrl, search }) => {
  const store = createMemoryViewStore(search);
  const root = createRoot(container);
  const render = (url: string) =>
    root.render(
      <StrictMode>
        <ExplorerRoot store={store} datasetUrl={url} host="element" fullExplorerUrl={fullExplorerUrl} />
      </StrictMode>,
    );
  render(datasetUrl);
  return {
    showView: (next) => store.navigate(next, 'replace'),
    showDataset: render,
    unmount: () => root.unmount(),
  };
};

const styleSheet = new CSSStyleSheet();
styleSheet.replaceSync(shadowSafeCss(`${appCss}\n${elementCss}`));

defineCstoTimeline({
  mountExplorer,
  styleSheet,
  defaultDatasetUrl: new URL(/* @vite-ignore */ 'data/events.json', import.meta.url).href,
});
