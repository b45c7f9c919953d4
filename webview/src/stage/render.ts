// Draws a design model as real DOM in the stage document (an iframe): HTML and SVG elements with
// their classes and inline styles as written, project components expanded with their literal
// props, repeaters with their items, and labelled placeholders for what only running the code
// could show. Every element drawn carries data-omnios-id; no user code ever runs.

import type { AttributeJson, ComponentJson, DesignNode, ElementNode, LiteralValue, RepeaterNode } from "../engine/protocol";
import { absent, bindParameter, emptyScope, evaluateCondition, evaluateString, extendScope, lookup, type Scope, type ScopeValue } from "./scope";

/** What the renderer needs from the app: other files' components, and where the project's public/ files are served. */
export interface RenderHost {
  component(path: string, name: string): ComponentJson | null;
  assetUrl(src: string): string;
}

interface Context {
  doc: Document;
  host: RenderHost;
  scope: Scope;
  svg: boolean;
  /** Content passed to the component being expanded (its `children`), drawn in a document (a copy's is another frame's). */
  children: ((doc: Document) => Node[]) | null;
  depth: number;
}

const PLACEHOLDER_ITEMS = 3;
const MAX_INSTANCE_DEPTH = 8;
const SVG_NS = "http://www.w3.org/2000/svg";

/** Remembers, for each element drawn, the values it was drawn with, so it can be drawn again alone. */
const drawnWith = new WeakMap<Element, Context>();

export function renderRoots(doc: Document, host: RenderHost, roots: DesignNode[]): Node[] {
  const context: Context = { doc, host, scope: emptyScope, svg: false, children: null, depth: 0 };
  return roots.flatMap((node) => renderNode(node, context));
}

/** A copy of drawn nodes in another document (another frame's), whose elements can be drawn again alone as the originals can. */
export function copyDrawing(nodes: Node[], doc: Document): Node[] {
  const contexts = new Map<Context, Context>();
  return nodes.map((node) => {
    const copy = doc.importNode(node, true);
    if (node.nodeType !== Node.ELEMENT_NODE) return copy;
    // The copy has the original's structure: its elements pair with the original's in document order.
    const originals = [node as Element, ...(node as Element).querySelectorAll("*")];
    const copies = [copy as Element, ...(copy as Element).querySelectorAll("*")];
    originals.forEach((original, i) => {
      const context = drawnWith.get(original);
      if (!context) return;
      let moved = contexts.get(context);
      if (!moved) contexts.set(context, (moved = inDocument(context, doc)));
      drawnWith.set(copies[i]!, moved);
    });
    return copy;
  });
}

function inDocument(context: Context, doc: Document): Context {
  return context.doc === doc ? context : { ...context, doc };
}

/** Draws an element again to replace an earlier drawing of it (the same values, the new model); null when that was not drawn by `renderRoots`. */
export function renderAgain(existing: Element, element: ElementNode): Node[] | null {
  const context = drawnWith.get(existing);
  return context ? renderElement(element, context) : null;
}

function renderNode(node: DesignNode, context: Context): Node[] {
  switch (node.type) {
    case "element":
      return renderElement(node, context);
    case "text":
      return [context.doc.createTextNode(node.text)];
    case "binding": {
      const value = lookup(context.scope, node.path);
      // As React does: nothing for null, undefined and booleans; a placeholder only for what is not known.
      if (value === null || value === absent || typeof value === "boolean") return [];
      if (value !== undefined && typeof value !== "object") return [context.doc.createTextNode(String(value))];
      return [placeholder(context, "omnios-binding", `{${node.path}}`, node.code)];
    }
    case "slot":
      return context.children ? context.children(context.doc) : [placeholder(context, "omnios-slot", "children", node.code)];
    case "repeater":
      return renderRepeater(node, context);
    case "conditional": {
      const truth = evaluateCondition(context.scope, node.condition);
      const branch = truth === false ? node.else : node.then;
      return branch.flatMap((child) => renderNode(child, context));
    }
    case "code": {
      const value = node.children.length === 0 ? evaluateString(context.scope, node.code) : undefined;
      if (value !== undefined) return [context.doc.createTextNode(value)];
      const label = placeholder(context, "omnios-code", shorten(node.code), node.code);
      return [label, ...node.children.flatMap((child) => renderNode(child, context))];
    }
  }
}

function renderRepeater(node: RepeaterNode, context: Context): Node[] {
  const source = node.items ?? lookup(context.scope, node.source);
  const items: (LiteralValue | undefined)[] = Array.isArray(source) ? source : Array.from({ length: PLACEHOLDER_ITEMS }, () => undefined);
  const placeholderItems = !Array.isArray(source);
  const output: Node[] = [];
  items.forEach((item, index) => {
    const bindings = bindParameter(node.item, item);
    if (node.index) bindings.push([node.index, index]);
    const scope = extendScope(context.scope, bindings);
    for (const child of node.template) {
      for (const drawn of renderNode(child, { ...context, scope })) {
        if (drawn instanceof context.doc.defaultView!.Element) {
          drawn.setAttribute("data-omnios-repeat", String(index));
          if (placeholderItems) drawn.setAttribute("data-omnios-placeholder-item", "");
        }
        output.push(drawn);
      }
    }
  });
  return output;
}

