// Babel as the reference parser for the OmniOS corpus.
//
// Library:  import { babelCheck, babelParse, babelPlugins } from './babel-roundtrip.mjs'
//   babelCheck(source, filename) -> { ok, errors: [{ message, pos }] }
// CLI:      node tests/corpus/babel-roundtrip.mjs FILE...   (babel-check.mjs is an alias)
//   prints one JSON line per file: { path, ok, message? }
//
// Plugin choice by extension: .ts/.mts/.cts -> typescript; .tsx -> typescript + jsx;
// everything else (.js/.jsx/.mjs/.cjs) -> jsx. Files are parsed as modules first and as scripts
// only if that fails (e.g. sloppy-mode CommonJS).

import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '@babel/parser';

export function babelPlugins(filename) {
  switch (extname(filename).toLowerCase()) {
    case '.ts':
    case '.mts':
    case '.cts':
      return ['typescript'];
    case '.tsx':
      return ['typescript', 'jsx'];
    default:
      return ['jsx'];
  }
}

// Parses `source` and returns { ast, sourceType }; throws Babel's error if neither a module nor
// a script parse succeeds (the module error is the one reported).
export function babelParse(source, filename) {
  const plugins = babelPlugins(filename);
  try {
    const ast = parse(source, { sourceType: 'module', plugins, errorRecovery: false, sourceFilename: filename });
    return { ast, sourceType: 'module' };
  } catch (moduleError) {
    try {
      const ast = parse(source, { sourceType: 'script', plugins, errorRecovery: false, sourceFilename: filename });
      return { ast, sourceType: 'script' };
    } catch {
      throw moduleError;
    }
  }
}

function errorPos(err) {
  if (err && err.loc && typeof err.loc.index === 'number') return err.loc.index; // Babel 8
  if (err && typeof err.pos === 'number') return err.pos; // Babel 7
  return -1;
}

export function babelCheck(source, filename) {
  try {
    babelParse(source, filename);
    return { ok: true, errors: [] };
  } catch (err) {
    return { ok: false, errors: [{ message: String(err && err.message ? err.message : err), pos: errorPos(err) }] };
  }
}

export function runCli(args) {
  if (args.length === 0) {
    process.stderr.write('usage: node babel-check.mjs FILE...\n');
    return 2;
  }
  let failed = 0;
  for (const file of args) {
    const path = resolve(file);
    let line;
    try {
      const r = babelCheck(readFileSync(path, 'utf8'), path);
      line = r.ok ? { path, ok: true } : { path, ok: false, message: r.errors[0].message };
    } catch (err) {
      line = { path, ok: false, message: `cannot read: ${err.message}` };
    }
    if (!line.ok) failed++;
    process.stdout.write(JSON.stringify(line) + '\n');
  }
  return failed ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = runCli(process.argv.slice(2));
}
