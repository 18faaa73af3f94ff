import { chromium } from '@playwright/test';
const [,, base, outdir, lang = 'vi'] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--enable-unsafe-swiftshader','--use-angle=swiftshader','--disable-background-networking','--no-first-run','--disable-quic','--no-sandbox'] });
const ctx = await b.newContext({ viewport: { width: 1920, height: 1080 } });
await ctx.route('**/*', r => /^(http:\/\/127\.0\.0\.1|data:|blob:)/.test(r.request().url()) ? r.continue() : r.abort());
const p = await ctx.newPage();
p.on('pageerror', e => console.log('PAGEERROR', e.message));
await p.addInitScript(() => localStorage.setItem('tnim:test', '1'));
await p.goto(`${base}/?present=1&lang=${lang}`);
await p.waitForSelector('.map[data-idle="true"]', { state: 'attached', timeout: 60000 });
for (let i = 1; i <= 7; i++) {
  await p.waitForTimeout(2500);
  await p.screenshot({ path: `${outdir}/scene${i}.png` });
  console.log(i, p.url());
  await p.keyboard.press('ArrowRight');
}
await b.close();
