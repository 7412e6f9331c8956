import { useEffect, useSyncExternalStore } from 'react';
import './service-worker-notice.css';
import { useText } from '../ui/i18n';
import { createUpdateChannel } from './update-channel';
import { updateNoticeContent } from './update-notice';
import { useFirstViewSettled } from './use-first-view-settled';

const channel = createUpdateChannel(() => window.location.reload());
let registration: Promise<void> | null = null;

/**
 * Installs the offline copy of the app (production builds only, once the first view has settled) and tells the
 * user about it: that the app now works offline, and that a new version is ready, with a button to reload into
 * it. Nothing is swapped before the user clicks.
 */
export function ServiceWorkerNotice() {
  const text = useText();
  const settled = useFirstViewSettled();
  const phase = useSyncExternalStore(channel.subscribe, channel.phase);

  useEffect(() => {
    if (!settled || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    registration ??= import('./register-service-worker').then((module) =>
      module.registerServiceWorker(channel),
    );
  }, [settled]);

  const content = updateNoticeContent(phase);
  if (!content) return null;
  return (
    <div className="notices" role="status" aria-live="polite">
      <div className={`notice notice-${content.level} service-worker-notice`}>
        <span dir="auto">{text(content.message)}</span>
        <span className="service-worker-notice-actions">
          {content.action && (
            <button
              type="button"
              className="service-worker-reload"
              onClick={() => channel.signal('reload-clicked')}
            >
              {text(content.action)}
            </button>
          )}
          {phase !== 'reloading' && (
            <button type="button" onClick={() => channel.signal('dismissed')} aria-label={text('dismiss')}>
              ×
            </button>
          )}
        </span>
      </div>
    </div>
  );
}
