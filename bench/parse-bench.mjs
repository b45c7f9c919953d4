// Parse benchmark: OmniOS's C# parser against Babel and oxc on the npm corpus.
//
//   node bench/parse-bench.mjs [--warmup N] [--passes N] [--json OUT.json]
//
// Needs `npm ci` in tests/corpus (for @babel/parser and oxc-parser) and the corpus prepared by
// `node tests/corpus/prepare.mjs`. See bench/README.md for what is measured and how.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpusTools = path.join(repoRoot, 'tests', 'corpus');
// OMNIOS_CLI / OMNIOS_BENCH_DLL override the defaults (e.g. to try another build).
const omniosCli = process.env.OMNIOS_CLI || path.join(repoRoot, 'omnios');
const benchDll = process.env.OMNIOS_BENCH_DLL || path.join(repoRoot, 'artifacts', 'bin', 'OmniOS.Bench', 'release', 'OmniOS.Bench.dll');
const cacheRoot = process.env.OMNIOS_CACHE || path.join(os.homedir(), '.cache', 'omnios');
const manifestPath = path.join(cacheRoot, 'corpus', 'manifest.json');
// Above this many characters of paths the file list goes to the CLI as @listfile (same on every OS).
const ARGV_LIMIT = 32000;

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  if (i < 0) return fallback;
  const v = process.argv[i + 1];
  if (v === undefined) throw new Error(`${name} needs a value`);
  return v;
}

const warmup = Number(option('--warmup', 5));
const passes = Number(option('--passes', 15));
const jsonOut = option('--json', null);

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

// Runs `pass` (one parse of every input) `warmup` times untimed, then `passes` times timed, and
// returns the median and the fastest pass. Garbage collection is left to V8 on purpose: forcing a
// full GC between passes (node --expose-gc) throws away JIT feedback and made Babel 3-7x slower.
function measure(pass) {
  for (let i = 0; i < warmup; i++) pass();
  const times = [];
  for (let i = 0; i < passes; i++) {
    const t0 = performance.now();
    pass();
    times.push(performance.now() - t0);
  }
  return { median: median(times), min: Math.min(...times) };
}

function oxcLang(file) {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.tsx') return 'tsx';
  if (ext === '.ts' || ext === '.mts' || ext === '.cts') return 'ts';
  return 'jsx'; // .js/.jsx/.mjs/.cjs: JSX allowed, as Babel's "jsx" plugin does
}

function packageVersion(name) {
  const req = createRequire(path.join(corpusTools, 'package.json'));
  let dir = path.dirname(req.resolve(name));
  while (!fs.existsSync(path.join(dir, 'package.json')) || JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).name !== name) {
    const up = path.dirname(dir);
    if (up === dir) return '?';
    dir = up;
  }
  return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
}

// ---- OmniOS ------------------------------------------------------------------------------------

function runOmnios(files) {
  if (!fs.existsSync(omniosCli)) return { note: 'not built' };
  let args = ['parse', '--bench', ...files];
  let listFile = null;
  if (files.reduce((n, f) => n + f.length + 1, 0) > ARGV_LIMIT) {
    listFile = path.join(os.tmpdir(), `omnios-bench-${process.pid}-${Date.now()}.txt`);
    fs.writeFileSync(listFile, files.join('\n') + '\n');
    args = ['parse', '--bench', `@${listFile}`];
  }
  try {
    const r = spawnSync(omniosCli, args, { cwd: repoRoot, encoding: 'utf8', timeout: 15 * 60 * 1000, maxBuffer: 64 << 20 });
    if (r.error) return { note: r.error.code === 'ENOENT' || r.error.code === 'EACCES' ? 'not built' : `failed: ${r.error.message}` };
    const m = /parse:\s*(\d+)\s+files,\s*([\d,]+)\s+lines,\s*median\s+([\d.]+)\s*ms per pass/.exec(r.stdout);
    if (r.status !== 0 || !m) {
      const why = (r.stderr || r.stdout || '').trim().split('\n').slice(-3).join(' | ');
      return { note: `failed (exit ${r.status}${r.signal ? ', ' + r.signal : ''}): ${why || 'no "parse:" line'}` };
    }
    const res = { ms: Number(m[3]), files: Number(m[1]), lines: Number(m[2].replace(/,/g, '')) };
    if (res.files !== files.length) res.note = `reported ${res.files} files, expected ${files.length}`;
    return res;
  } finally {
    if (listFile) fs.rmSync(listFile, { force: true });
  }
}

function runIncremental(bigFile) {
  if (!fs.existsSync(benchDll)) return { note: `skipped: ${path.relative(repoRoot, benchDll)} not built` };
  // Only ever hand dotnet a built assembly: given a source file it would build and run it instead.
  if (!benchDll.endsWith('.dll')) return { note: `skipped: ${benchDll} is not a .dll` };
  const r = spawnSync('dotnet', [benchDll, 'incremental', bigFile], { cwd: repoRoot, encoding: 'utf8', timeout: 15 * 60 * 1000, maxBuffer: 64 << 20 });
  if (r.error) return { note: `failed: ${r.error.message}` };
  const m = /incremental:\s*median\s+([\d.]+)\s*ms per edit/.exec(r.stdout);
  if (r.status !== 0 || !m) {
    const why = (r.stderr || r.stdout || '').trim().split('\n').slice(-3).join(' | ');
    return { note: `failed (exit ${r.status}): ${why || 'no "incremental:" line'}` };
  }
  return { ms: Number(m[1]) };
}

