// The saved preference, parsed strictly: anything but a known theme is the
// default. index.html's inline script applies the same rule before any module
// runs (it cannot import this file; the e2e storage test holds the two together).
export type Theme = 'light' | 'dark';

export const STORAGE_KEY = 'regional-pulse-ui';

/** `{"state":{"theme":"dark"}}` is dark; anything else, malformed included, is light. */
export function parseSavedTheme(text: string | null): Theme {
  if (!text) return 'light';
  try {
    const saved: unknown = JSON.parse(text);
    const state = typeof saved === 'object' && saved !== null ? (saved as { state?: unknown }).state : undefined;
    const theme = typeof state === 'object' && state !== null ? (state as { theme?: unknown }).theme : undefined;
    return theme === 'dark' ? 'dark' : 'light';
  } catch {
    return 'light';
  }
}

export function saveTheme(theme: Theme): string {
  return JSON.stringify({ state: { theme } });
}
