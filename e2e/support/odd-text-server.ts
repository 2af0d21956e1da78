// Playwright's global setup: a second build of the app, on the committed data
// with texts no one expected (scripts/hostile-text-dataset.ts), served on its
// own port for e2e/odd-text.spec.ts. Built only when a run can use it: every
// run, or one that names odd-text.spec.ts (E2E_ODD_TEXT=0 leaves it out). The
// spec reads where it is from ODD_TEXT_BASE and ODD_TEXT_DATA.
//
// A global setup rather than a second webServer entry: the same build-then-serve
// commands as the main server, kept apart from the other builds' configuration.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { dirname } from 'node:path';
import type { FullConfig } from '@playwright/test';

const SPEC = /odd-text\.spec\.ts/;

async function until(url: string, deadline: number, server: ChildProcess): Promise<void> {
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the odd-text server stopped (exit ${server.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the odd-text server did not answer at ${url}`);
}

export default async function oddTextServer(config: FullConfig): Promise<(() => void) | undefined> {
  const named = process.argv.slice(2).filter((a) => /\.spec\.ts$|^e2e\//.test(a));
  if (process.env.E2E_ODD_TEXT === '0' || (named.length > 0 && !named.some((a) => SPEC.test(a)))) return undefined;
  const port = Number(process.env.E2E_ODD_TEXT_PORT ?? Number(process.env.E2E_PORT ?? 4174) + 2);
  const out = `${process.env.E2E_OUT ?? 'dist-e2e'}-odd-text`;
  const data = `test-results/${out}-data`;
  const env = { ...process.env, PULSE_DATASET: `${data}/dataset.json` };
  // Relative to the config, as the main webServer's commands are.
  const cwd = config.configFile ? dirname(config.configFile) : process.cwd();
  const build = (command: string, args: string[]) => {
    const run = spawnSync(command, args, { env, stdio: ['ignore', 'ignore', 'inherit'], cwd });
    if (run.status !== 0) throw new Error(`odd-text build: ${command} ${args.join(' ')} failed (${run.status})`);
  };
  build('npx', ['tsx', 'scripts/hostile-text-dataset.ts', '--out', data]);
  build('npx', ['vite', 'build', '--mode', 'e2e', '--outDir', out, '--logLevel', 'warn']);
  const server = spawn('npx', ['vite', 'preview', '--outDir', out, '--port', String(port), '--strictPort'], {
    env,
    stdio: 'ignore',
    detached: true,
    cwd,
  });
  const base = `http://localhost:${port}`;
  const stop = () => {
    if (server.pid !== undefined && server.exitCode === null) process.kill(-server.pid);
  };
  try {
    await until(base, Date.now() + 60_000, server);
  } catch (error) {
    stop();
    throw error;
  }
  process.env.ODD_TEXT_BASE = base;
  process.env.ODD_TEXT_DATA = data;
  return stop;
}
