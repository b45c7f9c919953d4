import assert from "node:assert/strict";
import { test } from "node:test";
import { RestartPolicy } from "./restartPolicy";

test("a crashed server is restarted up to the limit, then not", () => {
  const policy = new RestartPolicy(2, 60_000);
  assert.deepEqual(policy.crashed(0), { restart: true, crashes: 1 });
  assert.deepEqual(policy.crashed(1_000), { restart: true, crashes: 2 });
  assert.deepEqual(policy.crashed(2_000), { restart: false, crashes: 3 });
});

test("crashes older than the window are forgotten", () => {
  const policy = new RestartPolicy(2, 60_000);
  policy.crashed(0);
  policy.crashed(1_000);
  assert.deepEqual(policy.crashed(60_500), { restart: true, crashes: 2 });
});

test("a restart the user asks for starts the count afresh", () => {
  const policy = new RestartPolicy(1, 60_000);
  policy.crashed(0);
  assert.equal(policy.crashed(1).restart, false);
  policy.reset();
  assert.deepEqual(policy.crashed(2), { restart: true, crashes: 1 });
});
