#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in lib/ (built by `npm run prepare`, which `npm ci` runs).
import { main } from '../lib/src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
