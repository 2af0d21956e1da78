// Whether the window is phone-narrow, for charts that lay out differently there.
import { useSyncExternalStore } from 'react';

const NARROW = '(max-width: 600px)';

export function useNarrow(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia(NARROW);
      query.addEventListener('change', onChange);
      return () => query.removeEventListener('change', onChange);
    },
    () => window.matchMedia(NARROW).matches,
    // Prerendered as wide; a phone switches right after hydration.
    () => false,
  );
}
