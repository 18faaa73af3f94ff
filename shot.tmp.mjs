import { chromium } from '@playwright/test';
const [,, url, out, w = '1440', h = '900', scale = '1'] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--enable-unsafe-swiftshader','--use-angle=swiftshader','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run','--disable-quic','--no-sandbox'] });
const ctx = await b.newContext({ viewport: { width: +w, height: +h }, deviceScaleFactor: +scale });
const p = await ctx.newPage();
await ctx.route('**/*', r => /^(http:\/\/127\.0\.0\.1|data:|blob:)/.test(r.request().url()) ? r.continue() : r.abort());
p.on('pageerror', e => console.log('PAGEERROR', e.message));
p.on('console', m => { if (m.type() === 'error' || m.type() === 'warning') console.log('CONSOLE', m.type(), m.text()); });
await p.addInitScript(() => localStorage.setItem('tnim:test', '1'));
await p.goto(url);
try { await p.waitForSelector('.map[data-idle="true"]', { state: 'attached', timeout: 40000 }); } catch (e) { console.log('NO IDLE'); }
if (process.env.ACTION) await eval(`(async () => { ${process.env.ACTION} })()`);
await p.screenshot({ path: out });
console.log('url now', p.url());
await b.close();
