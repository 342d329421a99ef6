/**
 * A piece of text from the config, as the components render it. `<bdi>` isolates it from the
 * library's own words around it, so an unterminated right-to-left override in a title cannot
 * reverse "Always active" or "privacy policy". Only strings and numbers are rendered: another
 * value that got past the config checks renders nothing rather than crashing the tree.
 */
export function configText(value: unknown) {
  return typeof value === 'string' || typeof value === 'number' ? <bdi>{value}</bdi> : null;
}
