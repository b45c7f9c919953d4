// Values known while drawing: literal props of a component instance, the item of a repeater.
// Expressions are never run; only member paths, literals and simple tests are read.
// In a scope, `undefined` means "not known"; a value known to be JavaScript's undefined (a key a
// literal object lacks, a prop an instance does not pass) is `absent`, which is falsy when tested.

import type { LiteralValue } from "../engine/protocol";

export const absent: unique symbol = Symbol("absent");
export type ScopeValue = LiteralValue | typeof absent;
export type Scope = ReadonlyMap<string, ScopeValue | undefined>;

export const emptyScope: Scope = new Map();

export function extendScope(scope: Scope, values: Iterable<[string, ScopeValue | undefined]>): Scope {
  const next = new Map(scope);
  for (const [name, value] of values) next.set(name, value);
  return next;
}

/** The value of a member path (`item.title`, `plan.perks`) in scope: `absent` for a key a known object lacks, undefined when not known. */
export function lookup(scope: Scope, path: string): ScopeValue | undefined {
  const parts = path.replace(/\?\./g, ".").split(".");
  let value: ScopeValue | undefined = scope.get(parts[0]!.trim());
  for (const part of parts.slice(1)) {
    if (value === null || value === undefined || value === absent || typeof value !== "object" || Array.isArray(value)) return undefined;
    const key = part.trim();
    value = Object.hasOwn(value, key) ? (value as { [key: string]: LiteralValue })[key] : absent;
  }
  return value;
}

/** The truth of a simple condition (`a`, `!a`, `a.b === 0`, `n > 0`, `a && b`), or undefined when it cannot be read. */
export function evaluateCondition(scope: Scope, condition: string): boolean | undefined {
  const text = condition.trim();
  const and = splitTop(text, "&&");
  if (and.length > 1) {
    const values = and.map((part) => evaluateCondition(scope, part));
    return values.some((v) => v === false) ? false : values.every((v) => v === true) ? true : undefined;
  }
  const or = splitTop(text, "||");
  if (or.length > 1) {
    const values = or.map((part) => evaluateCondition(scope, part));
    return values.some((v) => v === true) ? true : values.every((v) => v === false) ? false : undefined;
  }
  if (text.startsWith("!")) {
    const inner = evaluateCondition(scope, text.slice(1));
    return inner === undefined ? undefined : !inner;
  }
  if (text.startsWith("(") && text.endsWith(")")) return evaluateCondition(scope, text.slice(1, -1));
  const comparison = /^(.+?)\s*(===|!==|==|!=|>=|<=|>|<)\s*(.+)$/.exec(text);
  if (comparison) {
    const left = value(scope, comparison[1]!);
    const right = value(scope, comparison[3]!);
    if (left === undefined || right === undefined) return undefined;
    // null == undefined in JavaScript; objects compare by identity, which literals never share.
    const loose = (a: ScopeValue, b: ScopeValue) => a === b || ((a === null || a === absent) && (b === null || b === absent));
    const number = (v: ScopeValue) => (v === absent ? NaN : Number(v));
    switch (comparison[2]) {
      case "===":
        return left === right;
      case "==":
        return loose(left, right);
      case "!==":
        return left !== right;
      case "!=":
        return !loose(left, right);
      case ">":
        return number(left) > number(right);
      case "<":
        return number(left) < number(right);
      case ">=":
        return number(left) >= number(right);
      case "<=":
        return number(left) <= number(right);
    }
  }
  const single = value(scope, text);
  if (single === undefined) return undefined;
  return single !== absent && (typeof single === "object" ? single !== null : Boolean(single));
}

function value(scope: Scope, text: string): ScopeValue | undefined {
  const trimmed = text.trim();
  if (/^-?\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  if (/^(["'`]).*\1$/.test(trimmed)) return trimmed.slice(1, -1);
  if (trimmed === "true") return true;
  if (trimmed === "false") return false;
  if (trimmed === "null") return null;
  if (trimmed === "undefined") return absent;
  if (/^[A-Za-z_$][\w$]*(\??\.[A-Za-z_$][\w$]*)*(\.length)?$/.test(trimmed)) {
    if (trimmed.endsWith(".length")) {
      const array = lookup(scope, trimmed.slice(0, -".length".length));
      return Array.isArray(array) || typeof array === "string" ? array.length : undefined;
    }
    return lookup(scope, trimmed);
  }
  return undefined;
}

function splitTop(text: string, operator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
    else if (depth === 0 && text.startsWith(operator, i)) {
      parts.push(text.slice(start, i));
      start = i + operator.length;
      i += operator.length - 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** Binds a repeater's item parameter (`item`, or a pattern like `{ name, price }`) to an item's value (undefined: a placeholder item). */
export function bindParameter(pattern: string, item: LiteralValue | undefined): [string, ScopeValue | undefined][] {
  const text = pattern.trim();
  if (text.startsWith("{") && text.endsWith("}")) {
    const object = item !== null && typeof item === "object" && !Array.isArray(item) ? (item as { [key: string]: LiteralValue }) : null;
    return text
      .slice(1, -1)
      .split(",")
      .map((part) => part.trim())
      .filter((part) => part.length > 0 && !part.startsWith("..."))
      .map((part) => {
        const [key, alias] = part.split(":").map((s) => s.split("=")[0]!.trim());
        const value = object === null ? undefined : Object.hasOwn(object, key!) ? object[key!] : absent;
        return [alias || key!, value] as [string, ScopeValue | undefined];
      });
  }
  return [[text, item]];
}

/**
 * The string a simple expression gives, when it can be read without running code: a string
 * literal, a member path holding a string or number, a template literal of those, or a
 * condition choosing between them (`a ? "x" : "y"`, `a && "x"`). Undefined otherwise.
 */
export function evaluateString(scope: Scope, code: string): string | undefined {
  const text = code.trim();
  if (/^(["'])(?:(?!\1)[^\\]|\\.)*\1$/.test(text)) return text.slice(1, -1);
  if (text.startsWith("`") && text.endsWith("`")) {
    let failed = false;
    const result = text.slice(1, -1).replace(/\$\{([^}]*)\}/g, (_, inner: string) => {
      const value = evaluateString(scope, inner);
      if (value === undefined) failed = true;
      return value ?? "";
    });
    return failed ? undefined : result;
  }
  const ternary = splitTernary(text);
  if (ternary) {
    const truth = evaluateCondition(scope, ternary.condition);
    return truth === undefined ? undefined : evaluateString(scope, truth ? ternary.whenTrue : ternary.whenFalse);
  }
  const and = text.lastIndexOf("&&");
  if (and > 0) {
    const truth = evaluateCondition(scope, text.slice(0, and));
    return truth === undefined ? undefined : truth ? evaluateString(scope, text.slice(and + 2)) : "";
  }
  if (text.startsWith("(") && text.endsWith(")")) return evaluateString(scope, text.slice(1, -1));
  const value = /^[A-Za-z_$][\w$.?]*$/.test(text) ? lookup(scope, text) : undefined;
  return typeof value === "string" || typeof value === "number" ? String(value) : undefined;
}

function splitTernary(text: string): { condition: string; whenTrue: string; whenFalse: string } | null {
  let depth = 0;
  let question = -1;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'" || c === "`") quote = c;
    else if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
    else if (depth === 0 && c === "?" && text[i + 1] !== "." && text[i + 1] !== "?" && question < 0) question = i;
    else if (depth === 0 && c === ":" && question >= 0) return { condition: text.slice(0, question), whenTrue: text.slice(question + 1, i), whenFalse: text.slice(i + 1) };
  }
  return null;
}
