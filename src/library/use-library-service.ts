import { useEffect, useState } from 'react';
import { useMarsad } from '../store/store-context';
import { libraryService, type LibraryService } from './library-service';

/** The app's library once start-up has opened it (null before). */
export function useLibraryService(): LibraryService | null {
  const ready = useMarsad((state) => state.libraryReady);
  const [service, setService] = useState<LibraryService | null>(null);
  useEffect(() => {
    if (!ready) return;
    let live = true;
    void libraryService().then((found) => {
      if (live) setService(found);
    });
    return () => {
      live = false;
    };
  }, [ready]);
  return service;
}
