import { defineConfig } from '@playwright/test';
import { CHROMIUM, CHROMIUM_FLAGS } from './bench/chromium.ts';
import { DATASET_PATH } from './scripts/dataset-path.ts';

// Overridable so two checkouts (or two people on one machine) can run the suite side by side.
const PORT = Number(process.env.E2E_PORT ?? 4174);
const OUT = process.env.E2E_OUT ?? 'dist-e2e';
/** The dataset the main build is made from (vite.config.ts reads the same). */
const DATASET = DATASET_PATH;

/**
 * A second build, on the committed data plus the fixture page of a place a few
 * pixels from another on the China map (pipeline/testing/near-place/, put together
 * by scripts/fixture-dataset.ts), for the map-label and hover checks: the same
 * specs, whatever places the data holds. Built only when a run can use it: every
 * run, or one that names e2e/map-labels.spec.ts (E2E_NEAR_PLACE=0 leaves it out).
 */
const NEAR_PORT = Number(process.env.E2E_NEAR_PORT ?? PORT + 1);
const NEAR_OUT = `${OUT}-near-place`;
const NEAR_DATA = `test-results/${NEAR_OUT}-data`;
const NEAR_SPECS = /map-labels\.spec\.ts/;
const namedSpecs = process.argv.slice(2).filter((a) => /\.spec\.ts$|^e2e\//.test(a));
const nearPlace =
  process.env.E2E_NEAR_PLACE !== '0' && (namedSpecs.length === 0 || namedSpecs.some((a) => NEAR_SPECS.test(a)));

/** A build with the test-only hook, prerendered, served as people get it (see below). */
const server = (outDir: string, port: number) =>
  `npx vite build --mode e2e --outDir ${outDir} && npx vite preview --outDir ${outDir} --port ${port} --strictPort`;

export default defineConfig<{ datasetPath: string; placeMapsCheckedOn: string | null }>({
  testDir: 'e2e',
  outputDir: 'test-results/artifacts',
  // The build on texts no one expected, for e2e/odd-text.spec.ts (built only when the run can use it).
  globalSetup: './e2e/support/odd-text-server.ts',
  fullyParallel: true,
  workers: 2,
  // On CI a test that fails is run once more, and a pass on the retry is reported as flaky
  // (scripts/test-totals.mjs names them): a 2-core machine under a full suite has
  // shown timing races that a person then fixes; locally nothing is retried.
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_FLAGS },
    trace: 'retain-on-failure',
    // The service worker would answer requests before page.route sees them: tests
    // meet the network as a first visit does. The offline journey allows it.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'desktop',
      testIgnore: /phone\.spec\.ts/,
      use: { viewport: { width: 1440, height: 900 }, datasetPath: DATASET },
    },
    {
      name: 'phone',
      testMatch: /phone\.spec\.ts/,
      use: { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true },
    },
    ...(nearPlace
      ? [
          {
            name: 'near-place',
            testMatch: NEAR_SPECS,
            // The committed places' own maps are the desktop project's to check: this one visits the places it adds.
            use: {
              baseURL: `http://localhost:${NEAR_PORT}`,
              viewport: { width: 1440, height: 900 },
              datasetPath: `${NEAR_DATA}/dataset.json`,
              placeMapsCheckedOn: DATASET,
            },
          },
        ]
      : []),
  ],
  webServer: [
    {
      // The production build plus the test-only chart hook and a short load timeout
      // (see .env.e2e), served as people get it: `vite preview` with the security
      // headers and a 404 for a missing file (scripts/security.ts).
      command: server(OUT, PORT),
      url: `http://localhost:${PORT}`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    ...(nearPlace
      ? [
          {
            command: `npx tsx scripts/fixture-dataset.ts pipeline/testing/near-place --out ${NEAR_DATA} && ${server(NEAR_OUT, NEAR_PORT)}`,
            env: { PULSE_DATASET: `${NEAR_DATA}/dataset.json` },
            url: `http://localhost:${NEAR_PORT}`,
            reuseExistingServer: false,
            timeout: 180_000,
          },
        ]
      : []),
  ],
});
