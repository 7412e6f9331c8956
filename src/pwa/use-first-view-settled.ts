import { useEffect, useState } from 'react';
import { useMarsad } from '../store/store-context';

/** An idle period this long means no frame is pending: the map has drawn and stopped. */
const QUIET_MS = 40;
/**
 * Longest wait for such a moment once the page has loaded. Generous: installing the offline copy fetches every
 * script of the app, which must not race the first map on a slow or busy machine, and nothing is urgent here.
 */
const LONGEST_WAIT_MS = 20_000;

/**
 * True once the library is ready, the page has loaded and gone quiet (an idle period of at least QUIET_MS,
 * which does not come while the map is still loading and drawing), or LONGEST_WAIT_MS after that. The same
 * rule as the deferred panels (DeferredPanels.tsx), so that installing the offline copy does not compete with
 * the first map for the network and the main thread.
 */
export function useFirstViewSettled(): boolean {
  const ready = useMarsad((state) => state.libraryReady);
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (!ready || settled) return;
    let handle = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const waitForQuiet = () => {
      if (typeof requestIdleCallback !== 'function') {
        timer = setTimeout(() => setSettled(true), 0);
        return;
      }
      const giveUpAt = performance.now() + LONGEST_WAIT_MS;
      const check = (deadline: IdleDeadline) => {
        const left = giveUpAt - performance.now();
        if (deadline.timeRemaining() >= QUIET_MS || deadline.didTimeout || left <= 0) setSettled(true);
        else handle = requestIdleCallback(check, { timeout: left });
      };
      handle = requestIdleCallback(check, { timeout: LONGEST_WAIT_MS });
    };
    if (document.readyState === 'complete') waitForQuiet();
    else window.addEventListener('load', waitForQuiet, { once: true });
    return () => {
      window.removeEventListener('load', waitForQuiet);
      if (handle !== 0) cancelIdleCallback(handle);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [ready, settled]);
  return settled;
}
