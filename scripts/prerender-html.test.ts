import { describe, expect, it } from 'vitest';
import { pageFile, spliceOverview, withData, withHead, withSiteUrl } from './prerender-html.ts';

const PAGE = `<!doctype html><html><head></head><body>
    <div id="root"><div class="app"><p class="loading">加载中…</p></div></div>
    <script>
      (function () {})();
    </script>
  </body></html>`;

describe('spliceOverview', () => {
  it('keeps the shell in a template and puts the overview in #root, the inline script after it', () => {
    const out = spliceOverview(PAGE, '<div class="app"><h1>总览</h1></div>');
    expect(out).toContain('<template id="app-shell"><div class="app"><p class="loading">加载中…</p></div></template>');
    expect(out).toContain(
      '<div id="root" data-prerendered="/"><div class="app"><h1>总览</h1></div></div>\n    <script>\n      (function () {})();',
    );
  });

  it("inserts dataset text literally: $&, $1, $`, $' and $$ are not replacement patterns", () => {
    for (const hostile of ['$&', '$1', '$`', "$'", '$$', '$<name>', '500$&亿元$1']) {
      const overview = `<div class="app"><p>${hostile}</p></div>`;
      const out = spliceOverview(PAGE, overview);
      expect(out).toContain(`<div id="root" data-prerendered="/">${overview}</div>`);
      expect(out.match(/<div id="root"/g)).toHaveLength(1);
      expect(out.match(/<template id="app-shell">/g)).toHaveLength(1);
      expect(out.endsWith('</body></html>')).toBe(true);
    }
  });

  it('refuses a page without the root it expects', () => {
    expect(() => spliceOverview('<html></html>', 'x')).toThrow(/expected <div id="root">/);
  });
});

describe('withHead', () => {
  const page = `<html><head><meta charset="UTF-8" />\n<meta name="description" content="old" />\n<title>old</title>\n</head><body><script>x()</script></body></html>`;
  it('gives the page its own title, description and Open Graph tags, the script untouched', () => {
    const out = withHead(
      page,
      { path: '/region/a', title: '甲 & "乙"', description: '<b>$&</b>', type: 'website' },
      'https://pulse.test',
    );
    expect(out).toContain('<title>甲 &amp; &quot;乙&quot;</title>');
    expect(out).toContain('<meta name="description" content="&lt;b&gt;$&amp;&lt;/b&gt;" />');
    expect(out).toContain('<meta property="og:url" content="https://pulse.test/region/a" />');
    expect(out).toContain('<meta property="og:type" content="website" />');
    expect(out).toContain('<script>x()</script>');
    expect(out.match(/<title>/g)).toHaveLength(1);
  });
  it('writes pages only under the output folder', () => {
    expect(pageFile('/region/jingmen')).toBe('region/jingmen.html');
    expect(() => pageFile('/region/../../etc')).toThrow();
  });
});

describe('withSiteUrl', () => {
  it('declares the site address in the head, escaped', () => {
    const out = withSiteUrl(PAGE, 'https://pulse.example.org/"><script>');
    expect(out).toContain(
      '<meta name="pulse-site-url" content="https://pulse.example.org/&quot;&gt;&lt;script&gt;" />',
    );
    expect(out.indexOf('pulse-site-url')).toBeLessThan(out.indexOf('</head>'));
    expect(out.match(/<script>/g)).toHaveLength(1);
  });
});

describe('withData', () => {
  it('puts the data in a JSON block before </head>, where no text in it can close the element', () => {
    const out = withData('<html><head><title>t</title></head><body></body></html>', 'd', { s: '</script><b>' });
    const json = /<script type="application\/json" id="d">([^<]*)<\/script>\s*<\/head>/.exec(out)?.[1];
    expect(json).toBeDefined();
    expect(JSON.parse(json!)).toEqual({ s: '</script><b>' });
  });
});
