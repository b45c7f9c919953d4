// Builds the parser corpus from the npm packages listed in packages.json.
//
//   node tests/corpus/prepare.mjs [--verbose]
//
// Cache (outside the repo): ${OMNIOS_CACHE:-$HOME/.cache/omnios}/corpus/
//   tarballs/   `npm pack` downloads, checked against packages.json's integrity
//   src/        one extracted folder per package (name@version)
//   expected/   Babel's JSX outline per selected file, in the `omnios parse FILE` JSON format
//   manifest.json
// Downloads and extraction are skipped when already done; expected files are rewritten only when
// their content changes, and stale ones are removed.

import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectedResult } from './jsx-outline.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const verbose = process.argv.includes('--verbose');

export const cacheRoot = process.env.OMNIOS_CACHE || path.join(os.homedir(), '.cache', 'omnios');
export const corpusDir = path.join(cacheRoot, 'corpus');
const tarballDir = path.join(corpusDir, 'tarballs');
const srcDir = path.join(corpusDir, 'src');
const expectedDir = path.join(corpusDir, 'expected');
const EXTRACTED_MARK = '.omnios-extracted';

function log(msg) {
  if (verbose) process.stderr.write(msg + '\n');
}

// ---- globs -------------------------------------------------------------------------------------

export function globToRegExp(glob) {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const atSegmentStart = i === 0 || glob[i - 1] === '/';
        if (atSegmentStart && glob[i + 2] === '/') {
          re += '(?:[^/]*/)*'; // "**/" : zero or more folders
          i += 2;
        } else {
          re += '.*';
          i += 1;
        }
      } else {
        re += '[^/]*';
      }
    } else if (c === '?') {
      re += '[^/]';
    } else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) throw new Error(`unbalanced { in glob ${glob}`);
      re += '(?:' + glob.slice(i + 1, close).split(',').map((s) => globToRegExp(s).source.slice(1, -1)).join('|') + ')';
      i = close;
    } else {
      re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
    }
  }
  return new RegExp('^' + re + '$');
}

// ---- download and extraction -------------------------------------------------------------------

function tarballName(name, version) {
  return `${name.replace(/^@/, '').replace('/', '-')}-${version}.tgz`;
}

function integrityOf(file) {
  return 'sha512-' + createHash('sha512').update(fs.readFileSync(file)).digest('base64');
}

function tarballOk(pkg) {
  const file = path.join(tarballDir, tarballName(pkg.name, pkg.version));
  if (!fs.existsSync(file)) return false;
  if (pkg.integrity && integrityOf(file) !== pkg.integrity) {
    process.stderr.write(`warning: ${pkg.name}@${pkg.version}: cached tarball has the wrong integrity; downloading again\n`);
    fs.rmSync(file);
    return false;
  }
  return true;
}

