const a = (
  <div
    className="
      flex items-center
      justify-between
    "
    title='line one
line two'
  />
);
