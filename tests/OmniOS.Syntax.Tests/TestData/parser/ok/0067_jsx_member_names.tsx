const a = <Foo.Bar.Baz prop={1}>child</Foo.Bar.Baz>;
const b = <Context.Provider value={value} />;
const c = <this.Component />;
const d = <motion.div animate={{ x: 1 }}></motion.div>;
