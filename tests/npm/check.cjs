// CommonJS consumer (run by package.test.mjs): parses the bytes of each
// file named on the command line and prints the documents as JSON.
const { readFileSync } = require('node:fs');
const { parseBytes } = require('minutes-parser');

const docs = process.argv.slice(2).map((file) => parseBytes(new Uint8Array(readFileSync(file))));
process.stdout.write(JSON.stringify(docs));
