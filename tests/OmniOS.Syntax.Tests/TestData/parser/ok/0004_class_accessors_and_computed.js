const key = 'dynamic';
class Shape {
  get area() {
    return this.w * this.h;
  }
  set area(value) {
    this.w = value;
  }
  static get unit() { return 'px'; }
  [key]() {}
  [`${key}Field`] = 1;
  get [Symbol.toStringTag]() { return 'Shape'; }
  static async *gen() {
    yield* [1, 2];
  }
  async method() {}
  *items() {}
  get() {}
  set = 3;
  static() {}
}
