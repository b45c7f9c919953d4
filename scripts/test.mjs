#!/usr/bin/env node
// Runs every test suite of the repository and ends with one line: "N passed, N failed, N skipped".
// It sets up what the suites need first (npm packages, the parser corpus, the Tailwind oracle's output
// that OmniOS.Styles.Tests compares against, the .NET build), so it works on a fresh clone. Each
// suite's own output is shown as it runs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const chromium = process.env.OMNIOS_CHROMIUM ?? '/usr/bin/chromium';
const totals = { passed: 0, failed: 0, skipped: 0 };
const problems = [];

function run(command, args, { capture = false } = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8' });
  if (capture && result.stdout) process.stdout.write(result.stdout);
  return result;
}

function step(title, command, args) {
  console.log(`\n== ${title}`);
  const result = run(command, args);
  if (result.status !== 0) {
    problems.push(`${title} failed (exit ${result.status ?? result.signal})`);
    return false;
  }
  return true;
}

function installNodePackages() {
  const marker = path.join(root, 'node_modules', '.package-lock.json');
  const lock = path.join(root, 'package-lock.json');
  if (fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= fs.statSync(lock).mtimeMs) return true;
  return step('npm ci', 'npm', ['ci', '--no-audit', '--no-fund']);
}

/** Installs Debian's Chromium for the browser tests when it is missing (needs root, as on CI). */
function ensureChromium() {
  if (fs.existsSync(chromium)) return true;
  if (process.getuid?.() !== 0) {
    problems.push(`${chromium} is missing; install Debian's chromium package (apt-get install chromium) to run the browser tests.`);
    return false;
  }
  return step("apt-get install chromium", "sh", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium"]);
}

/** Adds the counts a Node test run prints in TAP ("# pass N", "# fail N", "# skipped N"). */
function countNode(title, command, args) {
  console.log(`\n== ${title}`);
  const result = run(command, args, { capture: true });
  const output = result.stdout ?? "";
  const count = (name) => Number(/^# (?:pass|fail|skipped|todo) /m.test(output) ? (new RegExp(`^# ${name} (\\d+)`, "m").exec(output)?.[1] ?? 0) : 0);
  if (!/^# pass /m.test(output)) {
    problems.push(`${title} did not run (exit ${result.status})`);
    return;
  }
  totals.passed += count("pass");
  totals.failed += count("fail");
  totals.skipped += count("skipped") + count("todo");
}

/** Adds the counts of every "Passed!/Failed!  - Failed: N, Passed: N, Skipped: N" line dotnet test prints. */
function countDotnet(output) {
  let found = 0;
  for (const match of output.matchAll(/(?:Passed|Failed)!\s+-\s+Failed:\s+(\d+),\s+Passed:\s+(\d+),\s+Skipped:\s+(\d+)/g)) {
    totals.failed += Number(match[1]);
    totals.passed += Number(match[2]);
    totals.skipped += Number(match[3]);
    found++;
  }
  return found;
}

const ready =
  installNodePackages() &&
  step('parser corpus (npm pack + Babel oracle)', 'node', ['tests/corpus/prepare.mjs']) &&
  step('Tailwind oracle (default theme)', 'node', ['tests/styles/tailwind-oracle.mjs']) &&
  step('Tailwind oracle (project theme)', 'node', ['tests/styles/tailwind-oracle.mjs', '--theme', 'tests/styles/project-theme.css', '--list', 'tests/styles/project-utilities.txt',
    '--out', path.join(process.env.OMNIOS_CACHE || path.join(os.homedir(), '.cache', 'omnios'), 'styles', 'tailwind-oracle-project.json')]) &&
  step('canvas app build', 'npm', ['run', 'build', '--workspace', 'webview', '--silent']) &&
  step('canvas app type check', 'npm', ['run', 'typecheck', '--workspace', 'webview', '--silent']) &&
  step('extension type check', 'npm', ['run', 'typecheck', '--workspace', 'extension', '--silent']) &&
  step('dotnet build', 'dotnet', ['build', 'OmniOS.Ide.sln', '-c', 'Release', '-nologo', '-v', 'quiet', '-clp:ErrorsOnly']);

if (ready) {
  console.log('\n== dotnet test');
  // The Tailwind oracle test writes its agreement here; a report from an earlier run must not be shown.
  const agreement = path.join(root, 'test-results', 'styles', 'tailwind-agreement.txt');
  fs.rmSync(agreement, { force: true });
  const result = run('dotnet', ['test', 'OmniOS.Ide.sln', '-c', 'Release', '--no-build', '-nologo'], { capture: true });
  const suites = countDotnet(result.stdout ?? '');
  if (fs.existsSync(agreement)) console.log(`\n== Tailwind agreement (OmniOS.Styles vs tailwindcss)\n${fs.readFileSync(agreement, 'utf8').trimEnd()}`);
  if (result.status !== 0 && suites === 0) problems.push(`dotnet test failed without running (exit ${result.status})`);

  countNode('canvas unit tests', 'node', ['webview/test/run-unit.mjs']);
  countNode('extension unit tests', 'node', ['extension/test/run-unit.mjs']);
  if (ensureChromium()) {
    countNode('browser tests (Chromium)', 'node', ['--test', '--test-reporter=tap', '--test-concurrency=1', 'tests/e2e/']);
    vscodeTests();
  }
}

/**
 * The extension in a real VS Code: code-server (installed once by tests/vscode/setup.mjs into
 * ~/.cache/omnios, outside the repository) driven by Chromium, with the freshly packaged .vsix.
 */
function vscodeTests() {
  if (!step('package the extension (npm run package)', 'npm', ['run', 'package', '--silent'])) return;
  if (!fs.readdirSync(root).some((name) => /^omnios-ide-.*\.vsix$/.test(name))) {
    problems.push('npm run package made no omnios-ide-*.vsix at the repository root');
    return;
  }
  if (!step('VS Code set-up (code-server, cached)', 'node', ['tests/vscode/setup.mjs'])) return;
  countNode('VS Code end-to-end tests (code-server + Chromium)', 'node', ['--test', '--test-reporter=tap', '--test-concurrency=1', 'tests/vscode/']);
}

for (const problem of problems) console.log(`error: ${problem}`);
if (problems.length > 0 && totals.failed === 0) totals.failed = problems.length;
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || problems.length > 0 ? 1 : 0);
