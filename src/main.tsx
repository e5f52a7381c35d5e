import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ExplorerRoot } from './app/ExplorerRoot';
import { createUrlViewStore } from './app/viewStore';
import './index.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html needs a #root element');

createRoot(container).render(
  <StrictMode>
    <ExplorerRoot
      store={createUrlViewStore(window)}
      datasetUrl={new URL('data/events.json', document.baseURI).href}
      host="page"
    />
  </StrictMode>,
);
