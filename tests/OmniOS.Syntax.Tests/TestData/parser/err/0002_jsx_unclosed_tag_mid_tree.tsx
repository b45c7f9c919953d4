export function Card() {
  return (
    <section>
      <header>
        <h1>Title
      </header>
      <p>Body</p>
    </section>
  );
}
const after = 1;
