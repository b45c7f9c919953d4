class B extends A {
  constructor(...args) {
    super(...args);
    super.init?.();
    this.value = super['key'];
  }
  static create = () => new this();
}
const pair = (first, second);
const C = class extends (cond ? A : B) {};
class N extends null {}