function renderElement(element: ElementNode, context: Context): Node[] {
  if (element.kind === "fragment") {
    const wrapper = context.doc.createElement("omnios-fragment");
    wrapper.setAttribute("data-omnios-id", element.id);
    wrapper.append(...element.children.flatMap((child) => renderNode(child, context)));
    drawnWith.set(wrapper, context);
    return [wrapper];
  }
  if (element.kind === "component") return [renderInstance(element, context)];

  const svg = context.svg || element.kind === "svg" || element.name === "svg";
  let node: Element;
  try {
    node = svg ? context.doc.createElementNS(SVG_NS, element.name.replace(/^svg:/, "")) : context.doc.createElement(element.name);
  } catch {
    return [placeholder(context, "omnios-code", `<${element.name}>`, element.name)];
  }
  node.setAttribute("data-omnios-id", element.id);
  drawnWith.set(node, context);
  for (const attribute of element.attributes) applyAttribute(node, attribute, context, svg);
  const classes = classNames(element, context.scope);
  if (classes) node.setAttribute("class", classes);
  if (element.style) applyStyle(node as HTMLElement, element, context);
  const childContext = svg === context.svg ? context : { ...context, svg };
  if (!element.selfClosing || element.children.length > 0) node.append(...element.children.flatMap((child) => renderNode(child, childContext)));
  return [node];
}

/** A component instance: a project component expanded with the instance's props, or a labelled box for an external one. */
function renderInstance(element: ElementNode, context: Context): Element {
  const wrapper = context.doc.createElement("omnios-instance");
  wrapper.setAttribute("data-omnios-id", element.id);
  wrapper.setAttribute("data-omnios-component", element.name);
  drawnWith.set(wrapper, context);
  const props = instanceProps(element, context);
  const children = element.children.length > 0 ? (doc: Document) => element.children.flatMap((child) => renderNode(child, inDocument(context, doc))) : null;

  const reference = element.component;
  const target = reference?.path ? context.host.component(reference.path, reference.export === "default" ? "default" : reference.export) : null;
  if (target && context.depth < MAX_INSTANCE_DEPTH) {
    const scope = new Map<string, ScopeValue | undefined>(props);
    // A prop the instance does not pass is known to be undefined, unless a spread we cannot read may pass it.
    const unknownSpread = element.attributes.some((a) => a.kind === "spread" && !(a.code && typeof lookup(context.scope, a.code) === "object"));
    for (const prop of target.props) {
      if (!scope.has(prop.name) && prop.default !== null) scope.set(prop.name, literalOf(prop.default));
      if (!scope.has(prop.name)) scope.set(prop.name, unknownSpread ? undefined : absent);
    }
    const inner: Context = { doc: context.doc, host: context.host, scope, svg: false, children, depth: context.depth + 1 };
    for (const root of target.roots) for (const node of renderNode(root, inner)) wrapper.append(markInner(node, element.id));
    return wrapper;
  }
  const builtIn = renderKnownExternal(element, props, context);
  if (builtIn) {
    wrapper.append(builtIn);
    return wrapper;
  }
  const box = placeholder(context, "omnios-external", `<${element.name}>`, describeProps(element));
  wrapper.append(box);
  if (children) box.append(...children(context.doc));
  return wrapper;
}

/** next/image and next/link drawn as the HTML they render. */
function renderKnownExternal(element: ElementNode, props: Map<string, ScopeValue | undefined>, context: Context): Element | null {
  const module = element.component?.module;
  if (module === "next/image") {
    const img = context.doc.createElement("img");
    const src = props.get("src");
    if (typeof src === "string") img.setAttribute("src", context.host.assetUrl(src));
    for (const name of ["alt", "width", "height"]) {
      const value = props.get(name);
      if (value !== undefined && value !== null && value !== absent) img.setAttribute(name, String(value));
    }
    if (element.className) img.setAttribute("class", classNames(element, context.scope));
    return img;
  }
  if (module === "next/link") {
    const a = context.doc.createElement("a");
    const href = props.get("href");
    if (typeof href === "string") a.setAttribute("href", href);
    if (element.className) a.setAttribute("class", classNames(element, context.scope));
    a.append(...element.children.flatMap((child) => renderNode(child, context)));
    return a;
  }
  return null;
}

function instanceProps(element: ElementNode, context: Context): Map<string, ScopeValue | undefined> {
  const props = new Map<string, ScopeValue | undefined>();
  for (const attribute of element.attributes) {
    if (attribute.kind === "spread") {
      const spread = attribute.code ? lookup(context.scope, attribute.code) : undefined;
      if (spread && typeof spread === "object" && !Array.isArray(spread)) for (const [key, value] of Object.entries(spread)) props.set(key, value);
      continue;
    }
    props.set(attribute.name, attributeValue(attribute, context.scope));
  }
  if (element.className) props.set("className", classNames(element, context.scope));
  return props;
}

