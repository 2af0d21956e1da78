import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { t } from '../src/i18n/messages.ts';
import { fillShellStrings } from './shell-strings.ts';

describe('the app shell’s strings come from messages.ts', () => {
  it('fills every placeholder of index.html, in both languages, and leaves none', () => {
    const html = fillShellStrings(readFileSync('index.html', 'utf8'));
    expect(html).not.toMatch(/%SHELL:/);
    for (const lang of ['zh', 'en'] as const) {
      expect(html).toContain(t(lang, 'appName'));
      expect(html).toContain(t(lang, 'loading'));
    }
  });

  it('escapes what could end HTML text, an attribute or a script string', () => {
    expect(fillShellStrings("'%SHELL:appName:en%'")).toBe("'Regional Pulse'");
    expect(() => fillShellStrings('%SHELL:noSuchKey:zh%')).toThrow(/noSuchKey/);
  });
});
