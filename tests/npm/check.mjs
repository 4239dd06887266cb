// ES module consumer (run by package.test.mjs): parses the text of each
// file named on the command line and prints the documents as JSON.
import { readFileSync } from 'node:fs';
import { parse } from 'minutes-parser';

const docs = process.argv.slice(2).map((file) => parse(readFileSync(file, 'utf8')));
process.stdout.write(JSON.stringify(docs));
