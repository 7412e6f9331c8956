/** What one tab tells the others after it has written to the shared database. */
export type LibraryMessage =
  | { type: 'articles-saved'; ids: string[] }
  | { type: 'articles-removed'; ids: string[] }
  | { type: 'corrections-changed' };

export interface LibraryChannel {
  post: (message: LibraryMessage) => void;
  /** Calls `listener` for every message from another tab; returns the unsubscribe function. */
  subscribe: (listener: (message: LibraryMessage) => void) => () => void;
  close: () => void;
}

export const LIBRARY_CHANNEL_NAME = 'marsad-library';

/** A BroadcastChannel between the tabs of one browser profile, or null where the browser has none. */
export function openLibraryChannel(name = LIBRARY_CHANNEL_NAME): LibraryChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(name);
  return {
    post: (message) => channel.postMessage(message),
    subscribe: (listener) => {
      const handler = (event: MessageEvent<LibraryMessage>) => listener(event.data);
      channel.addEventListener('message', handler);
      return () => channel.removeEventListener('message', handler);
    },
    close: () => channel.close(),
  };
}
