class Counter {
  count = 0;
  static instances = 0;
  #secret = 42;
  static #registry = new Map();
  label;
  'quoted key' = 1;
  42 = 'number key';

  #bump() {
    return ++this.#secret;
  }

  static has(obj) {
    return #secret in obj && Counter.#registry.has(obj);
  }
}
