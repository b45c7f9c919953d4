let a = 1, b = 2
a
++b
a
--b
const c = a
;[1, 2].forEach(log)
