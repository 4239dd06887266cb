// The wasm side of scripts/bench-wasm: parses FILE with the npm package's
// Node build (pkg/), warm-up then SAMPLES runs, and prints the median MB/s
// of `parse` (a JS object, what most callers take) and `toJson` (a string),
// then of each renderer (the parse included).
//   node benches/wasm.mjs FILE [SAMPLES]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const [file, samples = '7'] = process.argv.slice(2);
const parser = createRequire(import.meta.url)('../pkg/node/minutes_parser.js');
const text = readFileSync(file, 'utf8');
const mb = Buffer.byteLength(text) / 1e6;

function median(fn) {
  fn();
  const times = [];
  for (let i = 0; i < Number(samples); i++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
}

const renderers = ['outline', 'toMarkdown', 'toAkn', 'actionsCsv', 'actionsIcs'];
for (const name of ['parse', 'toJson', ...renderers]) {
  const seconds = median(() => parser[name](text));
  console.log(`wasm-${name}-mb-per-s ${(mb / seconds).toFixed(3)}`);
}
