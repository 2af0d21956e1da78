// Plurals for UI strings: "1 indicator", "2 indicators", never "1 indicators".
// Intl.PluralRules picks the form (Chinese has one form, `other`, for every n).
import type { Lang } from '../domain/view.ts';
import { pluralRules } from './intl.ts';
import { formatNumber } from './number.ts';

/** A string per plural category; `{n}` stands for the number. `other` is required: it is every language's fallback. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * plural(1, 'en', { one: '{n} indicator', other: '{n} indicators' }) → "1 indicator";
 * plural(92, 'zh', { other: '{n} 项指标' }) → "92 项指标".
 */
export function plural(n: number, lang: Lang, forms: PluralForms): string {
  const form = forms[pluralRules(lang).select(n)] ?? forms.other;
  return form.replaceAll('{n}', formatNumber(n, lang));
}
