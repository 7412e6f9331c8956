import { useEffect } from 'react';
import { MapView } from './map/MapView';
import { Timeline } from './timeline/Timeline';
import { EventList } from './events/EventList';
import { EventFilters } from './events/EventFilters';
import { Reader } from './events/Reader';
import { UrlSync } from './url/UrlSync';
import { ArticleList } from './library/ArticleList';
import { Header } from './ui/Header';
import { Notices } from './ui/Notices';
import { UploadCenter } from './upload/UploadCenter';
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
      <UrlSync />
      <Header />
      <Notices />
      <main className="workspace">
        <aside className="sidebar">
          <UploadCenter />
          <ArticleList />
          <EventFilters />
        </aside>
        <div className="map-area">
          <MapView />
        </div>
        <Timeline />
        <aside className="evidence-column">
          <EventList />
          <Reader />
        </aside>
      </main>
    </div>
  );
}