function attributeValue(attribute: AttributeJson, scope: Scope): ScopeValue | undefined {
  switch (attribute.kind) {
    case "implicit":
      return true;
    case "string":
      return attribute.value ?? "";
    case "number":
      return Number(attribute.value);
    case "boolean":
      return attribute.value === "true";
    case "expression":
      return attribute.code ? lookup(scope, attribute.code) : undefined;
    default:
      return undefined;
  }
}

const REACT_TO_DOM: Record<string, string> = { className: "class", htmlFor: "for", tabIndex: "tabindex", readOnly: "readonly", maxLength: "maxlength", autoComplete: "autocomplete", autoFocus: "autofocus", colSpan: "colspan", rowSpan: "rowspan", crossOrigin: "crossorigin", srcSet: "srcset", xlinkHref: "xlink:href" };
const SVG_CAMEL = new Set(["viewBox", "preserveAspectRatio", "gradientUnits", "gradientTransform", "patternUnits", "patternTransform", "clipPathUnits", "maskUnits", "markerWidth", "markerHeight", "refX", "refY", "textLength", "stdDeviation", "baseFrequency", "numOctaves", "pathLength"]);

function applyAttribute(node: Element, attribute: AttributeJson, context: Context, svg: boolean): void {
  if (attribute.kind === "spread" || attribute.event || attribute.name === "key" || attribute.name === "ref" || attribute.name === "className" || attribute.name === "class" || attribute.name === "style") return;
  if (attribute.name === "dangerouslySetInnerHTML") return;
  const value = attributeValue(attribute, context.scope);
  if (value === undefined || value === null || value === absent || value === false || typeof value === "object") return;
  let name = REACT_TO_DOM[attribute.name] ?? attribute.name;
  if (svg && !SVG_CAMEL.has(name) && /[A-Z]/.test(name) && !name.includes(":")) name = name.replace(/[A-Z]/g, (c) => "-" + c.toLowerCase());
  let text = value === true ? "" : String(value);
  if ((name === "src" || name === "srcset" || name === "poster") && text.startsWith("/")) text = context.host.assetUrl(text);
  if (name === "href" && node.localName === "a") node.setAttribute("data-omnios-href", text);
  try {
    if (name === "xlink:href") node.setAttributeNS("http://www.w3.org/1999/xlink", name, text);
    else node.setAttribute(name, text);
  } catch {
    // An attribute name the DOM does not accept is simply not drawn.
  }
}

/** React's unitless properties: a number stays a number; any other number becomes pixels. */
const UNITLESS = new Set(["opacity", "zIndex", "fontWeight", "lineHeight", "flex", "flexGrow", "flexShrink", "order", "zoom", "gridRow", "gridColumn", "columnCount", "fillOpacity", "strokeOpacity", "strokeWidth", "aspectRatio"]);

function applyStyle(node: HTMLElement, element: ElementNode, context: Context): void {
  for (const property of element.style?.properties ?? []) {
    let value: ScopeValue | undefined = property.value;
    if (value === null) value = lookup(context.scope, property.code);
    if (value === undefined || value === null || value === absent || typeof value === "object") continue;
    const css = property.name.startsWith("--") ? property.name : property.name.replace(/[A-Z]/g, (c) => "-" + c.toLowerCase()).replace(/^(webkit|moz|ms)-/, "-$1-");
    const text = typeof value === "number" || /^-?\d+(\.\d+)?$/.test(String(value)) ? (UNITLESS.has(property.name) || Number(value) === 0 ? String(value) : `${value}px`) : String(value);
    node.style.setProperty(css, text);
  }
}

/** The static classes, plus the dynamic parts that can be read from the values in scope (`cond ? "a" : "b"`). */
function classNames(element: ElementNode, scope: Scope): string {
  const className = element.className;
  if (!className) return "";
  const dynamic = className.dynamic.map((code) => evaluateString(scope, code)).filter((c): c is string => c !== undefined);
  return [...className.static, ...dynamic].join(" ").trim();
}

function markInner(node: Node, instanceId: string): Node {
  if (node instanceof (node.ownerDocument?.defaultView?.Element ?? Element)) (node as Element).setAttribute("data-omnios-instance", instanceId);
  return node;
}

function placeholder(context: Context, tag: string, label: string, title: string): Element {
  const element = context.doc.createElement(tag);
  element.setAttribute("title", title);
  element.textContent = label;
  return element;
}

function describeProps(element: ElementNode): string {
  const parts = element.attributes.map((a) => (a.kind === "spread" ? `{...${a.code}}` : `${a.name}=${a.kind === "string" ? JSON.stringify(a.value) : `{${a.code ?? a.value}}`}`));
  return `<${element.name} ${parts.join(" ")}>`;
}

function literalOf(code: string): LiteralValue | undefined {
  try {
    return JSON.parse(code.replace(/^'(.*)'$/, '"$1"')) as LiteralValue;
  } catch {
    return undefined;
  }
}

function shorten(code: string): string {
  const oneLine = code.replace(/\s+/g, " ").trim();
  return oneLine.length > 60 ? oneLine.slice(0, 57) + "..." : oneLine;
}
