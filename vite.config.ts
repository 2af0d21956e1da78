import { spawnSync } from 'node:child_process';
import react from '@vitejs/plugin-react';
import { defineConfig, type PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { mapDirOf, pulseData } from './pipeline/app-data-plugin.ts';
import { DATASET_PATH } from './scripts/dataset-path.ts';
import { hostFiles } from './scripts/host-config.ts';
import { ASSET_PATH, cspMeta, EMBED_PATH, securePreview } from './scripts/security.ts';
import { shellStrings } from './scripts/shell-strings.ts';

// PULSE_DATASET lets the benchmark build the same app on a synthetic corpus, and the
// e2e suite on the committed data plus fixtures (scripts/fixture-dataset.ts), each
// build checked against its own data (scripts/dataset-path.ts).
const dataset = DATASET_PATH;

/** `/` and every address's head, written into the build (scripts/prerender.ts, its own process: it renders with Node's production React). */
function prerender(outDir: string | undefined, mode: string) {
  // vite-plugin-pwa sets the glob directory to the build's outDir.
  if (!outDir) throw new Error('prerender: the service worker options name no output directory');
  const run = spawnSync('npx', ['tsx', 'scripts/prerender.ts', outDir, '--mode', mode], { stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`prerender failed (${run.status})`);
}

/**
 * Offline (docs/failure-and-security.md, "Offline and deploys"): a Workbox service worker,
 * registered by the app itself after the page has loaded (src/app/service-worker-register.ts). It precaches the
 * app shell, the code, the map files and `/` with the overview's own data in it
 * (Workbox's 2 MiB per-file limit stands: a file over it fails the build), and
 * keeps the whole index, the quotes and each article's text once fetched. A new version waits until the reader accepts the
 * update prompt, so a page never mixes two deploys' files.
 */
const offline = (mode: string) =>
  VitePWA({
    // The prerender runs here, the hook vite-plugin-pwa gives static-site
    // integrations: after the bundle is written and just before Workbox makes the
    // worker, so the worker precaches the pages as they are finally written.
    integration: {
      beforeBuildServiceWorker: (options) => {
        prerender(options.workbox.globDirectory, mode);
      },
    },
    injectRegister: false,
    registerType: 'prompt',
    manifest: false,
    workbox: {
      // The shell and the top-level pages, not each address's page (its own head on the
      // same shell: one per region, article and indicator, thousands at scale).
      // The quotes are not: they are fetched when a search first needs them, and kept then (below).
      globPatterns: ['*.html', '**/*.{js,css,png,svg,txt}', 'assets/*.json'],
      navigateFallback: 'index.html',
      // Files are never answered with the app (the same rule as the server's 404s),
      // and nor are the embeds: the cached page came with the framing rules of the
      // other addresses (frame-ancestors 'none'), which would block every embed.
      navigateFallbackDenylist: [ASSET_PATH, EMBED_PATH],
      cleanupOutdatedCaches: true,
      // The first version takes the page that installed it at once (there is no
      // older one to mix with): what it opens from then on is kept. Later
      // versions wait for the reader (registerType 'prompt').
      clientsClaim: true,
      runtimeCaching: [
        {
          // An embed's navigation goes to the network, whose answer carries the
          // embeds' own headers (frame-ancestors *); the copy kept for offline use
          // is that answer. Offline, an embed never opened gets another embed's
          // copy: each is the same app shell, which renders what its address names.
          urlPattern: ({ request, url }) => request.mode === 'navigate' && url.pathname.startsWith('/embed/'),
          handler: 'NetworkFirst',
          options: {
            cacheName: 'pulse-embeds',
            expiration: { maxEntries: 50 },
            // Serialised into sw.js by Workbox: it may use nothing from this file.
            plugins: [
              {
                handlerDidError: async () => {
                  const cache = await caches.open('pulse-embeds');
                  const [kept] = await cache.keys();
                  return kept ? cache.match(kept) : undefined;
                },
              },
            ],
          },
        },
        {
          // Hashed names: a file never changes, so the cached copy is always right.
          // The whole index: the first view that needs more than the overview's own data fetches it.
          urlPattern: /\/data\/index-[^/]*\.json$/,
          handler: 'CacheFirst',
          options: { cacheName: 'pulse-index', expiration: { maxEntries: 2 } },
        },
        {
          // The quotes, when a search first needs them.
          urlPattern: /\/data\/quotes-[^/]*\.json$/,
          handler: 'CacheFirst',
          options: { cacheName: 'pulse-quotes', expiration: { maxEntries: 2 } },
        },
        {
          // An article's or a place's page, fetched for the data it ships (a link
          // within the app, src/data/load-dataset.ts pageData): kept for offline use.
          // Its address stays across deploys, so the network answers first.
          urlPattern: ({ request, url }) =>
            request.mode !== 'navigate' && /^\/(article|region)\/[^/]+$/.test(url.pathname),
          handler: 'NetworkFirst',
          options: { cacheName: 'pulse-pages', expiration: { maxEntries: 200 } },
        },
        {
          // Each place's and each sector's own overview, once a first filter opens it
          // (its folder is named for its contents, so a cached file is always right).
          urlPattern: /\/data\/views-[^/]*\/[^/]*\.json$/,
          handler: 'CacheFirst',
          options: { cacheName: 'pulse-views', expiration: { maxEntries: 200 } },
        },
        {
          // The same for each article's text.
          urlPattern: /\/data\/article-[^/]*\.json$/,
          handler: 'CacheFirst',
          options: { cacheName: 'pulse-articles', expiration: { maxEntries: 500 } },
        },
      ],
    },
  });

export default defineConfig(async ({ mode, isSsrBuild }) => {
  const plugins: PluginOption[] = [
    react(),
    shellStrings(),
    pulseData(dataset),
    cspMeta(),
    securePreview(),
    hostFiles(),
  ];
  // The benchmark's reference build: how most projects import ECharts. Never served by `npm start`.
  if (mode === 'reference') plugins.push((await import('./bench/reference/plugin.ts')).referenceBuild());
  else if (!isSsrBuild) plugins.push(offline(mode));
  return {
    plugins,
    // The map files of the dataset's own folder (see mapDirOf).
    resolve: { alias: { '@pulse-map': mapDirOf(dataset) } },
    build: {
      target: 'es2022',
      // Data and maps are fetched as files (never inlined into JS), so they load
      // in parallel with the code and only when a view needs them.
      assetsInlineLimit: 0,
      // Every browser the target names preloads modules natively: Vite's polyfill for those that do not is dead weight on `/`.
      modulePreload: { polyfill: false },
    },
    preview: { port: 4173, strictPort: true },
  };
});
