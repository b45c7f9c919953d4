const icon = (
  <svg:svg xmlns:xlink="http://www.w3.org/1999/xlink">
    <svg:rect xlink:href="#a" width="10" />
    <use xlink:href="#b" />
  </svg:svg>
);
