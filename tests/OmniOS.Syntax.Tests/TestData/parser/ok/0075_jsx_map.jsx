const list = (
  <ul>
    {items.map(item => <li key={item.id}>{item.name}</li>)}
    {items.map((item, i) => (
      <li key={i} className={i % 2 ? 'odd' : 'even'}>
        {item.label}
      </li>
    ))}
  </ul>
);
