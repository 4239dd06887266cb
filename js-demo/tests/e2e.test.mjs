// The demo page in a real browser: Debian's Chromium, headless, driven by
// playwright-core, against js-demo/ served by python3 on 127.0.0.1.
// Prepare the folder first with `scripts/demo --build-only`; the native CLI
// (target/release/minutes) gives the expected numbers.
// Run: node --test js-demo/tests/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const demo = path.resolve(here, '..');
const repo = path.resolve(demo, '..');
const cli = path.join(repo, 'target/release/minutes');
const artifacts = path.join(here, 'artifacts');
const seeds = fs.readdirSync(path.join(repo, 'seeds')).filter((f) => f.endsWith('.txt')).sort();

let server;
let browser;
let base;

const freePort = () =>
  new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

before(async () => {
  assert.ok(fs.existsSync(path.join(demo, 'vendor/minutes-parser/index.js')), 'run scripts/demo --build-only first');
  assert.ok(fs.existsSync(cli), 'run cargo build --release first');
  const port = await freePort();
  base = `http://127.0.0.1:${port}/`;
  server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', demo], {
    stdio: 'ignore',
  });
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      if (i > 100) throw new Error('the static server did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  fs.mkdirSync(artifacts, { recursive: true });
});

after(async () => {
  await browser?.close();
  server?.kill();
});

/** A fresh page; page errors and CSP violations fail the test. */
async function open(hash = '') {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  await page.goto(base + hash);
  await page.waitForSelector('html[data-ready]');
  page.problems = problems;
  return page;
}

/** Waits until the page has shown its `n`-th parse. */
async function parsed(page, n = 1, timeout = 60_000) {
  await page.waitForFunction(
    (want) => Number(document.querySelector('[data-testid=parse-time]').dataset.parses ?? 0) >= want,
    n,
    { timeout },
  );
}

function native(file) {
  return JSON.parse(execFileSync(cli, ['parse', file], { encoding: 'utf8', maxBuffer: 1 << 28 }));
}

function countSections(doc) {
  let n = 0;
  const stack = [...doc.sections];
  while (stack.length) {
    const s = stack.pop();
    n++;
    stack.push(...s.sections);
  }
  return n;
}

/** The source text of a native (byte) span. */
function sliceBytes(text, span) {
  return Buffer.from(text).subarray(span.start, span.end).toString('utf8');
}

