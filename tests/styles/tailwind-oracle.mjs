// The Tailwind v4 oracle for OmniOS.Styles: compiles a list of classes with Tailwind's own compiler
// (`compile` from the tailwindcss package, with its theme.css) and writes, per class, the CSS it
// produced, normalised so that it can be compared with OmniOS.Styles class by class.
//
//   node tests/styles/tailwind-oracle.mjs [--list FILE] [--theme FILE.css] [--out FILE]
//
// Defaults: --list tests/styles/utilities.txt, --out ${OMNIOS_CACHE:-$HOME/.cache/omnios}/styles/tailwind-oracle.json.
// Prints the output path on the last line of stdout. The output is reused while the list, the theme, this
// script and the installed Tailwind are unchanged ("key" is their hash), so a second run takes a few milliseconds.
//
// Output: {"tailwind": VERSION, "key", "count": N, "known", "order": [CLASS…], "classes": {CLASS: null | {...}}}:
// "order" lists the generated classes in the order of their first rule in Tailwind's output; a class's value
// has the shape of `omnios styles css`: declarations (property → value) nested under the
// at-rules and selectors (`&` stands for the class) that wrap them, outermost first, e.g.
// {"@media (width >= 48rem)": {"@media (hover: hover)": {"&:hover": {"color": "…"}}}}.
// A class Tailwind generates nothing for is null.
//
// Normalisation (normalizeValue below; OmniOS.Styles.Tests applies the same rules to our side):
//   - var(--x) is resolved: first from the rule's own custom properties, then from the theme
//     variables Tailwind emitted, then from the initial value of an `@property --x` rule, then from
//     the var()'s fallback; custom property declarations themselves are then dropped;
//   - calc() of numbers, lengths, percentages and times is computed when the units allow it
//     (0.25rem * 4 → 1rem, 1 / 2 * 100% → 50%), to 4 decimals;
//   - lowercase, whitespace collapsed and trimmed, ", " between list items, no space inside
//     parentheses, a zero length or time written as 0;
//   - in box-shadow, the empty layers (`0 0 #0000`) Tailwind composes with are dropped.

import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

function argument(name, fallback) {
  const index = process.argv.indexOf(name);
  return index >= 0 && index + 1 < process.argv.length ? process.argv[index + 1] : fallback;
}

const cacheRoot = process.env.OMNIOS_CACHE || path.join(os.homedir(), '.cache', 'omnios');
const listPath = argument('--list', path.join(here, 'utilities.txt'));
const themePath = argument('--theme', null);
const outPath = argument('--out', path.join(cacheRoot, 'styles', 'tailwind-oracle.json'));

// ---- cache: the output is kept while the list, the theme, this script and Tailwind are unchanged ---

