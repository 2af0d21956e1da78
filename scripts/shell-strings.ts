// The app shell index.html paints before any script (and its English variant,
// set by the inline script for ?lang=en) says what src/i18n/messages.ts says:
// index.html names messages as %SHELL:<key>:<lang>%, filled in here at build
// and in dev, before the CSP plugin hashes the inline script. One source for
// the shell's strings.
import type { Plugin } from 'vite';
import { en } from '../src/i18n/messages-en.ts';
import { registerMessages, t, type MessageKey } from '../src/i18n/messages.ts';
import type { Lang } from '../src/domain/view.ts';

// The shell is written in both languages (the app loads English only for an English view).
registerMessages('en', en);

const PLACEHOLDER = /%SHELL:([a-zA-Z]+):(zh|en)%/g;

/** index.html with every placeholder filled; an unknown key stops the build. */
export function fillShellStrings(html: string): string {
  return html.replace(PLACEHOLDER, (_, key: string, lang: Lang) => {
    let text = '';
    try {
      text = t(lang, key as MessageKey);
    } catch {
      // An unknown key: said below.
    }
    if (!text) throw new Error(`index.html: no message "${key}" in src/i18n/messages.ts`);
    // Into HTML text, attributes and a JS string literal alike: nothing that could end any of them.
    return text.replace(/[&<>"'\\]/g, (c) => `&#${c.charCodeAt(0)};`);
  });
}

export function shellStrings(): Plugin {
  return { name: 'pulse-shell-strings', transformIndexHtml: { order: 'pre', handler: fillShellStrings } };
}
