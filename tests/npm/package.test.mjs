// The npm package as its users get it: `npm pack` of pkg/ (scripts/build-npm),
// installed into a temporary project, then used from CommonJS, ES modules
// and TypeScript. Every document must equal what the native CLI prints for
// the same file, spans converted from bytes to UTF-16 units (with line and
// column) by an independent JS reference. Run: node --test tests/npm/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const cli = path.join(repo, 'target/release/minutes');
const inputs = ['seeds', 'tests/fixtures/docs'].flatMap((dir) =>
  fs
    .readdirSync(path.join(repo, dir))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => path.join(repo, dir, name)),
);

/** Text in every script and line ending the parser knows, emoji included. */
const MIXED =
  'محضر الاجتماع 😀\r\n\r\n1. 欢迎辞 🇺🇳 — Bienvenue\r\n\r\n行动：\r\n\r\n' +
  '➔ IGF 秘书处将在 2 月 15 日之前分发报告。😀\r\n\r\n2. Итоги\u2028' +
  '- The Secretariat will circulate the report by 15 March 2025.\r\n';

let project; // the temporary consumer project
let cjs; // the package, required
let esm; // the package, imported

before(async () => {
  assert.ok(fs.existsSync(path.join(repo, 'pkg/package.json')), 'pkg/ is missing: run scripts/build-npm');
  assert.ok(fs.existsSync(cli), 'target/release/minutes is missing: run cargo build --release');
  project = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-npm-'));
  const packed = execFileSync('npm', ['pack', path.join(repo, 'pkg'), '--pack-destination', project, '--json'], {
    encoding: 'utf8',
  });
  const tarball = JSON.parse(packed)[0].filename;
  fs.writeFileSync(
    path.join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', path.join(project, tarball)], {
    cwd: project,
    stdio: 'ignore',
  });
  for (const file of ['check.cjs', 'check.mjs', 'check.ts', 'misuse.ts']) {
    fs.copyFileSync(path.join(here, file), path.join(project, file));
  }
  cjs = createRequire(path.join(project, 'index.js'))('minutes-parser');
  esm = await import(pathToFileURL(path.join(project, 'node_modules/minutes-parser/node/index.mjs')).href);
});

after(() => {
  if (project) fs.rmSync(project, { recursive: true, force: true });
});

/** What the native CLI prints for a file (or for `stdin` when given). */
function native(file, format = 'json', stdin = undefined) {
  return execFileSync(cli, ['parse', file, '--format', format], {
    encoding: 'utf8',
    input: stdin,
    maxBuffer: 1 << 28,
  });
}

/** Byte offsets of `text` to UTF-16 offsets, lines and columns, computed
 *  here from the string itself (not by the Rust code under test). */
function positionsOf(text) {
  const utf16AtByte = new Map();
  let byte = 0;
  let unit = 0;
  for (const ch of text) {
    utf16AtByte.set(byte, unit);
    byte += Buffer.byteLength(ch);
    unit += ch.length;
  }
  utf16AtByte.set(byte, unit);
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\r' && text[i + 1] === '\n') continue;
    if (c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029') lineStarts.push(i + 1);
  }
  return (start, end) => {
    const s = utf16AtByte.get(start);
    const e = utf16AtByte.get(end);
    assert.ok(s !== undefined && e !== undefined, `span ${start}..${end} is on character boundaries`);
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= s) line++;
    return { start: s, end: e, line: line + 1, column: s - lineStarts[line] + 1 };
  };
}

/** The native document with its spans as JS sees them. */
function expected(nativeJson, text) {
  const convert = positionsOf(text);
  const doc = JSON.parse(nativeJson);
  const stack = [doc];
  while (stack.length) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    for (const [key, child] of Object.entries(value)) {
      if (key === 'span' || key === 'title_span') value[key] = convert(child.start, child.end);
      else stack.push(child);
    }
  }
  return doc;
}

/** Runs a consumer script of the temporary project on every input. */
function run(script) {
  const out = spawnSync('node', [script, ...inputs], { cwd: project, encoding: 'utf8', maxBuffer: 1 << 28 });
  assert.equal(out.status, 0, out.stderr);
  return JSON.parse(out.stdout);
}

