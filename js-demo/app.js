// The demo page: the source pane, parsing as you type (in a Web Worker
// above WORKER_THRESHOLD), and the panes drawn from the parse. Every piece
// of user text reaches the DOM through textContent, never as HTML.
import * as parser from './vendor/minutes-parser/index.js';
import { run } from './jobs.js';

/** Inputs longer than this (UTF-16 units, about 1 MB) parse in the worker. */
const WORKER_THRESHOLD = 1 << 20;
const DEBOUNCE_MS = 200;

const $ = (id) => document.getElementById(id);
const source = $('source');
const timeLabel = $('parse-time');

let worker = null;
let jobs = 0; // the id of the newest worker message
let tickets = 0; // parses started, in order
let latestShown = 0; // the ticket on screen: older replies are dropped
let parses = 0; // completed parses shown, for tests (data-parses)
const pending = new Map();
let current = null; // the view on screen
let sort = { key: null, dir: 1 };

// ----- running jobs --------------------------------------------------------

function inWorker(job, transfer = []) {
  if (!worker) {
    worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    worker.onmessage = (event) => {
      const { id, ...reply } = event.data;
      pending.get(id)?.(reply);
      pending.delete(id);
    };
    // A worker that cannot start fails every job it holds.
    worker.onerror = (event) => {
      const error = { code: 'worker', message: event.message || 'the worker failed' };
      for (const resolve of pending.values()) resolve({ error });
      pending.clear();
      worker = null;
    };
  }
  const id = ++jobs;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    worker.postMessage({ id, ...job }, transfer);
  });
}

function onMainThread(job) {
  try {
    return run(parser, job);
  } catch (e) {
    return { error: { code: e.code ?? 'internal', message: String(e.message ?? e) } };
  }
}

/** Runs a job where it belongs; resolves to [reply, mode, ms]. */
async function dispatch(job, size) {
  const t0 = performance.now();
  const big = size > WORKER_THRESHOLD;
  const reply = big ? await inWorker(job, job.bytes ? [job.bytes.buffer] : []) : onMainThread(job);
  return [reply, big ? 'worker' : 'main thread', performance.now() - t0];
}

async function parseSource() {
  const text = source.value;
  const ticket = ++tickets;
  const [reply, mode, ms] = await dispatch({ kind: 'text', text }, text.length);
  if (ticket < latestShown) return;
  latestShown = ticket;
  show(reply, mode, ms, text.length);
}

async function parseFile(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const ticket = ++tickets;
  timeLabel.textContent = `decoding ${file.name}…`;
  const [reply, mode, ms] = await dispatch({ kind: 'bytes', bytes }, bytes.length);
  if (ticket < latestShown) return;
  latestShown = ticket;
  if (reply.text !== undefined) source.value = reply.text;
  show(reply, mode, ms, source.value.length);
}

let debounce = 0;
source.addEventListener('input', () => {
  clearTimeout(debounce);
  debounce = setTimeout(parseSource, DEBOUNCE_MS);
});

$('file').addEventListener('change', (event) => {
  const file = event.target.files[0];
  if (file) parseFile(file);
});

// ----- the seed menu ---------------------------------------------------------

async function loadSeed(name) {
  const response = await fetch(`seeds/${encodeURIComponent(name)}`);
  source.value = await response.text();
  await parseSource();
}

fetch('seeds/index.json')
  .then((r) => (r.ok ? r.json() : []))
  .then((seeds) => {
    const menu = $('seed-menu');
    for (const seed of seeds) {
      const option = document.createElement('option');
      option.value = seed.file;
      option.textContent = `${seed.file.slice(0, 3)} · ${seed.label}`;
      menu.append(option);
    }
    menu.addEventListener('change', () => menu.value && loadSeed(menu.value));
    const wanted = new URLSearchParams(location.hash.slice(1)).get('seed');
    const match = seeds.find((s) => wanted && s.file.startsWith(wanted));
    if (match) {
      menu.value = match.file;
      loadSeed(match.file);
    }
  })
  .catch(() => {});

// ----- drawing ---------------------------------------------------------------

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'text') node.textContent = value;
    else if (key === 'class') node.className = value;
    else if (key === 'testid') node.dataset.testid = value;
    else node.setAttribute(key, value);
  }
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