function downloadMissing(pkgs) {
  const missing = pkgs.filter((p) => !tarballOk(p));
  if (missing.length === 0) return;
  fs.mkdirSync(tarballDir, { recursive: true });
  const specs = missing.map((p) => `${p.name}@${p.version}`);
  process.stderr.write(`downloading ${specs.join(' ')}\n`);
  // One npm invocation for all of them; run from the cache so no project .npmrc/package.json applies.
  execFileSync('npm', ['pack', ...specs, '--pack-destination', tarballDir, '--silent'], {
    cwd: tarballDir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (const p of missing) {
    const file = path.join(tarballDir, tarballName(p.name, p.version));
    if (!fs.existsSync(file)) throw new Error(`npm pack did not produce ${file}`);
    if (p.integrity && integrityOf(file) !== p.integrity) {
      throw new Error(`${p.name}@${p.version}: integrity mismatch (got ${integrityOf(file)})`);
    }
  }
}

function packageDirName(pkg) {
  return `${pkg.name.replace(/^@/, '').replace('/', '+')}@${pkg.version}`;
}

// Extracts the tarball once; returns the package root (the tarball's single top folder).
function extract(pkg) {
  const dest = path.join(srcDir, packageDirName(pkg));
  if (!fs.existsSync(path.join(dest, EXTRACTED_MARK))) {
    const tmp = `${dest}.tmp-${process.pid}`;
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.mkdirSync(tmp, { recursive: true });
    execFileSync('tar', ['-xzf', path.join(tarballDir, tarballName(pkg.name, pkg.version)), '-C', tmp, '--no-same-owner'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    fs.writeFileSync(path.join(tmp, EXTRACTED_MARK), `${pkg.name}@${pkg.version}\n`);
    fs.rmSync(dest, { recursive: true, force: true });
    fs.renameSync(tmp, dest);
    log(`extracted ${pkg.name}@${pkg.version}`);
  }
  const tops = fs.readdirSync(dest, { withFileTypes: true }).filter((d) => d.isDirectory());
  if (tops.length !== 1) throw new Error(`${dest}: expected one top-level folder in the tarball`);
  return path.join(dest, tops[0].name);
}

function walk(root, rel = '', out = []) {
  const entries = fs.readdirSync(path.join(root, rel), { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) walk(root, r, out);
    else if (e.isFile()) out.push(r);
  }
  return out;
}

// ---- oracle ------------------------------------------------------------------------------------

export function countLines(text) {
  if (text.length === 0) return 0;
  const breaks = (text.match(/\r\n|\r|\n/g) || []).length;
  return /[\r\n]$/.test(text) ? breaks : breaks + 1;
}

function looksMinified(text) {
  const lines = countLines(text) || 1;
  let longest = 0;
  for (const line of text.split(/\r\n|\r|\n/)) longest = Math.max(longest, line.length);
  return longest > 5000 || text.length / lines > 300;
}

function writeIfChanged(file, content) {
  try {
    if (fs.readFileSync(file, 'utf8') === content) return false;
  } catch {
    // missing: write it
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return true;
}

function removeStale(dir, keep) {
  if (!fs.existsSync(dir)) return 0;
  let removed = 0;
  for (const rel of walk(dir)) {
    const abs = path.join(dir, rel);
    if (!keep.has(abs)) {
      fs.rmSync(abs);
      removed++;
    }
  }
  return removed;
}

// ---- main --------------------------------------------------------------------------------------

function main() {
  const config = JSON.parse(fs.readFileSync(path.join(here, 'packages.json'), 'utf8'));
  const extensions = new Set(config.extensions);
  const excludes = (config.exclude || []).map(globToRegExp);

  fs.mkdirSync(corpusDir, { recursive: true });
  downloadMissing(config.packages);

  const files = [];
  const excluded = [];
  const keep = new Set();
  const byExt = new Map();
  const scripts = [];
  let written = 0;
  let bigFile = null;

  for (const pkg of config.packages) {
    const spec = `${pkg.name}@${pkg.version}`;
    const root = extract(pkg);
    const includes = pkg.include.map(globToRegExp);
    const selected = walk(root).filter(
      (rel) =>
        extensions.has(path.extname(rel).toLowerCase()) &&
        includes.some((re) => re.test(rel)) &&
        !excludes.some((re) => re.test(rel)),
    );
    if (selected.length === 0) throw new Error(`${spec}: no files match ${pkg.include.join(', ')}`);
    for (const rel of selected) {
      const abs = path.join(root, rel);
      const source = fs.readFileSync(abs, 'utf8'); // keeps a BOM as U+FEFF
      if (looksMinified(source)) {
        excluded.push({ path: abs, reason: 'looks minified' });
        continue;
      }
      let outcome;
      try {
        outcome = expectedResult(source, abs);
      } catch (err) {
        excluded.push({ path: abs, reason: `babel: ${err.message}` });
        continue;
      }
      if (outcome.sourceType !== 'module') scripts.push(abs);
      const expected = path.join(expectedDir, packageDirName(pkg), `${rel}.json`);
      if (writeIfChanged(expected, JSON.stringify(outcome.result))) written++;
      keep.add(expected);
      const lines = countLines(source);
      files.push({ path: abs, expected, package: spec, lines, chars: source.length });
      const ext = path.extname(rel).toLowerCase();
      const agg = byExt.get(ext) || { files: 0, lines: 0 };
      agg.files++;
      agg.lines += lines;
      byExt.set(ext, agg);
      const big = config.bigFile;
      if (big && big.package === pkg.name && big.version === pkg.version && big.path === rel) bigFile = abs;
    }
    log(`${spec}: ${selected.length} files selected`);
  }

  if (config.bigFile && !bigFile) {
    throw new Error(`bigFile ${JSON.stringify(config.bigFile)} is not among the accepted corpus files`);
  }
  const stale = removeStale(expectedDir, keep);
  const manifest = { files, bigFile, excluded };
  writeIfChanged(path.join(corpusDir, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');

  const totalLines = files.reduce((n, f) => n + f.lines, 0);
  const fmt = (n) => n.toLocaleString('en-US');
  const exts = [...byExt.entries()].sort((a, b) => b[1].lines - a[1].lines);
  console.log(`by extension: ${exts.map(([e, a]) => `${e} ${a.files} files/${fmt(a.lines)} lines`).join(', ')}`);
  if (scripts.length) console.log(`parsed as scripts (not modules): ${scripts.join(', ')}`);
  for (const x of excluded) console.log(`excluded: ${x.path}: ${x.reason}`);
  log(`expected files written: ${written}, stale removed: ${stale}`);
  console.log(`manifest: ${path.join(corpusDir, 'manifest.json')}`);
  console.log(`corpus: ${files.length} files, ${fmt(totalLines)} lines (${excluded.length} excluded)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (err) {
    process.stderr.write(`prepare: ${err.message}\n`);
    process.exitCode = 1;
  }
}
