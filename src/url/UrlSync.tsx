import { useEffect } from 'react';
import { useMarsadStoreApi } from '../store/store-context';
import { syncUrl } from './url-sync';

/** Links the address bar to the shareable state (see url-sync.ts). Renders nothing. */
export function UrlSync() {
  const store = useMarsadStoreApi();
  useEffect(() => syncUrl(store, window.location, window.history), [store]);
  return null;
}
