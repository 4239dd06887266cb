// The parser jobs of the page, the same on the main thread and in the
// worker: parse text or bytes into the view, or render a download.
import { viewOf } from './view.js';

export function run(parser, job) {
  switch (job.kind) {
    case 'text':
      return { view: viewOf(parser.parse(job.text)) };
    case 'bytes': {
      // Spans point into the decoded text, which the page then shows.
      const { text } = parser.decodeBytes(job.bytes);
      return { view: viewOf(parser.parseBytes(job.bytes)), text };
    }
    case 'csv':
      return { out: parser.actionsCsv(job.text) };
    case 'json':
      return { out: JSON.stringify(parser.parse(job.text).actions, null, 2) + '\n' };
    default:
      throw new Error(`unknown job ${job.kind}`);
  }
}
