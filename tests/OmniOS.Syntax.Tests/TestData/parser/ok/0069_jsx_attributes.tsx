const el = (
  <input
    type="text"
    value='single'
    disabled
    data-test-id="field"
    aria-label="Name"
    class="legacy"
    for="x"
    className={cx('a', { b: true })}
    onChange={(e) => set(e.target.value)}
    tabIndex={-1}
    default
    if="kw"
  />
);
