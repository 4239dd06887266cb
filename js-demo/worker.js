// Parses large inputs off the main thread so the page stays responsive.
// Messages: { id, kind: 'text', text } | { id, kind: 'bytes', bytes }
// | { id, kind: 'csv' | 'json', text }. Replies: { id, view, text? },
// { id, out } or { id, error: { code, message } }.
import { run } from './jobs.js';

// The parser module instantiates its wasm with a top-level await; a static
// import would leave no message handler until it finished, and messages
// posted meanwhile would be lost. So the handler comes first and waits.
const loading = import('./vendor/minutes-parser/index.js');

self.onmessage = async (event) => {
  const { id, ...job } = event.data;
  try {
    const parser = await loading;
    self.postMessage({ id, ...run(parser, job) });
  } catch (e) {
    self.postMessage({ id, error: { code: e.code ?? 'internal', message: String(e.message ?? e) } });
  }
};