function assertEqualsNative(docs) {
  assert.equal(docs.length, inputs.length);
  docs.forEach((doc, i) => {
    const text = fs.readFileSync(inputs[i], 'utf8');
    assert.deepStrictEqual(doc, expected(native(inputs[i]), text), path.basename(inputs[i]));
  });
}

test('CommonJS: parseBytes on every seed and fixture equals the native CLI', () => {
  assertEqualsNative(run('check.cjs'));
});

test('ES modules: parse on every seed and fixture equals the native CLI', () => {
  assertEqualsNative(run('check.mjs'));
});

test('TypeScript: the example type-checks (strict), runs, and equals the native CLI', () => {
  const tsc = path.join(repo, 'node_modules/.bin/tsc');
  const config = {
    compilerOptions: {
      module: 'nodenext',
      target: 'es2022',
      strict: true,
      outDir: 'out',
      types: ['node'],
      typeRoots: [path.join(repo, 'node_modules/@types')],
    },
    files: ['check.ts'],
  };
  fs.writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify(config));
  const noEmit = spawnSync(tsc, ['--noEmit', '-p', project], { encoding: 'utf8' });
  assert.equal(noEmit.status, 0, noEmit.stdout);
  const build = spawnSync(tsc, ['-p', project], { encoding: 'utf8' });
  assert.equal(build.status, 0, build.stdout);
  assertEqualsNative(run('out/check.js'));
});

test('TypeScript: misuse of the types is rejected, so they are not `any`', () => {
  const tsc = path.join(repo, 'node_modules/.bin/tsc');
  const config = {
    compilerOptions: { module: 'nodenext', strict: true, noEmit: true, types: [] },
    files: ['misuse.ts'],
  };
  fs.writeFileSync(path.join(project, 'tsconfig.misuse.json'), JSON.stringify(config));
  const out = spawnSync(tsc, ['-p', path.join(project, 'tsconfig.misuse.json')], { encoding: 'utf8' });
  assert.notEqual(out.status, 0, 'tsc should reject misuse.ts');
  for (const line of [6, 7, 8, 9]) {
    assert.match(out.stdout, new RegExp(`misuse\\.ts\\(${line},`), `line ${line} is an error:\n${out.stdout}`);
  }
});

test('text.slice(span.start, span.end) is the source of every node, in CJK, Arabic and emoji', () => {
  const docs = [[MIXED, cjs.parse(MIXED)], ...inputs.map((f) => [fs.readFileSync(f, 'utf8'), null])];
  for (const [text, given] of docs) {
    const doc = given ?? esm.parse(text);
    const utf8 = JSON.parse(esm.toJson(text, { positions: 'utf8' }));
    const bytes = Buffer.from(text);
    // Walk both trees together: the same nodes, in two units.
    const stack = [[doc, utf8]];
    let spans = 0;
    while (stack.length) {
      const [a, b] = stack.pop();
      if (a === null || typeof a !== 'object') continue;
      for (const key of Object.keys(a)) {
        if (key === 'span' || key === 'title_span') {
          spans++;
          const slice = text.slice(a[key].start, a[key].end);
          assert.equal(slice, bytes.subarray(b[key].start, b[key].end).toString('utf8'));
          assert.equal(a[key].line, b[key].line);
        } else {
          stack.push([a[key], b[key]]);
        }
      }
    }
    assert.ok(spans > 5, 'the walk saw the spans');
  }
  const action = cjs.parse(MIXED).actions[0];
  assert.equal(MIXED.slice(action.span.start, action.span.end), '➔ IGF 秘书处将在 2 月 15 日之前分发报告。😀');
  assert.deepEqual([action.span.line, action.span.column], [7, 1]);
  assert.deepStrictEqual(cjs.parse(MIXED), expected(native('-', 'json', MIXED), MIXED));
});

