// Finding things in the element trees views.js draws, for the view tests.

/** Every node of the tree the predicate accepts, depth first. */
export function all(node, predicate, found = []) {
  if (typeof node === 'string') return found;
  if (predicate(node)) found.push(node);
  node.children.forEach((child) => all(child, predicate, found));
  return found;
}
export const text = (node) => (typeof node === 'string' ? node : node.children.map(text).join(''));
export const byClass = (name) => (node) => (node.attrs.class || '').split(' ').includes(name);
export const tagged = (tag) => (node) => node.tag === tag;
