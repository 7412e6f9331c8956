import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
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
import { useMarsad, useMarsadStoreApi } from './store/store-context';
import { useText, type MessageKey } from './ui/i18n';

/** On a phone one view fills the screen below the header: the map (first), or a sheet over it. */
type View = 'map' | 'events' | 'reader' | 'filters' | 'library';

const VIEWS: readonly (readonly [View, MessageKey])[] = [
  ['map', 'map'],
  ['events', 'events'],
  ['reader', 'reader'],
  ['filters', 'filters'],
  ['library', 'library'],
];

/** The width below which the phone layout applies (the same as the media query in app.css). */
const PHONE = '(max-width: 700px)';

function isPhone(): boolean {
  return typeof matchMedia === 'function' && matchMedia(PHONE).matches;
}

/** Where each skip link and each view puts the keyboard focus. */
const FOCUS_TARGETS: Record<'map' | 'events' | 'reader', readonly string[]> = {
  map: ['.maplibregl-canvas', '.map-frame'],
  events: ['.event-list button[tabindex="0"]', '#marsad-events'],
  reader: ['.reader-text', '#marsad-reader'],
};

/**
 * Focuses a view's first target; a list just brought on screen renders its rows a frame or two later, so
 * until then its panel holds the focus and the row takes it once it is there.
 */
function focusView(view: keyof typeof FOCUS_TARGETS, frames = 10): void {
  const [wanted, ...fallbacks] = FOCUS_TARGETS[view];
  const target = wanted ? document.querySelector<HTMLElement>(wanted) : null;
  if (target) {
    target.focus();
    return;
  }
  if (frames === 10) {
    for (const selector of fallbacks) {
      const element = document.querySelector<HTMLElement>(selector);
      if (element) {
        element.focus();
        break;
      }
    }
  }
  if (frames > 0) requestAnimationFrame(() => focusView(view, frames - 1));
}

/**
 * The page layout: header, library, map, timeline, events and reader. Each panel owns its own state access.
 * The workspace menu and the correction panel are loaded after the first view (DeferredPanels.tsx). The CSS
 * lays the same panels out for a desktop, a laptop and a phone; on a phone `data-view` says which one shows.
 */
export function App() {
  const text = useText();
  const store = useMarsadStoreApi();
  const language = useMarsad((state) => state.language);
  const [view, setView] = useState<View>('map');

  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = language === 'ar' ? 'rtl' : 'ltr';
  }, [language]);

  // On a phone, choosing an event in the list, opening an article or correcting an event opens the reader.
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        const chosen =
          (state.selectedEventId !== previous.selectedEventId &&
            state.selectedEventId !== null &&
            state.selectionOrigin === 'list') ||
          (state.openArticleId !== previous.openArticleId && state.openArticleId !== null) ||
          (state.editingEventId !== previous.editingEventId && state.editingEventId !== null);
        if (!chosen || !isPhone()) return;
        const hadFocus = document.activeElement?.closest('.events-panel, .library');
        flushSync(() => setView('reader'));
        if (hadFocus) focusView('reader');
      }),
    [store],
  );

  const skip = (target: keyof typeof FOCUS_TARGETS) => (event: { preventDefault: () => void }) => {
    event.preventDefault();
    flushSync(() => setView(target));
    focusView(target);
  };

  return (
    <div className="app" data-view={view}>
      <nav className="skip-links" aria-label={text('skipLinks')}>
        <a href="#marsad-map" onClick={skip('map')}>
          {text('skipToMap')}
        </a>
        <a href="#marsad-events" onClick={skip('events')}>
          {text('skipToList')}
        </a>
        <a href="#marsad-reader" onClick={skip('reader')}>
          {text('skipToReader')}
        </a>
      </nav>
      <UrlSync />
      <div className="topbar">
        <Header />
        <PanelBoundary name="workspace">
          <DeferredWorkspaceMenu />
        </PanelBoundary>
      </div>
      <Notices />
      <ServiceWorkerNotice />
      <main className="workspace">
        <aside className="sidebar" aria-label={text('sidebarPanels')}>
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
        <div className="map-area" id="marsad-map">
          <PanelBoundary name="map">
            <MapView />
          </PanelBoundary>
        </div>
        <PanelBoundary name="timeline">
          <Timeline />
        </PanelBoundary>
        <aside className="evidence-column" aria-label={text('evidencePanels')}>
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
      <nav className="view-tabs" aria-label={text('views')}>
        {VIEWS.map(([name, label]) => (
          <button key={name} type="button" aria-pressed={view === name} onClick={() => setView(name)}>
            {text(label)}
          </button>
        ))}
      </nav>
    </div>
  );
}