test('the renderers give what the CLI gives', () => {
  const formats = {
    outline: 'outline',
    toMarkdown: 'markdown',
    toAkn: 'akn',
    actionsCsv: 'actions-csv',
    actionsIcs: 'actions-ics',
  };
  for (const file of inputs) {
    const text = fs.readFileSync(file, 'utf8');
    for (const [fn, format] of Object.entries(formats)) {
      assert.equal(esm[fn](text), native(file, format), `${fn} on ${path.basename(file)}`);
    }
  }
  const xml = cjs.toAkn(MIXED, {}, { author: 'IGF Secretariat', country: 'un' });
  assert.match(xml, /IGF Secretariat/);
});

test('bad arguments throw Errors with stable codes, from CommonJS and ES modules', () => {
  const gb18030 = new Uint8Array([0xc4, 0xe3, 0xba, 0xc3]); // 你好
  const cases = [
    [(m) => m.parse(42), 'invalid-argument', TypeError],
    [(m) => m.parse(undefined), 'invalid-argument', TypeError],
    [(m) => m.parse('x', 'utf8'), 'invalid-argument', TypeError],
    [(m) => m.parseBytes('x'), 'invalid-argument', TypeError],
    [(m) => m.parse('x', { colour: 'red' }), 'unknown-option', Error],
    [(m) => m.parse('x', { positions: 'utf32' }), 'invalid-option', Error],
    [(m) => m.parse('x', { maxDepth: 0 }), 'invalid-option', Error],
    [(m) => m.parse('秘书', { maxBytes: 5 }), 'too-large', Error],
    [(m) => m.parseBytes(gb18030, { maxBytes: 3 }), 'too-large', Error],
    [(m) => m.parseBytes(gb18030, { fallbackEncoding: null }), 'invalid-utf8', Error],
    [(m) => m.parseBytes(gb18030, { encoding: 'klingon' }), 'unknown-encoding', Error],
    [(m) => m.toAkn('x', {}, { lang: 'en' }), 'unknown-option', Error],
  ];
  for (const m of [cjs, esm]) {
    for (const [call, code, type] of cases) {
      assert.throws(() => call(m), (e) => e instanceof type && e.code === code && e.message.length > 10, `${call}`);
    }
  }
  assert.match(
    (() => {
      try {
        esm.parse('x', { maxDepth: 'deep' });
      } catch (e) {
        return e.message;
      }
    })(),
    /^options\.maxDepth: /,
  );
});

test('decodeBytes and parseBytes handle GB18030 and UTF-16 like the CLI', () => {
  const text = '会议纪要\n\n1. 欢迎辞\n\n行动：\n\n➔ 秘书处将分发报告。\n\n2. 闭幕\n';
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const decoded = esm.decodeBytes(new Uint8Array(utf16));
  assert.deepEqual(decoded, { text, encoding: 'UTF-16LE', fellBack: false });
  const doc = esm.parseBytes(new Uint8Array(utf16));
  assert.equal(doc.source.encoding, 'UTF-16LE');
  assert.equal(decoded.text.slice(doc.sections[0].title_span.start, doc.sections[0].title_span.end), '欢迎辞');
  const gb = esm.decodeBytes(new Uint8Array([0xc4, 0xe3, 0xba, 0xc3]));
  assert.deepEqual(gb, { text: '你好', encoding: 'gb18030', fellBack: true });
});

test('one package for every entry: ESM and CJS export the same API, at the crate version', () => {
  const api = [
    'actionsCsv',
    'actionsIcs',
    'decodeBytes',
    'outline',
    'parse',
    'parseBytes',
    'toAkn',
    'toJson',
    'toMarkdown',
    'version',
  ];
  assert.deepEqual(Object.keys(cjs).sort(), api);
  assert.deepEqual(
    Object.keys(esm)
      .filter((k) => k !== 'default')
      .sort(),
    api,
  );
  const cargo = fs.readFileSync(path.join(repo, 'Cargo.toml'), 'utf8').match(/^version = "(.+)"/m)[1];
  const manifest = JSON.parse(fs.readFileSync(path.join(project, 'node_modules/minutes-parser/package.json'), 'utf8'));
  assert.equal(cjs.version(), cargo);
  assert.equal(manifest.version, cargo);
  for (const condition of ['types', 'import', 'require', 'browser', 'default']) {
    assert.ok(JSON.stringify(manifest.exports['.']).includes(`"${condition}"`), condition);
  }
});
