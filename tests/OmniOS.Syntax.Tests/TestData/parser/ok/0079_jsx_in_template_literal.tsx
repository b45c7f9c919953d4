const a = `before ${<b>bold</b>} after`;
const b = `${items.map((i) => <li key={i}>{`item ${i}`}</li>)}`;
