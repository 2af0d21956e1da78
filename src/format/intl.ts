// Cached Intl objects: building a NumberFormat or PluralRules is costly, so each
// option set gets one, made on first use and reused by every call after.
import type { Lang } from '../domain/view.ts';

export const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRulesCache = new Map<string, Intl.PluralRules>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function cached<T>(cache: Map<string, T>, lang: Lang, options: object, make: () => T): T {
  const key = `${lang}|${JSON.stringify(options)}`;
  let found = cache.get(key);
  if (!found) cache.set(key, (found = make()));
  return found;
}

export function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(numberFormats, lang, options, () => new Intl.NumberFormat(LOCALE[lang], options));
}

export function pluralRules(lang: Lang, type: Intl.PluralRuleType = 'cardinal'): Intl.PluralRules {
  return cached(pluralRulesCache, lang, { type }, () => new Intl.PluralRules(LOCALE[lang], { type }));
}

export function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(dateFormats, lang, options, () => new Intl.DateTimeFormat(LOCALE[lang], options));
}
