// Application state that is not shareable: the colour theme (kept on this
// device) and transient hover. Anything a link should reopen lives in the URL.
import { create } from 'zustand';
import { parseSavedTheme, saveTheme, STORAGE_KEY, type Theme } from './saved-theme.ts';

export type { Theme };

interface UiState {
  theme: Theme;
  setTheme: (theme: Theme) => void;
  /** Region under the pointer on the map or in the table, highlighted in both. */
  hoveredRegionId: string | null;
  setHoveredRegion: (id: string | null) => void;
  /**
   * What the last "copy link" did, for a few seconds: here, not in the button, because
   * the header the button sits in is another component while the data loads than
   * after, and the word must outlive that change.
   */
  linkCopy: 'idle' | 'copied' | 'failed';
  setLinkCopy: (status: 'idle' | 'copied' | 'failed') => void;
}

function readStorage(): string | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage blocked (privacy settings): the default theme
  }
}

/**
 * The saved theme is read when the store is made, before React renders: the
 * first render (the hydration of the prerendered page included) already has the
 * theme that index.html's inline script applied, so nothing re-renders for it.
 */
export const useUiStore = create<UiState>()((set) => ({
  theme: parseSavedTheme(readStorage()),
  setTheme: (theme) => {
    set({ theme });
    try {
      localStorage.setItem(STORAGE_KEY, saveTheme(theme));
    } catch {
      // Not saved (storage full or blocked): the theme still applies now.
    }
  },
  hoveredRegionId: null,
  setHoveredRegion: (hoveredRegionId) => set({ hoveredRegionId }),
  linkCopy: 'idle',
  setLinkCopy: (linkCopy) => set({ linkCopy }),
}));

export const useTheme = () => useUiStore((s) => s.theme);
