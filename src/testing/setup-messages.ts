// Tests render in both languages: English is registered up front, as in the
// build-time prerender (the browser loads it on demand, src/i18n/load-messages.ts).
import { en } from '../i18n/messages-en.ts';
import { registerMessages } from '../i18n/messages.ts';

registerMessages('en', en);
