function Base() {
  if (!new.target) throw new Error('use new');
}
const url = new URL('./data.json', import.meta.url);
const env = import.meta.env?.MODE;
