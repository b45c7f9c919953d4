class A {
  readonly
  x = 1
  static
  y = 2
  declare
  z: number
  get
  w() { return 1; }
  async
  m() {}
}
interface I {
  readonly
  x: number
}
