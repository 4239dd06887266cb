// TypeScript consumer, and an example of the typed API: package.test.mjs
// type-checks it with tsc (strict) and runs it. It parses each file named
// on the command line, lists its agenda and to-do list on stderr, and
// prints the documents as JSON on stdout.
import { readFileSync } from 'node:fs';
import { parse, type Action, type Document, type Section } from 'minutes-parser';

/** Every section of the tree, depth first, with its depth. */
function* walk(sections: Section[], depth = 0): Generator<[Section, number]> {
  for (const section of sections) {
    yield [section, depth];
    yield* walk(section.sections, depth + 1);
  }
}

function todo(action: Action): string {
  const when = action.due ?? action.due_text ?? 'no date';
  return `[${action.section ?? '-'}] ${action.actor ?? 'someone'} by ${when}: ${action.text}`;
}

const docs: Document[] = process.argv.slice(2).map((file) => parse(readFileSync(file, 'utf8')));
for (const doc of docs) {
  console.error(`${doc.title?.text ?? '(untitled)'} (${doc.meta.date ?? 'undated'}, ${doc.lang ?? '?'})`);
  for (const [section, depth] of walk(doc.sections)) {
    const number = section.number === null ? '' : `${section.number}. `;
    console.error(`${'  '.repeat(depth + 1)}${number}${section.title} @${section.span.line}:${section.span.column}`);
  }
  doc.actions.map(todo).forEach((line) => console.error(`  - ${line}`));
}
process.stdout.write(JSON.stringify(docs));