/** A button that shows `span` in the source pane when clicked. */
function spanButton(label, span, cls = 'node') {
  const button = el('button', { type: 'button', class: cls, text: label });
  button.addEventListener('click', (event) => {
    event.preventDefault(); // inside <summary>: select, do not fold
    highlight(span, button);
  });
  return button;
}

/** Nodes attached per task when drawing: each slice's layout stays short. */
const SLICE = 40;
let drawing = 0; // the newest draw; older ones stop attaching

/** Attaches `nodes` to `parent` a slice per task, so that drawing a large
 *  parse never holds the main thread for long. */
async function appendInSlices(parent, nodes, draw) {
  for (let i = 0; i < nodes.length && draw === drawing; i += SLICE) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    if (draw === drawing) parent.append(...nodes.slice(i, i + SLICE));
  }
}

async function show(reply, mode, ms, length) {
  if (reply.error) {
    timeLabel.textContent = `error ${reply.error.code}: ${reply.error.message}`;
    timeLabel.dataset.error = reply.error.code;
    timeLabel.dataset.parses = String(++parses);
    return;
  }
  delete timeLabel.dataset.error;
  current = reply.view;
  const draw = ++drawing;
  drawMeta(current);
  drawDecisions(current);
  drawDisclaimers(current);
  drawDiagnostics(current);
  await Promise.all([drawOutline(current, draw), drawActions(current, draw)]);
  if (draw !== drawing) return;
  const size = length >= 1e6 ? `${(length / 1e6).toFixed(1)} M chars` : `${length} chars`;
  timeLabel.textContent = `parsed in ${ms.toFixed(1)} ms · ${mode} · ${size} · v${parser.version()}`;
  timeLabel.dataset.mode = mode === 'worker' ? 'worker' : 'main';
  timeLabel.dataset.parses = String(++parses);
}

function drawMeta(view) {
  const m = view.meta;
  const rows = [
    ['Title', view.title?.text],
    ['Date', m.end_date ? `${m.date} – ${m.end_date}` : m.date],
    ['Time', [m.time, m.timezone].filter(Boolean).join(' ')],
    ['Venue', m.venue],
    ['Mode', m.mode?.replace('_', ' ')],
    ['Language', view.lang],
    ['Encoding', view.source.encoding],
  ];
  const dl = el('dl');
  for (const [label, value] of rows) {
    if (!value) continue;
    dl.append(el('dt', { text: label }), el('dd', { text: value }));
  }
  const n = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const counts = [
    n(view.totals.sections, 'section'),
    n(view.totals.actions, 'action'),
    n(view.totals.decisions, 'decision'),
    n(view.artifacts, 'artefact'),
  ].join(' · ');
  $('meta').replaceChildren(
    view.title
      ? spanButton(view.title.text || '(title without text)', view.title.span, 'node title')
      : el('p', { class: 'muted', text: 'No title' }),
    dl,
    el('p', { class: 'muted', text: counts }),
  );
}

function badge(text, cls) {
  return el('span', { class: `badge ${cls}`, text });
}

async function drawOutline(view, draw) {
  const root = el('div');
  // containers[d]: where sections of depth d go.
  const containers = [root];
  for (const s of view.sections) {
    const number = s.number ? `${s.number}.` : s.kind === 'day' ? '📅' : '§';
    const summary = el(
      'summary',
      {},
      el('span', { class: 'num', text: number }),
      spanButton(s.title || '(untitled)', s.title_span),
      s.date ? badge(s.date, 'date') : null,
      s.actions.length ? badge(`→ ${s.actions.length}`, 'action') : null,
      s.decisions.length ? badge(`✔ ${s.decisions.length}`, 'decision') : null,
    );
    const body = el('div', { class: 'children' });
    for (const i of s.actions) body.append(itemLine('→', view.actions[i]));
    for (const i of s.decisions) body.append(itemLine('✔', view.decisions[i]));
    const details = el('details', { open: '', testid: 'section' }, summary, body);
    containers.length = s.depth + 1;
    (containers[s.depth] ?? root).append(details);
    containers[s.depth + 1] = body;
  }
  if (view.totals.sections > view.sections.length) {
    root.append(el('p', { class: 'muted', text: `… and ${view.totals.sections - view.sections.length} more sections` }));
  }
  if (!view.sections.length) root.append(el('p', { class: 'muted', text: 'No sections.' }));
  const top = [...root.children];
  $('outline').replaceChildren(root);
  root.replaceChildren();
  await appendInSlices(root, top, draw);
}

