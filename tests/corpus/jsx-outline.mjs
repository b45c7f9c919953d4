// The JSX outline of a Babel AST, in the shape of the `./omnios parse FILE` contract:
//   {"ok": true, "errors": [], "elements": [Node, ...]}
//   Node = {"name", "start", "end", "attributes": [{"name", "start", "end"}], "children": [Node, ...]}
// `elements` are the JSX elements/fragments not inside another one; a node's `children` are the
// elements/fragments nested anywhere inside it (children, expression containers, attribute values,
// callbacks in props, ...) and not inside a deeper one. Lists are in source order.
// Offsets are Babel's: UTF-16 code units of the source string, end exclusive.

import { babelParse } from './babel-roundtrip.mjs';

// Keys that never lead to JSX (positions, comments, parser bookkeeping).
const SKIP = new Set(['loc', 'range', 'extra', 'leadingComments', 'trailingComments', 'innerComments', 'comments', 'tokens', 'errors']);

export function jsxName(n) {
  switch (n.type) {
    case 'JSXIdentifier':
      return n.name;
    case 'JSXNamespacedName':
      return `${n.namespace.name}:${n.name.name}`;
    case 'JSXMemberExpression':
      return `${jsxName(n.object)}.${jsxName(n.property)}`;
    case 'ThisExpression': // some Babel versions give `<this.x>` a ThisExpression object
      return 'this';
    default:
      throw new Error(`unexpected JSX name node ${n.type} at ${n.start}`);
  }
}

function attributeOf(a) {
  if (a.type === 'JSXSpreadAttribute') return { name: '...', start: a.start, end: a.end };
  if (a.type === 'JSXAttribute') return { name: jsxName(a.name), start: a.start, end: a.end };
  throw new Error(`unexpected attribute node ${a.type} at ${a.start}`);
}

function byStart(a, b) {
  return a.start - b.start;
}

// Returns the top-level outline nodes of `ast` (a Babel File or any node).
export function jsxOutline(ast) {
  const top = [];
  const visit = (node, out) => {
    let into = out;
    if (node.type === 'JSXElement' || node.type === 'JSXFragment') {
      const isElement = node.type === 'JSXElement';
      const outlineNode = {
        name: isElement ? jsxName(node.openingElement.name) : '',
        start: node.start,
        end: node.end,
        attributes: isElement ? node.openingElement.attributes.map(attributeOf) : [],
        children: [],
      };
      out.push(outlineNode);
      into = outlineNode.children;
    }
    for (const key in node) {
      if (SKIP.has(key)) continue;
      const value = node[key];
      if (value === null || typeof value !== 'object') continue;
      if (Array.isArray(value)) {
        for (const item of value) {
          if (item !== null && typeof item === 'object' && typeof item.type === 'string') visit(item, into);
        }
      } else if (typeof value.type === 'string') {
        visit(value, into);
      }
    }
    if (into !== out && into.length > 1) into.sort(byStart);
  };
  visit(ast, top);
  top.sort(byStart);
  return top;
}

// The expected `omnios parse` result for a file Babel accepts; throws Babel's error otherwise.
export function expectedResult(source, filename) {
  const { ast, sourceType } = babelParse(source, filename);
  return { result: { ok: true, errors: [], elements: jsxOutline(ast) }, sourceType };
}
