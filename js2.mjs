import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
for (const url of process.argv.slice(2)) for (let k = 0; k < 2; k++) {
  const ctx = await b.newContext({ viewport: { width: 1440, height: 900 } });
  const p = await ctx.newPage();
  const rs = [];
  p.on('response', (r) => rs.push(r));
  await p.goto(url);
  await p.waitForLoadState('networkidle');
  let t = 0, names = [];
  for (const r of rs) { const u = new URL(r.url()).pathname; if (!u.endsWith('.js')) continue; try { const n = gzipSync(await r.body()).length; t += n; names.push(u.replace(/-[\w-]+\.js$/, '')); } catch {} }
  console.log(url, (t / 1024).toFixed(1), 'KB', names.join(' '));
  await ctx.close();
}
await b.close();
