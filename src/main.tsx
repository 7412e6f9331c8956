import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createMarsadStore } from './store/store';
import { StoreProvider } from './store/store-context';
import { preferredLanguage } from './ui/i18n';
import { savedLanguage } from './ui/language-choice';
import { BUNDLED_LIBRARY_ENTRIES, BUNDLED_MERGED_EVENTS } from './library/bundled-articles';
import { startLibrary } from './library/first-start';
import { extractArticlesOnDemand } from './workers/extraction-on-demand';
import './styles/app.css';
import './styles/library.css';

const store = createMarsadStore();
store.getState().setLanguage(savedLanguage() ?? preferredLanguage(navigator.languages));
// The saved library is read from IndexedDB; the bundled samples, extracted when the app was built, are added on
// the very first start only. The extractor is fetched only when something is extracted (upload, re-run).
void startLibrary({
  store,
  bundled: BUNDLED_LIBRARY_ENTRIES,
  bundledMerged: BUNDLED_MERGED_EVENTS,
  extractArticles: extractArticlesOnDemand,
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
