const a = 1
let b = a + 1
function f() { return a }
class C {
  x = 1
  y
  z = 2
  m() {}
}
do b++; while (b < 10) b--
if (a) b
else a
throw new Error('x')
