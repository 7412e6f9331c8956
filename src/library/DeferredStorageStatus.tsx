import { lazy, Suspense } from 'react';
import { useFirstViewSettled } from '../pwa/use-first-view-settled';

const StorageStatus = lazy(() =>
  import('./StorageStatus').then((module) => ({ default: module.StorageStatus })),
);

/**
 * The storage status under the library list, fetched once the first view has settled: it asks the browser
 * about storage and has nothing to show before the library is read, so it stays out of the first map's scripts.
 */
export function DeferredStorageStatus() {
  const settled = useFirstViewSettled();
  if (!settled) return null;
  return (
    <Suspense fallback={null}>
      <StorageStatus />
    </Suspense>
  );
}
