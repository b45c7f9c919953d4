// CLI alias: node tests/corpus/babel-check.mjs FILE...  (see babel-roundtrip.mjs)
import { runCli } from './babel-roundtrip.mjs';

process.exitCode = runCli(process.argv.slice(2));
