// A static host for a built folder, as hosts other than `vite preview` serve it,
// for the tests that need one of their own (a port of their own, a folder that
// can change under it, a file held back):
// - 'headers': a host that reads the files the build writes beside the site,
//   the way Cloudflare Pages does (scripts/host-config.ts): `_headers` applied
//   by the address asked for, `_redirects` rewrites, `<path>.html` for a page,
//   and 404.html with a 404 for anything else;
// - 'plain': a bare file server that sends no security header at all and
//   answers every address without a file with index.html (`serve -s`-like).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { headersFor, parseHeadersFile } from '../../scripts/host-config.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** A request the test holds: nothing is sent until it says (see `hold`). */
export interface HeldRequest {
  readonly path: string;
  /** The file's bytes, as the host would send them. */
  readonly body: Buffer;
  /** Sends the status line and headers (once), then these bytes; resolves once they are handed to the socket. */
  send(bytes: Buffer): Promise<void>;
  /** Sends what is left and ends the answer. */
  finish(): Promise<void>;
  /** True once the browser gave up on it (its request aborted). */
  readonly aborted: boolean;
}

export interface Holding {
  /** The requests held so far, in the order they came. */
  readonly requests: HeldRequest[];
  /** Lets every later request through (those held stay held until answered). */
  release(): void;
}

export interface StaticHost {
  readonly url: string;
  /** Serves another folder from now on (a new deploy). */
  setRoot(root: string): void;
  /** Holds every later request whose path matches, for the test to answer, until `release()`: then they pass. */
  hold(pattern: RegExp): Holding;
  /** Paths asked for so far, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

export async function staticHost(root: string, mode: 'headers' | 'plain' = 'headers'): Promise<StaticHost> {
  const held: { pattern: RegExp; list: HeldRequest[] }[] = [];
  const requests: string[] = [];
  const open = new Set<ServerResponse>();

  const fileAt = (path: string): string | undefined => {
    const file = join(root, normalize(path));
    return file.startsWith(root) && existsSync(file) && statSync(file).isFile() ? file : undefined;
  };

  /** The file that answers `path`, and the status. */
  function resolve(path: string): { file?: string; status: number } {
    const own = path.endsWith('/') ? fileAt(`${path}index.html`) : (fileAt(path) ?? fileAt(`${path}.html`));
    if (own) return { file: own, status: 200 };
    if (mode === 'plain') return extname(path) ? { status: 404 } : { file: fileAt('/index.html'), status: 200 };
    for (const line of (fileAt('/_redirects') ? readFileSync(join(root, '_redirects'), 'utf8') : '').split('\n')) {
      const [from, to, code] = line.trim().split(/\s+/);
      if (!from || from.startsWith('#') || code !== '200') continue;
      if (from.endsWith('*') ? path.startsWith(from.slice(0, -1)) : path === from)
        return { file: fileAt(to!), status: 200 };
    }
    return { file: fileAt('/404.html'), status: 404 };
  }

  function headers(path: string, file: string | undefined): Record<string, string> {
    const sent: Record<string, string> = {
      'Content-Type': file ? (TYPES[extname(file)] ?? 'application/octet-stream') : 'text/plain; charset=utf-8',
    };
    if (mode === 'headers' && fileAt('/_headers'))
      Object.assign(sent, headersFor(parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')), path));
    return sent;
  }

  function answer(req: IncomingMessage, res: ServerResponse) {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.statusCode = 400;
      return res.end('Bad request');
    }
    requests.push(path);
    const { file, status } = resolve(path);
    const body = file ? readFileSync(file) : Buffer.from('Not found');
    const head = () => {
      if (!res.headersSent) res.writeHead(status, headers(path, file));
    };
    const hold = held.find((h) => h.pattern.test(path));
    if (!hold) {
      head();
      return res.end(body);
    }
    let sent = 0;
    let aborted = false;
    res.on('close', () => (aborted ||= !res.writableFinished));
    const request: HeldRequest = {
      path,
      body,
      get aborted() {
        return aborted;
      },
      send: (bytes) =>
        new Promise((resolve) => {
          head();
          sent += bytes.length;
          res.write(bytes, () => resolve());
        }),
      finish: () =>
        new Promise((resolve) => {
          head();
          res.end(body.subarray(sent), () => resolve());
        }),
    };
    hold.list.push(request);
  }

  const server = createServer((req, res) => {
    open.add(res);
    res.on('close', () => open.delete(res));
    answer(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    setRoot(next) {
      root = next;
    },
    hold(pattern) {
      const entry = { pattern, list: [] as HeldRequest[] };
      held.push(entry);
      return {
        requests: entry.list,
        release: () => void held.splice(held.indexOf(entry), 1),
      };
    },
    requests,
    close: () =>
      new Promise((resolve) => {
        for (const res of open) res.destroy();
        server.close(() => resolve());
        // Kept-alive connections would hold close() open.
        server.closeAllConnections();
      }),
  };
}
