async function load(url) {
  const res = await fetch(url);
  return await res.json();
}
const f = async function () {
  await Promise.all([load('a'), load('b')]);
};
const o = {
  async fetch() { return await load('c'); },
  async *stream() { for await (const x of source()) yield x; },
};
export default async function main() {}
