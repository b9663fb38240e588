#!/usr/bin/env node
// The CLI runs the compiled output, built by `npm install` (prepare) and before `npm start`/`npm test`.
import { main } from '../dist/src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
