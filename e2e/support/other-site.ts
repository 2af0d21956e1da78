// A page on another site, served by a real server of its own (not page.route):
// what frames an embed, or tries to frame a page that must not be framed. Its
// origin differs from the app's by the port (`localhost`, the same site) or by
// the host too (`127.0.0.1`, another site, whose frames get partitioned storage
// and service workers of their own).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OtherSite {
  /** The address of the host page. */
  readonly url: string;
  close(): Promise<void>;
}

/** Serves `html` at `/` on a free port of `host`. */
export async function otherSite(html: string, host: 'localhost' | '127.0.0.1' = '127.0.0.1'): Promise<OtherSite> {
  const server = createServer((_, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, host === 'localhost' ? '127.0.0.1' : host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Kept-alive connections would hold close() open.
        server.closeAllConnections();
      }),
  };
}

/** A blog-like page that frames each address, in order. */
export const framingPage = (sources: string[]) =>
  `<!doctype html><html lang="en"><meta charset="utf-8"><title>A post on another site</title>
<h1>A post that quotes a few figures</h1>
${sources.map((src) => `<iframe src="${src}" width="100%" height="600" style="border:0"></iframe>`).join('\n')}
</html>`;
