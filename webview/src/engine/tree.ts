// Walking the design tree: element children in id order (attribute elements first, then content,
// through repeaters, conditionals and code), and an index from id to element.

import type { DesignNode, ElementNode, ComponentJson, DesignModel } from "./protocol";

/** The nodes directly below a node in the design tree (not attribute elements). */
export function childNodes(node: DesignNode): DesignNode[] {
  switch (node.type) {
    case "element":
      return node.children;
    case "repeater":
      return node.template;
    case "conditional":
      return [...node.then, ...node.else];
    case "code":
      return node.children;
    default:
      return [];
  }
}

/**
 * The element children of an element in the order the server numbers them (ids end in /0, /1 …):
 * elements in attribute values first, then the elements of its content, looking through
 * repeaters, conditionals and code.
 */
export function elementChildren(element: ElementNode): ElementNode[] {
  const result: ElementNode[] = [];
  for (const attribute of element.attributes) for (const child of attribute.elements) collectElements(child, result);
  for (const child of element.children) collectElements(child, result);
  return result;
}

function collectElements(node: DesignNode, output: ElementNode[]): void {
  if (node.type === "element") {
    output.push(node);
    return;
  }
  for (const child of childNodes(node)) collectElements(child, output);
}

/** Where an element sits: its parent element (null for a component root) and its component. */
export interface ElementEntry {
  element: ElementNode;
  parent: ElementNode | null;
  component: ComponentJson;
}

/** Every element of a model by id, with its parent and component. */
export function indexElements(model: DesignModel): Map<string, ElementEntry> {
  const index = new Map<string, ElementEntry>();
  for (const component of model.components) {
    const stack: { node: DesignNode; parent: ElementNode | null }[] = component.roots.map((node) => ({ node, parent: null })).reverse();
    while (stack.length > 0) {
      const { node, parent } = stack.pop()!;
      if (node.type === "element") {
        index.set(node.id, { element: node, parent, component });
        const children: { node: DesignNode; parent: ElementNode | null }[] = [];
        for (const attribute of node.attributes) for (const child of attribute.elements) children.push({ node: child, parent: node });
        for (const child of node.children) children.push({ node: child, parent: node });
        for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
      } else {
        const children = childNodes(node);
        for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, parent });
      }
    }
  }
  return index;
}

/**
 * The array that holds a node (a component's roots, an element's children, a branch …), found by
 * identity below its parent element (null: a root of the component), not in the whole model.
 */
export function containerOf(target: DesignNode, parent: ElementNode | null, component: ComponentJson): DesignNode[] | null {
  if (!parent) return findContainer(component.roots, target);
  for (const attribute of parent.attributes) {
    const found = findContainer(attribute.elements, target);
    if (found) return found;
  }
  return findContainer(parent.children, target);
}

function findContainer(list: DesignNode[], target: DesignNode): DesignNode[] | null {
  const stack: DesignNode[][] = [list];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.includes(target)) return current;
    for (const node of current) {
      if (node.type === "element") {
        stack.push(node.children);
        for (const attribute of node.attributes) stack.push(attribute.elements);
      } else if (node.type === "repeater") stack.push(node.template);
      else if (node.type === "conditional") stack.push(node.then, node.else);
      else if (node.type === "code") stack.push(node.children);
    }
  }
  return null;
}
