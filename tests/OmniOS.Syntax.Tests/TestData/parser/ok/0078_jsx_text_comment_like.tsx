const a = (
  <p>
    See https://example.com // not a comment
    and /* not a comment either */
    "double quotes" and 'single quotes' and don't stop.
  </p>
);
