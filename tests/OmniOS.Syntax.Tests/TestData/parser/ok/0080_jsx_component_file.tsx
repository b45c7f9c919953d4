import React, { useState } from 'react';

type Props = { title: string; items: string[] };

export default function List({ title, items }: Props) {
  const [open, setOpen] = useState<boolean>(false);
  return (
    <section className="list">
      <h2 onClick={() => setOpen(!open)}>{title}</h2>
      {open && (
        <ul>
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
