import { useEffect } from 'react';
import { MapView } from './map/MapView';
import { ArticleList } from './library/ArticleList';
import { Header } from './ui/Header';
import { Notices } from './ui/Notices';
import { useMarsad } from './store/store-context';

/** The page layout: header, library, map. Each panel owns its own state access. */
export function App() {
  const language = useMarsad((state) => state.language);

  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = language === 'ar' ? 'rtl' : 'ltr';
  }, [language]);

  return (
    <div className="app">
      <Header />
      <Notices />
      <main className="workspace">
        <aside className="sidebar">
          <ArticleList />
        </aside>
        <div className="map-area">
          <MapView />
        </div>
      </main>
    </div>
  );
}
