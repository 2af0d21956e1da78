// A language's UI strings, loaded when a view in it is first shown. Its own module:
// messages.ts stays free of the loading layer, for the build scripts that read it in Node.
import type { Lang } from '../domain/view.ts';
import { CODE_BOUNDS, load, peekLoad, primeLoad, type Load } from '../lib/load.ts';
import { messagesIn, registerMessages } from './messages.ts';

/**
 * `lang`'s strings, loaded through the loading layer as code is (one patient
 * attempt; a failure keeps the view in Chinese, the language always in, rather
 * than a page of keys). The router waits for it before it shows a view in that
 * language (src/app/browser-router.tsx), and main.tsx before the first render.
 */
export function loadMessages(lang: Lang): Load<void> {
  const key = `code:messages:${lang}`;
  // Chinese is in the entry, and a registered language has nothing to fetch: a load
  // already settled, so nothing waits on it (not even a microtask before the first render).
  if ((lang === 'zh' || messagesIn(lang)) && !peekLoad(key)) primeLoad<void>(key, undefined);
  return load(
    key,
    async () => {
      const { en } = await import('./messages-en.ts');
      registerMessages('en', en);
    },
    CODE_BOUNDS,
  );
}