// ---- main --------------------------------------------------------------------------------------

async function main() {
  if (!fs.existsSync(manifestPath)) {
    throw new Error(`no corpus manifest at ${manifestPath}; run: node tests/corpus/prepare.mjs`);
  }
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  const corpus = manifest.files.map((f) => ({ path: f.path, source: fs.readFileSync(f.path, 'utf8'), lines: f.lines }));
  const big = corpus.find((f) => f.path === manifest.bigFile) || { path: manifest.bigFile, source: fs.readFileSync(manifest.bigFile, 'utf8') };
  big.lines ??= big.source.split('\n').length;
  const corpusLines = corpus.reduce((n, f) => n + f.lines, 0);

  const { babelParse } = await import(pathToFileURL(path.join(corpusTools, 'babel-roundtrip.mjs')).href);
  const oxcEntry = createRequire(path.join(corpusTools, 'package.json')).resolve('oxc-parser');
  const { parseSync } = await import(pathToFileURL(oxcEntry).href);

  // Sanity: every file must parse cleanly in both tools, or the timings compare different work.
  for (const f of corpus) {
    babelParse(f.source, f.path);
    const r = parseSync(f.path, f.source, { lang: oxcLang(f.path) });
    if (r.errors.length) throw new Error(`oxc reports errors in ${f.path}: ${r.errors[0].message}`);
  }

  const tools = [
    {
      name: `babel ${packageVersion('@babel/parser')}`,
      pass: (files) => () => {
        for (const f of files) babelParse(f.source, f.path);
      },
    },
    {
      name: `oxc ${packageVersion('oxc-parser')}`,
      // Full parse to a JS AST: the `program` getter deserialises the AST Rust produced.
      pass: (files) => () => {
        for (const f of files) parseSync(f.path, f.source, { lang: oxcLang(f.path) }).program;
      },
    },
    {
      name: 'oxc, AST left as JSON',
      // Rust parse + serialisation of the AST to a JSON string, which is never parsed into JS objects:
      // the nearest this Node API gets to a native-only parse (raw transfer needs Node 22+).
      pass: (files) => () => {
        for (const f of files) parseSync(f.path, f.source, { lang: oxcLang(f.path) });
      },
    },
  ];

  console.log(
    `corpus: ${corpus.length} files, ${corpusLines.toLocaleString('en-US')} lines; big file: ${path.basename(big.path)} ` +
      `(${big.lines.toLocaleString('en-US')} lines); ${warmup} warm-up + ${passes} timed passes, median`,
  );
  const rows = [];
  for (const t of tools) {
    const c = measure(t.pass(corpus));
    const b = measure(t.pass([big]));
    rows.push({ tool: t.name, corpusMs: c.median, bigMs: b.median, corpusMinMs: c.min, bigMinMs: b.min });
    process.stderr.write(
      `  ${t.name}: corpus median ${c.median.toFixed(1)} ms (fastest ${c.min.toFixed(1)}), ` +
        `big file median ${b.median.toFixed(2)} ms (fastest ${b.min.toFixed(2)})\n`,
    );
  }

  const omCorpus = runOmnios(corpus.map((f) => f.path));
  const omBig = omCorpus.note === 'not built' ? omCorpus : runOmnios([big.path]);
  const omnios = { tool: 'omnios', corpusMs: omCorpus.ms ?? null, bigMs: omBig.ms ?? null };
  rows.push(omnios);

  const fmtMs = (v) => (v == null ? '—' : v < 10 ? v.toFixed(2) : v.toFixed(1));
  const ratio = (v, o) => (v == null || o == null || o === 0 ? '—' : (v / o).toFixed(2) + '×');
  const table = [['tool', 'corpus ms', 'big-file ms', 'corpus ×omnios', 'big-file ×omnios']];
  for (const r of rows) {
    table.push([r.tool, fmtMs(r.corpusMs), fmtMs(r.bigMs), r === omnios ? '1' : ratio(r.corpusMs, omnios.corpusMs), r === omnios ? '1' : ratio(r.bigMs, omnios.bigMs)]);
  }
  const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
  for (const row of table) console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
  console.log('(×omnios = tool time / omnios time: above 1 means omnios is faster)');

  if (omCorpus.note === 'not built') console.log('omnios: not built');
  else {
    if (omCorpus.note) console.log(`omnios corpus: ${omCorpus.note}`);
    if (omBig.note) console.log(`omnios big file: ${omBig.note}`);
  }
  const inc = runIncremental(big.path);
  console.log(inc.ms != null ? `incremental (OmniOS.Bench, big file): median ${fmtMs(inc.ms)} ms per edit` : `incremental: ${inc.note}`);

  if (jsonOut) {
    const out = {
      date: new Date().toISOString(),
      node: process.version,
      warmup,
      passes,
      corpus: { files: corpus.length, lines: corpusLines },
      bigFile: { path: big.path, lines: big.lines },
      rows,
      omniosNotes: { corpus: omCorpus.note ?? null, bigFile: omBig.note ?? null },
      incremental: inc,
    };
    fs.writeFileSync(jsonOut, JSON.stringify(out, null, 2) + '\n');
  }
}

main().catch((err) => {
  process.stderr.write(`parse-bench: ${err.message}\n`);
  process.exitCode = 1;
});
