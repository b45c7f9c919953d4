function f() {
  const x = foo.
  const after = 1;
  return this.
}
const after2 = 2;
