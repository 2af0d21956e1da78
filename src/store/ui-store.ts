// Application state that is not shareable: UI preferences (persisted on this
// device) and transient hover. Anything a link should reopen lives in the URL.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export type Theme = 'light' | 'dark';

interface UiState {
  theme: Theme;
  setTheme: (theme: Theme) => void;
  /** Region under the pointer on the map or in the table, highlighted in both. */
  hoveredRegionId: string | null;
  setHoveredRegion: (id: string | null) => void;
}

export const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      theme: 'light',
      setTheme: (theme) => set({ theme }),
      hoveredRegionId: null,
      setHoveredRegion: (hoveredRegionId) => set({ hoveredRegionId }),
    }),
    { name: 'regional-pulse-ui', partialize: (state) => ({ theme: state.theme }) },
  ),
);
