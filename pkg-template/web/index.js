// The entry for browsers, bundlers and other ESM runtimes: fetches and
// instantiates the wasm once (top-level await, next to this file), then
// re-exports the same functions as the Node build, ready to call.
import init from './minutes_parser.js';

await init();

export * from './minutes_parser.js';
