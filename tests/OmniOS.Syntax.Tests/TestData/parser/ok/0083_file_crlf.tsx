import React from "react";

export function App() {
  return (
    <div className="app">
      <span>one</span>
      {/* comment */}
    </div>
  );
}
