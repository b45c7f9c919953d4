let count: number = 0;
const name: string = 'x';
let list: string[] = [];
let matrix: number[][] = [];
let maybe: string | undefined;
let anything: any, unknownValue: unknown, nothing: never;
let big: bigint = 1n, sym: symbol, obj: object, flag: boolean;
function add(a: number, b: number): number {
  return a + b;
}
const arrow = (x: string): void => {};
let fn: () => void;
let nested: Array<Array<string>> = [];
let generic: Map<string, Set<number>>;
