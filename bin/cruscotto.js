#!/usr/bin/env node
'use strict';
// Plain-JS entry of the `cruscotto` command: the TypeScript CLI is compiled to dist-cli/ by `npm ci` (prepare step).
const path = require('path');
let main;
try {
  ({ main } = require(path.join(__dirname, '..', 'dist-cli', 'cli', 'main.js')));
} catch (err) {
  process.stderr.write('cruscotto: il programma non è compilato. Eseguire prima «npm ci» (oppure «npm run prepare»).\n');
  process.exit(2);
}
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
