const a = <Select<Option> items={items} onChange={setValue} />;
const b = (
  <Table<Row, Column> rows={rows}>
    <Cell<Row> value={1} />
  </Table>
);
