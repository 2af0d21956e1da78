// The `test` every journey uses: it fails a test on any page error or console
// error it did not expect. A test that provokes failures on purpose (the fault
// suite, offline) says which messages it expects with `expectConsoleErrors`.
import { expect, test as base } from '@playwright/test';

interface Watch {
  /** Patterns of console errors this test provokes on purpose. */
  expectConsoleErrors: (...patterns: RegExp[]) => void;
}

export const test = base.extend<{ consoleWatch: Watch }>({
  consoleWatch: [
    async ({ page }, use) => {
      const unexpected: string[] = [];
      const allowed: RegExp[] = [];
      page.on('pageerror', (error) => unexpected.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (!allowed.some((pattern) => pattern.test(text))) unexpected.push(`console error: ${text}`);
      });
      await use({ expectConsoleErrors: (...patterns) => allowed.push(...patterns) });
      expect(unexpected, 'page and console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
