// The content security policy and the security headers, in one place: the
// build writes the policy into every HTML page as a meta tag (with the hash of
// index.html's inline script, computed from the built file), and the preview
// server (`npm start`, the e2e server) sends it as a header with the others.
// docs/failure-and-security.md, "Security headers", lists the same headers for a static host.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** sha256 source expressions of every inline <script> (one without src) in an HTML page. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(match[1]!)) continue;
    hashes.push(`'sha256-${createHash('sha256').update(match[2]!, 'utf8').digest('base64')}'`);
  }
  return hashes;
}

/**
 * The policy: everything from the site itself; scripts only from the site or the
 * hashed inline script (no eval); no plugins; no <base> elsewhere. Styles allow
 * inline attributes (the prerendered boxes' heights, ECharts' tooltips).
 * `frame-ancestors` cannot be set by a meta tag: it is a header only.
 */
export function contentSecurityPolicy(scriptHashes: string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Addresses made to be framed by other sites: the embeds (`/embed/...`). */
export const EMBED_PATH = /^\/embed\//;

/**
 * What a static host should send with every answer (docs/failure-and-security.md, "Security headers").
 * No page may be framed, except the embeds, which any site may frame.
 */
export function securityHeaders(policy: string, { embed = false }: { embed?: boolean } = {}): Record<string, string> {
  return {
    'Content-Security-Policy': `${policy}; frame-ancestors ${embed ? '*' : "'none'"}`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    ...(embed ? {} : { 'X-Frame-Options': 'DENY' }),
  };
}

/** Inserts the policy at the top of <head> (after the charset), before any script. */
export function withPolicyMeta(html: string): string {
  if (html.includes('http-equiv="Content-Security-Policy"')) return html;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(inlineScriptHashes(html))}" />`;
  const anchor = /<meta charset[^>]*>/i.exec(html) ?? /<head[^>]*>/i.exec(html);
  if (!anchor) throw new Error('security: an HTML page without <head>');
  const end = anchor.index + anchor[0].length;
  return `${html.slice(0, end)}\n    ${meta}${html.slice(end)}`;
}

/** The policy a built page carries (its meta tag), for the server to send as a header. */
export function policyOf(html: string): string | undefined {
  return html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1];
}

/**
 * A request for a file, not a page: under /assets/ or /data/, or with a file
 * type the site serves. Answered 404 when missing; any other address is a deep
 * link and gets the app (an id may hold a dot).
 */
export const ASSET_PATH =
  /^\/(assets|data)\/|\.(js|mjs|css|json|map|png|jpe?g|gif|svg|ico|webp|woff2?|txt|xml|webmanifest)$/i;
export const isAssetPath = (path: string) => ASSET_PATH.test(path);

/** Build only: the dev server injects inline scripts of its own (React refresh). */
export function cspMeta(): Plugin {
  return {
    name: 'pulse:csp-meta',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: (html) => withPolicyMeta(html) },
  };
}

/**
 * `vite preview` as a static host should be: the security headers on every
 * answer, and a missing file (a path with an extension, e.g. an old
 * `/assets/*.js`) answered 404, never the app's HTML. Addresses without an
 * extension still get the app (deep links).
 */
export function securePreview(): Plugin {
  return {
    name: 'pulse:secure-preview',
    configurePreviewServer(server) {
      const outDir = server.config.build.outDir;
      const root = resolve(server.config.root, outDir);
      // Read from the built page (again after a rebuild), so header and meta never disagree.
      let cached: { mtime: number; policy: string } | undefined;
      const current = () => {
        const page = join(root, 'index.html');
        const mtime = statSync(page).mtimeMs;
        if (cached?.mtime !== mtime) {
          const policy = policyOf(readFileSync(page, 'utf8'));
          if (!policy) throw new Error(`security: ${outDir}/index.html carries no Content-Security-Policy`);
          cached = { mtime, policy };
        }
        return cached.policy;
      };
      server.middlewares.use((req, res, next) => {
        let path: string;
        try {
          path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
        } catch {
          for (const [name, value] of Object.entries(securityHeaders(current()))) res.setHeader(name, value);
          res.statusCode = 400;
          res.end('Bad request');
          return;
        }
        for (const [name, value] of Object.entries(securityHeaders(current(), { embed: EMBED_PATH.test(path) })))
          res.setHeader(name, value);
        if (path === '/sw.js') res.setHeader('Cache-Control', 'no-cache');
        if (isAssetPath(path)) {
          const file = join(root, normalize(path));
          if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
            res.statusCode = 404;
            res.setHeader('Content-Type', 'text/plain; charset=utf-8');
            res.end('Not found');
            return;
          }
        }
        next();
      });
    },
  };
}
