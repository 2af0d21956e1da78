import { describe, expect, it } from 'vitest';
import {
  caddyConfig,
  deployFile,
  headersFile,
  headersFor,
  hostRules,
  nginxConfig,
  parseHeadersFile,
  redirectsFile,
} from './host-config.ts';
import { contentSecurityPolicy, securityHeaders } from './security.ts';

const policy = contentSecurityPolicy(["'sha256-AbCdEf0123456789+/abcdefghijklmnopqrstuvwxy='"]);
const lower = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));

describe('_headers', () => {
  const rules = parseHeadersFile(headersFile(policy));

  it('reads back as the rules it was written from', () => {
    expect(rules).toEqual(hostRules(policy));
  });

  it('gives a page, a deep link and a file the security headers of the preview server, frames refused', () => {
    for (const path of [
      '/',
      '/region/some-place',
      '/article/x-2022-page-01',
      '/assets/index-abc.js',
      '/data/index-0123456789.json',
      '/no/such/page',
    ]) {
      const sent = headersFor(rules, path);
      expect(sent, path).toMatchObject(lower(securityHeaders(policy)));
      expect(sent['content-security-policy'], path).toBe(`${policy}; frame-ancestors 'none'`);
    }
  });

  it('lets any site frame an embed: one policy (never two joined), ending frame-ancestors *, and no X-Frame-Options', () => {
    for (const path of ['/embed/story/a-story', '/embed/region/a-place']) {
      const sent = headersFor(rules, path);
      expect(sent, path).toEqual(lower(securityHeaders(policy, { embed: true })));
      expect(sent['content-security-policy']).toBe(`${policy}; frame-ancestors *`);
      expect(sent['x-frame-options']).toBeUndefined();
    }
  });

  it('asks for the entry points each time, and keeps hashed files forever', () => {
    for (const path of ['/', '/index.html', '/sw.js'])
      expect(headersFor(rules, path)['cache-control'], path).toBe('no-cache');
    for (const path of ['/assets/chart-abc.js', '/data/article-x-0123456789.json'])
      expect(headersFor(rules, path)['cache-control'], path).toContain('immutable');
    expect(headersFor(rules, '/region/some-place')['cache-control']).toBeUndefined();
  });

  it('refuses a line a host would refuse, and a file it cannot read', () => {
    expect(() =>
      headersFile(
        contentSecurityPolicy(Array.from({ length: 40 }, (_, n) => `'sha256-${String(n).padStart(44, 'x')}'`)),
      ),
    ).toThrow(/2000/);
    expect(() => parseHeadersFile('  X-Orphan: 1\n')).toThrow(/line 1/);
    expect(() => parseHeadersFile('/*\n  no colon here\n')).toThrow(/line 2/);
  });
});

describe('nginx and Caddy', () => {
  it('carry the same policy, frame rules and file handling', () => {
    for (const config of [nginxConfig(policy), caddyConfig(policy)]) {
      expect(config).toContain(policy);
      expect(config).toContain('nosniff');
      expect(config).toContain('strict-origin-when-cross-origin');
      expect(config).toMatch(/\/embed\//);
      expect(config).toContain('immutable');
    }
    expect(nginxConfig(policy)).toContain('try_files $uri =404;');
    expect(nginxConfig(policy)).toContain(`"${policy}; frame-ancestors $pulse_frame_ancestors"`);
    expect(caddyConfig(policy)).toContain(`Content-Security-Policy "${policy}; frame-ancestors *"`);
    expect(caddyConfig(policy)).toContain(`Content-Security-Policy "${policy}; frame-ancestors 'none'"`);
  });

  it('_redirects gives the embeds the app', () => {
    expect(redirectsFile()).toMatch(/^\/embed\/\*\s+\/index\.html\s+200$/m);
  });
});

describe('deploy.json', () => {
  it('names the build by its entry script and its data index, from the root', () => {
    const files = [
      { fileName: 'assets/overview-1.js', isEntry: false },
      { fileName: 'assets/index-abc.js', isEntry: true },
      { fileName: 'data/article-x-1.json', isEntry: false },
      { fileName: 'data/index-def.json', isEntry: false },
    ];
    expect(JSON.parse(deployFile(files))).toEqual({ entry: '/assets/index-abc.js', index: '/data/index-def.json' });
  });

  it('refuses a build without an entry or an index, saying which', () => {
    expect(() => deployFile([{ fileName: 'data/index-def.json', isEntry: false }])).toThrow(/no entry/);
    expect(() => deployFile([{ fileName: 'assets/index-abc.js', isEntry: true }])).toThrow(/no index/);
  });
});