function itemLine(mark, node) {
  const cls = mark === '✔' ? 'decision' : 'action';
  const line = el('div', { class: 'item' }, el('span', { class: `mark ${cls}`, text: mark }));
  line.append(spanButton(node.text, node.span, 'node item-text'));
  return line;
}

function sortedActions(view) {
  const rows = view.actions.slice();
  if (sort.key) {
    const value = (a) => (sort.key === 'due' ? a.due ?? a.due_text ?? '' : a[sort.key] ?? '');
    rows.sort((a, b) => sort.dir * String(value(a)).localeCompare(String(value(b)), undefined, { numeric: true }));
  }
  return rows;
}

async function drawActions(view, draw = drawing) {
  const body = $('actions').tBodies[0];
  const rows = sortedActions(view).map((a) => {
    const row = el(
      'tr',
      { testid: 'action-row', tabindex: '0' },
      el('td', { text: a.section ?? '' }),
      el('td', { text: a.actor ?? '' }),
      el('td', { class: a.due ? '' : 'vague', text: a.due ?? a.due_text ?? '' }),
      el('td', { text: a.text }),
    );
    const pick = () => highlight(a.span, row);
    row.addEventListener('click', pick);
    row.addEventListener('keydown', (e) => e.key === 'Enter' && pick());
    return row;
  });
  if (view.totals.actions > view.actions.length) {
    const more = `… and ${view.totals.actions - view.actions.length} more`;
    rows.push(el('tr', {}, el('td', { colspan: '4', class: 'muted', text: more })));
  }
  body.replaceChildren();
  await appendInSlices(body, rows, draw);
}

for (const th of $('actions').tHead.rows[0].cells) {
  th.querySelector('button').addEventListener('click', () => {
    sort = { key: th.dataset.key, dir: sort.key === th.dataset.key ? -sort.dir : 1 };
    for (const other of th.parentElement.cells) other.removeAttribute('aria-sort');
    th.setAttribute('aria-sort', sort.dir > 0 ? 'ascending' : 'descending');
    if (current) drawActions(current);
  });
}

function drawDecisions(view) {
  $('decisions').replaceChildren(
    ...view.decisions.map((d) => el('li', {}, spanButton(d.text, d.span, 'node item-text'))),
  );
}

function drawDisclaimers(view) {
  $('disclaimers').replaceChildren(
    ...view.disclaimers.map((d) =>
      el('div', { class: 'card disclaimer', testid: 'disclaimer', lang: d.lang ?? '' },
        el('span', { class: 'badge', text: d.lang ?? '?' }),
        spanButton(d.text, d.span, 'node item-text')),
    ),
  );
}

function drawDiagnostics(view) {
  const list = view.diagnostics.map((d) =>
    el('li', { class: d.severity },
      el('span', { class: 'badge', text: `${d.span.line}:${d.span.column}` }),
      spanButton(`${d.code}: ${d.message}`, d.span, 'node item-text')),
  );
  if (!list.length) list.push(el('li', { class: 'muted', text: 'None.' }));
  $('diagnostics').replaceChildren(...list);
}

// ----- highlighting --------------------------------------------------------

let picked = null;

/** Selects `span` in the source pane and scrolls it into view. */
function highlight(span, from) {
  picked?.classList.remove('current');
  picked = from;
  from?.classList.add('current');
  source.focus({ preventScroll: true });
  source.setSelectionRange(span.start, span.end);
  // `wrap="off"`: line N is N line-heights down; keep two lines above it.
  const lineHeight = parseFloat(getComputedStyle(source).lineHeight) || 20;
  source.scrollTop = Math.max(0, (span.line - 3) * lineHeight);
  $('position').textContent = `line ${span.line}, column ${span.column}`;
}

// ----- downloads -------------------------------------------------------------

async function download(kind, name, type) {
  const text = source.value;
  const [reply] = await dispatch({ kind, text }, text.length);
  if (reply.error) return;
  const url = URL.createObjectURL(new Blob([reply.out], { type }));
  const link = el('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

$('download-csv').addEventListener('click', () => download('csv', 'actions.csv', 'text/csv'));
$('download-json').addEventListener('click', () => download('json', 'actions.json', 'application/json'));

timeLabel.textContent = `parser v${parser.version()} ready`;
document.documentElement.dataset.ready = 'true';
