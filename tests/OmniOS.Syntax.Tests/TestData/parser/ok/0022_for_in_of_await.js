for (const key in obj) {}
for (let i = 0, j = 10; i < j; i++, j--) {}
for (var item of items) {}
for (;;) break;
for (const [k, v] of Object.entries(obj)) {}
for (x in obj);
for (x.y of list);
async function f() {
  for await (const chunk of stream) {}
}
for (let i = 0, n = ('a' in obj) ? 1 : 2; i < n; i++);
for (const f = () => { return 'a' in obj; }; ;) break;
