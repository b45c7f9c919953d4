const a = (
  <div>
    {value}
    {/* a comment */}
    {}
    {
      // line comment
    }
    {count + 1}
    {fn({ a: 1 })}
    {`template ${x}`}
  </div>
);
