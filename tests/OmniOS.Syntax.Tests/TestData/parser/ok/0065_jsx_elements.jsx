const page = (
  <main>
    <h1>Title</h1>
    <p>
      Some <strong>bold</strong> text.
    </p>
    <br />
    <img src="a.png" alt="" />
    <input disabled />
    <my-element some-attr="1">custom</my-element>
  </main>
);
