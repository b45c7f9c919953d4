// The canvas protocol's data, as the OmniOS server sends it (server/OmniOS.Server/Protocol/DesignModelJson.cs
// and Canvas/CanvasProtocol.cs). Offsets are UTF-16 code units of the document's text.

export interface SyntaxError {
  message: string;
  code: string;
  start: number;
  end: number;
  line: number;
  column: number;
}

export type ElementKind = "html" | "svg" | "component" | "fragment";

export type AttributeKind = "implicit" | "string" | "number" | "boolean" | "expression" | "element" | "spread";

export interface AttributeJson {
  name: string;
  kind: AttributeKind;
  value: string | null;
  code: string | null;
  editable: boolean;
  event: boolean;
  start: number;
  end: number;
  elements: DesignNode[];
}

export interface ClassNameJson {
  form: "string" | "template" | "call" | "expression";
  editable: boolean;
  static: string[];
  dynamic: string[];
}

export interface StylePropertyJson {
  name: string;
  value: string | null;
  code: string;
  editable: boolean;
}

export interface StyleJson {
  editable: boolean;
  properties: StylePropertyJson[];
}

export interface ComponentRef {
  path: string | null;
  module: string | null;
  export: string;
}

interface NodeBase {
  start: number;
  end: number;
}

export interface ElementNode extends NodeBase {
  type: "element";
  id: string;
  kind: ElementKind;
  name: string;
  selfClosing: boolean;
  component?: ComponentRef;
  attributes: AttributeJson[];
  className: ClassNameJson | null;
  style: StyleJson | null;
  events: string[];
  text: string | null;
  children: DesignNode[];
}

export interface TextNode extends NodeBase {
  type: "text";
  text: string;
}

export interface BindingNode extends NodeBase {
  type: "binding";
  path: string;
  code: string;
}

export interface SlotNode extends NodeBase {
  type: "slot";
  name: string;
  code: string;
}

export interface RepeaterNode extends NodeBase {
  type: "repeater";
  source: string;
  item: string;
  index: string | null;
  key: string | null;
  code: string;
  items?: LiteralValue[] | null;
  template: DesignNode[];
}

export interface ConditionalNode extends NodeBase {
  type: "conditional";
  operator: string;
  condition: string;
  code: string;
  then: DesignNode[];
  else: DesignNode[];
}

export interface CodeNode extends NodeBase {
  type: "code";
  code: string;
  children: DesignNode[];
}

export type DesignNode = ElementNode | TextNode | BindingNode | SlotNode | RepeaterNode | ConditionalNode | CodeNode;

/** A value written literally in the source (an array of objects rendered by a repeater, a prop). */
export type LiteralValue = string | number | boolean | null | LiteralValue[] | { [key: string]: LiteralValue };

export interface PropJson {
  name: string;
  type: string | null;
  optional: boolean;
  default: string | null;
}

export interface ComponentJson {
  name: string;
  kind: string;
  export: "none" | "named" | "default";
  isComponent: boolean;
  start: number;
  end: number;
  propsType: string | null;
  props: PropJson[];
  roots: DesignNode[];
}

export interface DesignModel {
  path: string;
  ok: boolean;
  errors: SyntaxError[];
  version: number;
  imports: { source: string; typeOnly: boolean; bindings: { local: string; imported: string }[] }[];
  components: ComponentJson[];
  /**
   * openDocument's answer only: the documents whose components this one's instances draw (and theirs)
   * that the canvas had not opened; the server sends their deltas from then on.
   */
  uses?: DesignModel[];
}

export interface DocumentSummary {
  path: string;
  components: string[];
  main: boolean;
  /** The components other files can import from this one. */
  exports: { name: string; default: boolean }[];
}

export type Delta =
  | { op: "add"; id: string; parent: string | null; index: number; component: string; element: ElementNode }
  | { op: "remove"; id: string }
  | { op: "move"; from: string; id: string; parent: string | null; index: number }
  | { op: "update"; id: string; changes: string[]; element: ElementNode };

export interface DocumentChanged {
  path: string;
  version: number;
  deltas: Delta[];
  errors: SyntaxError[];
}

export interface CommandOutcome {
  applied: boolean;
  message?: string;
  version?: number;
}

/** A component an insert brings in: `import Name from "module"` (default) or `import { Name } from "module"`. */
export interface ComponentImport {
  name: string;
  from: string;
  default: boolean;
}

/** A design command addressed by element id (the server turns ids into offsets of its current text). */
export type Command =
  | { op: "setText"; id: string; text: string }
  | { op: "setAttribute"; id: string; name: string; value: string | number | boolean }
  | { op: "removeAttribute"; id: string; name: string }
  | { op: "addClass"; id: string; class: string }
  | { op: "removeClass"; id: string; class: string }
  | { op: "setStyle"; id: string; property: string; value: string | null }
  | { op: "delete"; id: string }
  | { op: "insert"; parentId: string; index: number; jsx: string; import?: ComponentImport }
  | { op: "move"; id: string; parentId: string; index: number }
  | { op: "wrap"; id: string; tag: string }
  | { op: "duplicate"; id: string }
  | { op: "extractComponent"; id: string; name: string };
