// Node's ESM entry: the CommonJS build (which loads the wasm synchronously)
// re-exported by name; Node finds the names in its `exports.x = x` lines.
export * from './minutes_parser.js';
