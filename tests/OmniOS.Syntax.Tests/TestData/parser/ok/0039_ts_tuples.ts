type Pair = [string, number];
type Named = [first: string, second?: number];
type Rest = [string, ...number[]];
type NamedRest = [head: string, ...tail: number[]];
type Optional = [string, number?, boolean?];
type Empty = [];
type ReadonlyPair = readonly [x: number, y: number];
type Trailing = [
  string,
  number,
];
