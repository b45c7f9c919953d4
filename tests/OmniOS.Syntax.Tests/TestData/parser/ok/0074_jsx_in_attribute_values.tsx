const a = <Button icon={<Icon name="x" />} label=<b>bold</b> />;
const b = <Route element={<Layout><Page /></Layout>} />;
const c = <Tabs items={[<Tab key="1" />, <Tab key="2" />]} />;
