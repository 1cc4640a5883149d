/** Narrow screens (phones, 320 px): the Suomi.fi components that have a small-screen layout use it. */
import { useSyncExternalStore } from 'react';

const QUERY = '(max-width: 600px)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

export function useSmallScreen(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(QUERY).matches);
}
