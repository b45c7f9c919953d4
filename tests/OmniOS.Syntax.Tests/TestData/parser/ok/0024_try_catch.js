try {
  risky();
} catch {
  recover();
}
try { a(); } catch (error) { log(error); } finally { done(); }
try { a(); } finally { done(); }
try {} catch ({ message }) {}
