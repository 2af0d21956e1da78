import { describe, expect, it } from 'vitest';
import { cssString, printAddress, printOrigin } from './print-marks.ts';

describe('cssString', () => {
  it('quotes text so that no value can end the string or the declaration', () => {
    expect(cssString('https://a.example/region/x?q=1')).toBe('"https://a.example/region/x?q=1"');
    expect(cssString('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(cssString('one\ntwo\u0000three')).toBe('"one two three"');
  });
});

describe('printOrigin', () => {
  it('is the declared site’s origin when it is an http(s) address', () => {
    expect(printOrigin('https://pulse.example.org/some/path/', 'http://localhost:4173')).toBe(
      'https://pulse.example.org',
    );
    expect(printOrigin('http://10.0.0.1:8080', 'http://localhost:4173')).toBe('http://10.0.0.1:8080');
  });

  it('is the page’s own origin when nothing, or nothing valid, was declared', () => {
    for (const declared of [undefined, null, '', 'not a url', 'javascript:alert(1)', 'file:///etc/passwd']) {
      expect(printOrigin(declared, 'http://localhost:4601')).toBe('http://localhost:4601');
    }
  });
});

describe('printAddress', () => {
  it('keeps the view’s path and state', () => {
    expect(printAddress('https://p.example', '/region/x', '?lang=en&sectors=a')).toBe(
      'https://p.example/region/x?lang=en&sectors=a',
    );
    expect(printAddress('https://p.example', '/', '')).toBe('https://p.example/');
  });
});
