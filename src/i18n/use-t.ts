import { useCallback } from 'react';
import type { Lang } from '../url/view-state.ts';
import { t, type MessageKey } from './messages.ts';

export function useT(lang: Lang) {
  return useCallback((key: MessageKey, vars?: Record<string, string | number>) => t(lang, key, vars), [lang]);
}
