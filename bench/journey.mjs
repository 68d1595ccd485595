// Real headless Chromium sessions following the referent journey (issue 14 benchmarks).
//   node journey.mjs setup <base> percorsi        complete the demo referent's self-assessment once (gives it a path)
//   node journey.mjs hold <base> <app> <n>        open n sessions, each doing the journey once, print READY, keep them
//                                                 open until stdin closes (the caller measures the heap meanwhile)
//   node journey.mjs load <base> <app> <c> <loops> c concurrent sessions, each doing the journey <loops> times
//   node journey.mjs trace <base> <app> [n]       n journeys (default 1); for each step, every Vaadin request (UIDL) it
//                                                 caused, with what the client sent, when it was sent and when its
//                                                 response arrived (ms from the step's start; the rest of the step is
//                                                 the browser's own work): the round trips after the first response
// app: percorsi (login -> home -> path page -> a guide of the open step) or bare (login -> the markdown page).
// Prints one JSON line per finished command with the browser-ready times (ms) of each step.
import { chromium } from 'playwright-core';

const [cmd, base, app, a1, a2] = process.argv.slice(2);
const USER = 'referente@percorsi.demo', PASSWORD = 'percorsi-demo-2026';
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

/** Waits until no Vaadin request is in flight (the page is ready for the user). */
async function idle(page) {
  await page.waitForFunction(() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients
    && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive()), null, { timeout: 180000 });
}

async function login(page) {
  page.setDefaultTimeout(180000); // a loaded 2-core machine: slow, not failed
  await page.goto(base + '/login');
  await page.locator("vaadin-login-form input[name='username']").fill(USER);
  await page.locator("vaadin-login-form input[name='password']").fill(PASSWORD);
  await page.locator('vaadin-login-form vaadin-button').first().click();
  await page.waitForURL(u => !u.pathname.endsWith('/login'), { timeout: 180000 });
  await idle(page);
}

async function timed(times, name, fn) {
  const t0 = performance.now();
  await fn();
  (times[name] ||= []).push(performance.now() - t0);
}

async function journey(page, times) {
  await timed(times, 'login+home', () => login(page));
  if (app === 'bare') {
    await page.locator('#page-title').waitFor();
    await timed(times, 'page', async () => { await page.goto(base + '/page'); await page.locator('#page-title').waitFor(); await idle(page); });
    return;
  }
  await timed(times, 'path', async () => {
    await page.locator('vaadin-side-nav-item[path="percorso"], vaadin-side-nav-item[path="/percorso"]').first().click();
    await page.locator('#path-title').waitFor();
    await idle(page);
  });
  await timed(times, 'guide', async () => {
    const link = page.locator('vaadin-details[opened] a[href*="guide/"]').first();
    await link.scrollIntoViewIfNeeded();
    await link.click();
    await page.locator('#guide-title').waitFor();
    await idle(page);
  });
}

async function setup(browser) {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await login(page);
  await page.goto(base + '/percorso');
  await idle(page);
  if (await page.locator('#path-start-assessment').count() === 0) { console.log('{"setup":"path already there"}'); return; }
  await page.goto(base + '/autovalutazione');
  await idle(page);
  for (let guard = 0; guard < 200; guard++) {
    if (await page.locator('#assessment-resume').count()) { await page.locator('#assessment-resume').click(); await idle(page); }
    if (await page.locator('#assessment-retake').count()) { await page.locator('#assessment-retake').click(); await idle(page); }
    let changed = true;
    while (changed) {
      changed = false;
      for (const group of await page.locator('[id^="q-"]').all()) {
        if (!(await group.isVisible())) continue;
        const checked = await group.locator('vaadin-radio-button[checked], vaadin-checkbox[checked]').count();
        if (checked) continue;
        const option = group.locator('vaadin-radio-button label, vaadin-checkbox label').first();
        if (await option.count() === 0) continue;
        await option.scrollIntoViewIfNeeded();
        await option.click();
        await idle(page);
        changed = true;
      }
    }
    if (await page.locator('#assessment-complete').isVisible().catch(() => false)) {
      await page.locator('#assessment-complete').click();
      await page.waitForURL(/autovalutazione\/risultati/, { timeout: 180000 });
      console.log('{"setup":"assessment completed"}');
      return;
    }
    await page.locator('#assessment-next').click();
    await idle(page);
  }
  throw new Error('could not complete the assessment');
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
try {
  if (cmd === 'setup') {
    await setup(browser);
  } else if (cmd === 'hold') {
    const n = Number(a1), times = {};
    for (let i = 0; i < n; i++) {
      const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
      await journey(page, times);
    }
    console.log(JSON.stringify({ cmd, app, sessions: n, times }));
    console.log('READY');
    await new Promise(resolve => { process.stdin.on('end', resolve); process.stdin.on('close', resolve); process.stdin.resume(); });
  } else if (cmd === 'trace') {
    for (let j = 0; j < Number(a1 || 1); j++) {
      const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
      let log = [], t0 = performance.now(), readyAt = 0;
      page.on('request', r => {
        if (r.method() === 'POST' && r.url().includes('v-r=uidl')) {
          let rpc = [];
          try { rpc = (JSON.parse(r.postData() || '{}').rpc || []).map(c => c.type + (c.event ? ':' + c.event : '')
            + (c.templateEventMethodName ? ':' + c.templateEventMethodName : '') + (c.property ? ':' + c.property : '')); } catch (e) { rpc = ['?']; }
          const entry = { at: Math.round(performance.now() - t0), rpc };
          log.push(entry);
          r.response().then(res => { entry.responseAt = Math.round(performance.now() - t0); return res && res.body(); })
            .then(b => { if (b) entry.bytes = b.length; }).catch(() => {});
        }
      });
      const times = {};
      const steps = { 'login+home': () => login(page) };
      if (app !== 'bare') {
        steps.path = async () => {
          await page.locator('vaadin-side-nav-item[path="percorso"], vaadin-side-nav-item[path="/percorso"]').first().click();
          await page.locator('#path-title').waitFor(); await idle(page); readyAt = Math.round(performance.now() - t0);
          await page.waitForTimeout(1000); await idle(page);
        };
        steps.guide = async () => {
          const link = page.locator('vaadin-details[opened] a[href*="guide/"]').first();
          await link.scrollIntoViewIfNeeded(); await link.click();
          await page.locator('#guide-title').waitFor(); await idle(page); readyAt = Math.round(performance.now() - t0);
          await page.waitForTimeout(1000); await idle(page);
        };
      }
      for (const [name, fn] of Object.entries(steps)) {
        log = []; t0 = performance.now(); readyAt = 0;
        await timed(times, name, fn);
        console.log(JSON.stringify({ step: name, ms: Math.round(times[name][0]), readyAt, uidlRequests: log.length, requests: log }));
      }
      await page.context().close();
    }
  } else if (cmd === 'load') {
    const c = Number(a1), loops = Number(a2), times = {};
    await Promise.all(Array.from({ length: c }, async () => {
      for (let i = 0; i < loops; i++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        await journey(await context.newPage(), times);
        await context.close();
      }
    }));
    console.log(JSON.stringify({ cmd, app, concurrent: c, loops, times }));
  }
} finally {
  await browser.close();
}
