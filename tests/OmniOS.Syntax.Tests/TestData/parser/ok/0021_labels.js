outer: for (const row of rows) {
  inner: for (const cell of row) {
    if (!cell) continue outer;
    if (cell === 1) break inner;
  }
}
block: {
  break block;
}
