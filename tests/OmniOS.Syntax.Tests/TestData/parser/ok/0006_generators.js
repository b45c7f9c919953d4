function* numbers() {
  yield;
  yield 1;
  const received = yield 2;
  yield* other();
  yield yield 3;
  return received;
}
const g = function* () {
  yield
  1;
};
