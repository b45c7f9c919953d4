function App() {
  return <div className="x"
}
const after = 1;
