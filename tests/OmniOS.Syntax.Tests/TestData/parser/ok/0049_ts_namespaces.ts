namespace A {
  export const x = 1;
}
namespace A.B.C {
  export function f() {}
  namespace Inner {}
}
export namespace Exported {
  export interface I {}
}
declare namespace Ambient {
  let value: number;
}