test('every seed: the DOM shows as many sections, actions and disclaimers as the native CLI finds', async () => {
  const page = await open();
  let shown = 0;
  for (const seed of seeds) {
    const doc = native(path.join(repo, 'seeds', seed));
    await page.selectOption('[data-testid=seed-menu]', seed);
    await parsed(page, ++shown);
    const count = (id) => page.locator(`[data-testid=${id}]`).count();
    assert.equal(await count('section'), countSections(doc), `${seed} sections`);
    assert.equal(await count('action-row'), doc.actions.length, `${seed} actions`);
    assert.equal(await count('disclaimer'), doc.disclaimers.length, `${seed} disclaimers`);
    const meta = await page.textContent('[data-testid=meta]');
    if (doc.meta.date) assert.ok(meta.includes(doc.meta.date), `${seed} date in the meta card`);
  }
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('clicking an action, a section or a diagnostic selects its exact source', async () => {
  const seed = seeds.find((s) => s.startsWith('001'));
  const file = path.join(repo, 'seeds', seed);
  const text = fs.readFileSync(file, 'utf8');
  const doc = native(file);
  const page = await open(`#seed=001`);
  await parsed(page);
  const selection = () =>
    page.evaluate(() => {
      const s = document.querySelector('[data-testid=source]');
      return s.value.slice(s.selectionStart, s.selectionEnd);
    });
  for (const i of [0, 3, doc.actions.length - 1]) {
    await page.locator('[data-testid=action-row]').nth(i).click();
    assert.equal(await selection(), sliceBytes(text, doc.actions[i].span), `action ${i}`);
  }
  await page.locator('[data-testid=section] summary .node').nth(1).click();
  assert.equal(await selection(), sliceBytes(text, doc.sections[1].title_span));
  // The source pane scrolled to the selection's line.
  const scrolled = await page.evaluate(() => document.querySelector('[data-testid=source]').scrollTop);
  assert.ok(scrolled > 0 || doc.sections[1].span.start < 400, 'scrolled to the section');
  // Sorting by actor keeps every row and puts them in order.
  await page.click('th[data-key=actor] button');
  const actors = await page.locator('[data-testid=action-row] td:nth-child(2)').allTextContents();
  assert.equal(actors.length, doc.actions.length);
  assert.deepEqual(actors, [...actors].sort((a, b) => a.localeCompare(b, undefined, { numeric: true })));
  // A diagnostic: an empty list item is reported where it is.
  await page.fill('[data-testid=source]', 'Minutes\n\n1. Opening\n\n- first\n-\n- third\n');
  await parsed(page, 2);
  await page.locator('[data-testid=diagnostics] .node').first().click();
  assert.equal(await selection(), '-');
  await page.close();
});

test('the CSV and JSON downloads hold the actions the CLI finds', async () => {
  const file = path.join(repo, 'seeds', seeds.find((s) => s.startsWith('002')));
  const page = await open('#seed=002');
  await parsed(page);
  const fetchDownload = async (button) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
    return fs.readFileSync(await download.path(), 'utf8');
  };
  const csv = execFileSync(cli, ['parse', file, '--format', 'actions-csv'], { encoding: 'utf8' });
  assert.equal(await fetchDownload('#download-csv'), csv);
  const actions = JSON.parse(await fetchDownload('#download-json'));
  assert.deepEqual(
    actions.map((a) => [a.text, a.actor, a.due]),
    native(file).actions.map((a) => [a.text, a.actor, a.due]),
  );
  await page.close();
});

test('a GB18030 file opened from disk is decoded and parsed as natively', async () => {
  const fixture = path.join(repo, 'tests/fixtures/docs/zh_days_markdown.txt');
  const text = fs.readFileSync(fixture, 'utf8');
  const gbFile = path.join(os.tmpdir(), `minutes-gb18030-${process.pid}.txt`);
  execFileSync('python3', [
    '-c',
    'import sys; open(sys.argv[2], "wb").write(open(sys.argv[1], encoding="utf-8").read().encode("gb18030"))',
    fixture,
    gbFile,
  ]);
  assert.notDeepEqual(fs.readFileSync(gbFile), Buffer.from(text), 'the file is not UTF-8');
  const doc = native(fixture);
  const page = await open();
  await page.setInputFiles('[data-testid=file]', gbFile);
  await parsed(page);
  assert.equal(await page.inputValue('[data-testid=source]'), text);
  assert.match(await page.textContent('[data-testid=meta]'), /gb18030/);
  assert.equal(await page.locator('[data-testid=section]').count(), countSections(doc));
  assert.equal(await page.locator('[data-testid=action-row]').count(), doc.actions.length);
  fs.rmSync(gbFile);
  await page.close();
});

test('hostile text is shown as text and executes nothing', async () => {
  const page = await open();
  const hostile = [
    '<img src=x onerror="window.__pwned = 1">',
    '',
    '1. <script>window.__pwned = 2</script> Opening',
    '',
    '- [click](javascript:window.__pwned=3) <a href="javascript:window.__pwned=4">here</a>',
    '- <svg onload="window.__pwned = 5"></svg> <iframe src="javascript:window.__pwned=6"></iframe>',
    '',
    'Actions:',
    '',
    '➔ The Secretariat will <b onmouseover="window.__pwned=7">circulate</b> "<script>" & \'quotes\'.',
    '',
  ].join('\n');
  await page.fill('[data-testid=source]', hostile);
  await parsed(page);
  // Click everything clickable: nothing may run.
  for (const node of await page.locator('.result-pane .node, [data-testid=action-row]').all()) await node.click();
  await page.hover('[data-testid=actions]');
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  const injected = await page.locator('.result-pane img, .result-pane script, .result-pane svg, .result-pane iframe, .result-pane a').count();
  assert.equal(injected, 0, 'no element came from the input');
  // Tags are markup: their text is shown, as text, and the source keeps them.
  assert.match(await page.textContent('[data-testid=outline]'), /window\.__pwned = 2 Opening/);
  assert.match(await page.textContent('[data-testid=actions]'), /"" & 'quotes'/);
  assert.equal(await page.inputValue('[data-testid=source]'), hostile);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a 5 MB paste is parsed in the worker while the page stays responsive', async () => {
  const page = await open();
  const corpus = seeds.map((s) => fs.readFileSync(path.join(repo, 'seeds', s), 'utf8')).join('\n\n');
  const big = corpus.repeat(Math.ceil((5 << 20) / Buffer.byteLength(corpus)));
  assert.ok(Buffer.byteLength(big) >= 5 << 20);
  // A probe on the main thread: the longest gap between timer ticks.
  await page.evaluate(() => {
    window.__gap = 0;
    let last = performance.now();
    window.__probe = setInterval(() => {
      const now = performance.now();
      window.__gap = Math.max(window.__gap, now - last);
      last = now;
    }, 20);
  });
  await page.evaluate((text) => {
    const source = document.querySelector('[data-testid=source]');
    source.value = text;
    source.dispatchEvent(new Event('input'));
  }, big);
  // The browser lays out the 5 MB textarea once after the paste: that stall
  // is the browser's, before any parsing. Measure from the next frame on.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve((window.__gap = 0)), 0))),
  );
  await parsed(page, 1, 120_000);
  const gap = await page.evaluate(() => {
    clearInterval(window.__probe);
    return window.__gap;
  });
  const label = page.locator('[data-testid=parse-time]');
  assert.equal(await label.getAttribute('data-mode'), 'worker');
  // The page kept answering: no main-thread stall near a parse's length.
  assert.ok(gap < 1000, `longest main-thread stall ${gap.toFixed(0)} ms`);
  assert.ok((await page.locator('[data-testid=section]').count()) > 100);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a screenshot of the page with seed 001 is written and is not blank', async () => {
  const page = await open('#seed=001');
  await parsed(page);
  const png = await page.screenshot({ path: path.join(artifacts, 'demo-seed-001.png') });
  // Decode the PNG's pixels (IDAT, inflated) and count distinct byte values:
  // a blank page has a handful, a drawn one hundreds.
  const chunks = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const pixels = zlib.inflateSync(Buffer.concat(chunks));
  assert.ok(new Set(pixels).size > 64, 'the screenshot has content');
  await page.close();
});