const tailwindVersion = JSON.parse(fs.readFileSync(require.resolve('tailwindcss/package.json'), 'utf8')).version;
const listText = fs.readFileSync(listPath, 'utf8');
const projectTheme = themePath ? fs.readFileSync(themePath, 'utf8').replace(/@import\s+["']tailwindcss["'];?/g, '') : '';
const cacheKey = crypto.createHash('sha256').update([tailwindVersion, fs.readFileSync(fileURLToPath(import.meta.url), 'utf8'), listText, projectTheme].join('\0')).digest('hex');
if (fs.existsSync(outPath)) {
  try {
    const previous = JSON.parse(fs.readFileSync(outPath, 'utf8'));
    if (previous.key === cacheKey) {
      console.log(`tailwind ${tailwindVersion}: ${previous.count} classes, ${previous.known} generated (cached)`);
      console.log(outPath);
      process.exit(0);
    }
  } catch {
    // An unreadable previous output is rebuilt.
  }
}

// ---- compile ------------------------------------------------------------------------------------

const { compile } = await import('tailwindcss');
const themeCssPath = require.resolve('tailwindcss/theme.css');

const classes = listText.split('\n').map((line) => line.trim()).filter((line) => line.length > 0 && !line.startsWith('#'));
const input = `@import "tailwindcss/theme.css" layer(theme);\n${projectTheme}\n@tailwind utilities;\n`;
const compiler = await compile(input, {
  base: here,
  polyfills: 0, // no @supports fallbacks: the modern CSS only
  loadStylesheet: async (id, base) => {
    if (id !== 'tailwindcss/theme.css') throw new Error(`unexpected stylesheet ${id}`);
    return { path: themeCssPath, base, content: fs.readFileSync(themeCssPath, 'utf8') };
  },
});
const css = compiler.build(classes);

// ---- a small CSS parser (Tailwind's output: rules, at-rules, declarations) -----------------------

function parseCss(text) {
  let i = 0;
  function skipSpaceAndComments() {
    for (;;) {
      while (i < text.length && /\s/.test(text[i])) i++;
      if (text.startsWith('/*', i)) {
        const end = text.indexOf('*/', i + 2);
        i = end < 0 ? text.length : end + 2;
      } else return;
    }
  }
  // Reads up to one of the stop characters at nesting depth 0 (strings and parentheses skipped).
  function readUntil(stops) {
    const start = i;
    let depth = 0;
    while (i < text.length) {
      const c = text[i];
      if (c === '"' || c === "'") {
        i++;
        while (i < text.length && text[i] !== c) i += text[i] === '\\' ? 2 : 1;
        i++;
        continue;
      }
      if (c === '\\') { i += 2; continue; }
      if (c === '(' || c === '[') depth++;
      else if (c === ')' || c === ']') depth--;
      else if (depth === 0 && stops.includes(c)) break;
      i++;
    }
    return text.slice(start, i);
  }
  function parseBlock() {
    const nodes = [];
    for (;;) {
      skipSpaceAndComments();
      if (i >= text.length || text[i] === '}') { i++; return nodes; }
      const head = readUntil(['{', ';', '}']).trim();
      if (text[i] === '{') {
        i++;
        nodes.push({ head, children: parseBlock() });
      } else {
        if (text[i] === ';') i++;
        const colon = head.indexOf(':');
        if (colon > 0) nodes.push({ property: head.slice(0, colon).trim(), value: head.slice(colon + 1).trim() });
      }
    }
  }
  return parseBlock();
}

const tree = parseCss(css);

// ---- theme variables and @property initial values ---------------------------------------------

const themeVariables = new Map();
const initialValues = new Map();
(function collect(nodes, inTheme) {
  for (const node of nodes) {
    if (!node.children) {
      if (inTheme && node.property.startsWith('--')) themeVariables.set(node.property, node.value);
      continue;
    }
    if (node.head.startsWith('@property ')) {
      const initial = node.children.find((d) => d.property === 'initial-value');
      if (initial) initialValues.set(node.head.slice('@property '.length).trim(), initial.value);
      continue;
    }
    collect(node.children, inTheme || node.head === '@layer theme' || node.head.startsWith(':root'));
  }
})(tree, false);

// ---- selectors back to classes -----------------------------------------------------------------

/** Reads the CSS identifier starting at `start` (after a "."); returns [unescaped, end]. */
function readIdentifier(selector, start) {
  let name = '';
  let j = start;
  while (j < selector.length) {
    const c = selector[j];
    if (c === '\\') {
      const hex = /^[0-9a-fA-F]{1,6} ?/.exec(selector.slice(j + 1));
      if (hex) {
        name += String.fromCodePoint(parseInt(hex[0].trim(), 16));
        j += 1 + hex[0].length;
      } else {
        name += selector[j + 1];
        j += 2;
      }
    } else if (/[A-Za-z0-9_\-]/.test(c) || c.charCodeAt(0) > 127) {
      name += c;
      j++;
    } else break;
  }
  return [name, j];
}

const wanted = new Set(classes);

/** The class a rule's selector is for, and the selector with `&` in place of `.class`. */
function classOfSelector(selector) {
  for (let j = 0; j < selector.length; j++) {
    if (selector[j] === '\\') { j++; continue; }
    if (selector[j] !== '.') continue;
    const [name, end] = readIdentifier(selector, j + 1);
    if (wanted.has(name)) return { name, form: selector.slice(0, j) + '&' + selector.slice(end) };
  }
  return null;
}

// ---- normalisation ------------------------------------------------------------------------------

/** Splits at top-level occurrences of a separator character (outside parentheses and strings). */
function splitTopLevel(value, separator) {
  const parts = [];
  let depth = 0;
  let start = 0;
  let quote = null;
  for (let j = 0; j < value.length; j++) {
    const c = value[j];
    if (quote) { if (c === quote) quote = null; continue; }
    if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === separator && depth === 0) { parts.push(value.slice(start, j)); start = j + 1; }
  }
  parts.push(value.slice(start));
  return parts;
}

/** Replaces every var(--x[, fallback]) by its value, innermost first. */
function resolveVariables(value, local, depth = 0) {
  if (depth > 20) return value;
  let result = '';
  let j = 0;
  for (;;) {
    const at = value.indexOf('var(', j);
    if (at < 0) { result += value.slice(j); break; }
    result += value.slice(j, at);
    let depthCount = 0;
    let end = at + 3;
    for (; end < value.length; end++) {
      if (value[end] === '(') depthCount++;
      else if (value[end] === ')' && --depthCount === 0) break;
    }
    const inner = value.slice(at + 4, end);
    const comma = splitTopLevel(inner, ',');
    const name = comma[0].trim();
    const fallback = comma.length > 1 ? comma.slice(1).join(',') : null;
    let replacement;
    if (local.has(name)) replacement = local.get(name);
    else if (themeVariables.has(name)) replacement = themeVariables.get(name);
    else if (initialValues.has(name)) replacement = initialValues.get(name);
    else if (fallback !== null) replacement = fallback;
    else replacement = `var(${name})`;
    result += replacement === `var(${name})` ? replacement : resolveVariables(replacement, local, depth + 1);
    j = end + 1;
  }
  return result;
}

export function formatNumber(n) {
  const rounded = Math.round(n * 10000) / 10000;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** Computes calc() expressions whose operands allow it; leaves the others (simplified inside). */
export function evaluateCalc(value) {
  let out = '';
  let j = 0;
  for (;;) {
    const at = value.indexOf('calc(', j);
    if (at < 0) { out += value.slice(j); break; }
    out += value.slice(j, at);
    let depth = 0;
    let end = at + 4;
    for (; end < value.length; end++) {
      if (value[end] === '(') depth++;
      else if (value[end] === ')' && --depth === 0) break;
    }
    const inner = evaluateCalc(value.slice(at + 5, end));
    const computed = computeExpression(inner);
    out += computed ?? `calc(${inner})`;
    j = end + 1;
  }
  return out;
}

function computeExpression(text) {
  const tokens = [];
  const re = /\s*(?:([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)([a-z%]*)|([*/()])|(\s[+-]\s))/giy;
  let match;
  let pos = 0;
  while (pos < text.length) {
    re.lastIndex = pos;
    match = re.exec(text);
    if (!match || match.index !== pos) {
      if (/^\s*$/.test(text.slice(pos))) break;
      return null;
    }
    if (match[1] !== undefined) tokens.push({ n: Number(match[1]), unit: match[2].toLowerCase() });
    else if (match[3]) tokens.push(match[3]);
    else tokens.push(match[4].trim());
    pos = re.lastIndex;
  }
  let k = 0;
  function primary() {
    const t = tokens[k++];
    if (t === '(') { const v = sum(); if (tokens[k++] !== ')') throw new Error('paren'); return v; }
    if (t && typeof t === 'object') return t;
    throw new Error('operand');
  }
  function product() {
    let left = primary();
    while (tokens[k] === '*' || tokens[k] === '/') {
      const op = tokens[k++];
      const right = primary();
      if (op === '*') {
        if (left.unit && right.unit) throw new Error('units');
        left = { n: left.n * right.n, unit: left.unit || right.unit };
      } else {
        if (right.unit) throw new Error('units');
        left = { n: left.n / right.n, unit: left.unit };
      }
    }
    return left;
  }
  function sum() {
    let left = product();
    while (tokens[k] === '+' || tokens[k] === '-') {
      const op = tokens[k++];
      const right = product();
      if (left.unit !== right.unit && !(left.n === 0 && !left.unit) && !(right.n === 0 && !right.unit)) throw new Error('units');
      left = { n: op === '+' ? left.n + right.n : left.n - right.n, unit: left.unit || right.unit };
    }
    return left;
  }
  try {
    if (tokens.length === 0) return null;
    const v = sum();
    if (k !== tokens.length || !Number.isFinite(v.n)) return null;
    return formatNumber(v.n) + v.unit;
  } catch {
    return null;
  }
}

export function normalizeValue(property, value) {
  let v = value.toLowerCase().replace(/\s+/g, ' ').trim();
  v = evaluateCalc(v);
  v = v.replace(/\(\s+/g, '(').replace(/\s+\)/g, ')').replace(/\s*,\s*/g, ', ').replace(/\s+/g, ' ').trim();
  // a zero length or time is 0
  v = v.replace(/(^|[\s(,])-?0(?:\.0+)?(?:px|rem|em|ch|vw|vh|svh|dvh|lvh|s|ms|deg)(?=$|[\s),])/g, '$10');
  if (property === 'box-shadow') {
    const layers = splitTopLevel(v, ',').map((layer) => layer.trim()).filter((layer) => layer.length > 0 && layer !== '0 0 #0000');
    v = layers.length > 0 ? layers.join(', ') : '0 0 #0000';
  }
  return v;
}

// ---- per class ----------------------------------------------------------------------------------

const result = Object.fromEntries(classes.map((c) => [c, null]));
const order = [];

function place(name, wrappers, declarations) {
  if (result[name] === null) {
    result[name] = {};
    order.push(name);
  }
  let target = result[name];
  for (const wrapper of wrappers) target = target[wrapper] ??= {};
  Object.assign(target, declarations);
}

(function walk(nodes, wrappers) {
  for (const node of nodes) {
    if (!node.children) continue;
    if (node.head.startsWith('@property') || node.head.startsWith('@keyframes') || node.head === '@layer theme') continue;
    if (node.head.startsWith('@layer')) { walk(node.children, wrappers); continue; }
    if (node.head.startsWith('@')) { walk(node.children, [...wrappers, node.head.replace(/\s+/g, ' ')]); continue; }
    const owner = classOfSelector(node.head);
    if (!owner) continue;
    const local = new Map(node.children.filter((d) => !d.children && d.property.startsWith('--')).map((d) => [d.property, d.value]));
    const declarations = {};
    for (const d of node.children) {
      if (d.children || d.property.startsWith('--')) continue;
      declarations[d.property] = normalizeValue(d.property, resolveVariables(d.value, local));
    }
    const ruleWrappers = owner.form === '&' ? wrappers : [...wrappers, owner.form];
    const nested = node.children.filter((d) => d.children);
    if (Object.keys(declarations).length > 0 || nested.length === 0) place(owner.name, ruleWrappers, declarations);
    // Nested at-rules and rules inside a class rule (Tailwind nests some variants this way).
    for (const inner of nested) {
      const innerDeclarations = {};
      for (const d of inner.children) {
        if (d.children || d.property.startsWith('--')) continue;
        innerDeclarations[d.property] = normalizeValue(d.property, resolveVariables(d.value, local));
      }
      place(owner.name, [...ruleWrappers, inner.head.replace(/\s+/g, ' ')], innerDeclarations);
    }
  }
})(tree, []);

fs.mkdirSync(path.dirname(outPath), { recursive: true });
const known = Object.values(result).filter((v) => v !== null).length;
fs.writeFileSync(outPath, JSON.stringify({ tailwind: tailwindVersion, key: cacheKey, count: classes.length, known, order, classes: result }, null, 1) + '\n');
console.log(`tailwind ${tailwindVersion}: ${classes.length} classes, ${known} generated`);
console.log(outPath);
