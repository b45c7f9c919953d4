function broken(a: number) {
  if (a) {
    return a;
  }

function next() {
  return 2;
}
const after = 1;
