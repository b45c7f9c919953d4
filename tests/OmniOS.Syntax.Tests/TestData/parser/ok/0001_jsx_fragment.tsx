<>
  <p>Hi &amp; bye</p>
</>;
