import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createMarsadStore } from './store/store';
import { StoreProvider } from './store/store-context';
import { preferredLanguage } from './ui/i18n';
import { BUNDLED_ARTICLES } from './library/bundled-articles';
import './styles/app.css';

const store = createMarsadStore();
store.getState().setLanguage(preferredLanguage(navigator.languages));
store.getState().upsertArticles(
  BUNDLED_ARTICLES.map((article) => ({
    article,
    status: { eventCount: 0, summaries: [], diagnostics: [], bundled: true, addedAt: 0 },
  })),
);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
