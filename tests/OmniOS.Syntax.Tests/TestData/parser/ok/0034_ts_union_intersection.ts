type A = string | number;
type B =
  | { kind: 'a'; value: string }
  | { kind: 'b'; value: number };
type C = Base & { extra: true };
type D = & First & Second;
type E = (A | B) & C;
type F = A | B & C;
type G = 'left' | 'right' | 1 | -1 | true | null | undefined;
