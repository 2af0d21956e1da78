// How this project launches a browser, for the e2e tests and the benchmark alike:
// Debian's Chromium (Playwright's own download does not work on these machines),
// headless, with nothing running in the background to disturb a measurement.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
