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
import { ServiceWorkerNotice } from './pwa/ServiceWorkerNotice';
import { UploadCenter } from './upload/UploadCenter';
import { PanelBoundary } from './ui/PanelBoundary';
import { DeferredCorrectionPanel, DeferredWorkspaceMenu } from './DeferredPanels';
import { useMarsad } from './store/store-context';

/**
 * The page layout: header, library, map. Each panel owns its own state access. The workspace menu and the
 * correction panel are loaded after the first view (DeferredPanels.tsx).
 */
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
      <PanelBoundary name="workspace">
        <DeferredWorkspaceMenu />
      </PanelBoundary>
      <Notices />
      <ServiceWorkerNotice />
      <main className="workspace">
        <aside className="sidebar">
          <PanelBoundary name="upload">
            <UploadCenter />
          </PanelBoundary>
          <PanelBoundary name="library">
            <ArticleList />
          </PanelBoundary>
          <PanelBoundary name="filters">
            <EventFilters />
          </PanelBoundary>
        </aside>
        <div className="map-area">
          <PanelBoundary name="map">
            <MapView />
          </PanelBoundary>
        </div>
        <PanelBoundary name="timeline">
          <Timeline />
        </PanelBoundary>
        <aside className="evidence-column">
          <PanelBoundary name="events">
            <EventList />
          </PanelBoundary>
          <PanelBoundary name="corrections">
            <DeferredCorrectionPanel />
          </PanelBoundary>
          <PanelBoundary name="reader">
            <Reader />
          </PanelBoundary>
        </aside>
      </main>
    </div>
  );
}
