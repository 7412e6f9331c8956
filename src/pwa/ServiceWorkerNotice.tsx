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
 * user when a new version is ready, with a button to reload into it. Nothing is swapped before the user clicks.
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
    // Not among the app's .notices: those are the messages of the user's own actions (uploads, storage).
    <div className="update-notices" role="status" aria-live="polite">
      <div className={`update-notice update-notice-${content.level}`}>
        <span dir="auto">{text(content.message)}</span>
        <span className="update-notice-actions">
          {content.action && (
            <button
              type="button"
              className="update-notice-reload"
              onClick={() => channel.signal('reload-clicked')}
            >
              {text(content.action)}
            </button>
          )}
          {phase !== 'reloading' && (
            <button
              type="button"
              className="update-notice-dismiss"
              onClick={() => channel.signal('dismissed')}
              aria-label={text('dismiss')}
            >
              ×
            </button>
          )}
        </span>
      </div>
    </div>
  );
}
