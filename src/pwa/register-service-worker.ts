/**
 * Registers the service worker that vite-plugin-pwa (Workbox) generates at build time, in prompt mode: a new
 * version is installed in the background and waits; it takes over only when the user clicks Reload. Loaded
 * lazily, once the first view has settled, and only in production builds (see ServiceWorkerNotice.tsx).
 */
import { registerSW } from 'virtual:pwa-register';
import type { UpdateChannel } from './update-channel';

export function registerServiceWorker(channel: UpdateChannel): void {
  const updateServiceWorker = registerSW({
    immediate: true,
    onNeedRefresh: () => channel.signal('need-refresh'),
    // Called when the new version took control of this page, whichever tab asked for it: the channel reloads
    // only if this page's user asked, and otherwise says the page runs an old version.
    onNeedReload: () => channel.signal('took-over'),
    onRegisterError: (error: unknown) => {
      // The app works on without it (online only); nothing for the user to do.
      console.warn('Marsad could not install its offline copy', error);
    },
  });
  channel.setActivateWaiting(() => void updateServiceWorker(false));
}
