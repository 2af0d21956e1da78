// A small static server for the benchmark: serves a build gzip-compressed, as a
// real deployment would (vite preview does not compress), with the SPA fallback.
// Every file is compressed once, at start, like a deployment's precompressed
// assets: compressing on each request would take CPU from the page being measured.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

interface File {
  type: string;
  raw: Buffer;
  gzip?: Buffer;
  hashed: boolean;
}

function readTree(root: string): Map<string, File> {
  const files = new Map<string, File>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const type = TYPES[extname(path)] ?? 'application/octet-stream';
        const raw = readFileSync(path);
        const url = `/${relative(root, path).split('\\').join('/')}`;
        files.set(url, {
          type,
          raw,
          gzip: type.startsWith('image/') ? undefined : gzipSync(raw),
          hashed: /^\/(assets|data)\//.test(url),
        });
      }
    }
  };
  walk(root);
  return files;
}

export function serveStatic(root: string, port: number): Promise<Server> {
  const files = readTree(root);
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    // As `vite preview` and the documented hosts do: an address's own page when the build wrote one, else the app.
    const file = files.get(path) ?? files.get(`${path}.html`) ?? files.get('/index.html')!;
    res.setHeader('Content-Type', file.type);
    res.setHeader('Cache-Control', file.hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    if (file.gzip && /gzip/.test(String(req.headers['accept-encoding'] ?? ''))) {
      res.setHeader('Content-Encoding', 'gzip');
      res.end(file.gzip);
    } else res.end(file.raw);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
