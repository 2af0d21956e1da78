// Clickjacking, where a host sends no framing headers (docs/failure-and-security.md):
// a page that is not an embed refuses to run inside another site's frame. The
// inline script in index.html blanks it before the first paint; main.tsx then
// starts nothing. Embeds (`/embed/…`) are made to be framed.
import type { Lang } from '../domain/view.ts';
import { t } from '../i18n/messages.ts';

/** The embeds' addresses (scripts/security.ts, EMBED_PATH: the headers' rule). */
const EMBED_PATH = /^\/embed\//;

/** True when this page is framed and is not an embed. */
export function refusesFrame(win: { top: unknown; self: unknown; location: { pathname: string } }): boolean {
  return win.top !== win.self && !EMBED_PATH.test(win.location.pathname);
}

/** What stands in the page's place: a link that opens it on its own (index.html has put it there already, unless it could not run). */
export function showFrameRefusal(root: HTMLElement, lang: Lang): void {
  if (root.querySelector('.framed-refusal')) return;
  const refusal = document.createElement('p');
  refusal.className = 'framed-refusal';
  const open = document.createElement('a');
  open.href = window.location.href;
  open.target = '_blank';
  open.rel = 'noopener';
  open.textContent = t(lang, 'framedRefusal');
  refusal.append(open);
  root.removeAttribute('data-prerendered');
  root.replaceChildren(refusal);
}
