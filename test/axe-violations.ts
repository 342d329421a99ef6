import axe from 'axe-core';

/**
 * axe's violations in `context`, each as `id: targets`, once every running animation has ended.
 * Mid-fade (a dialog's entrance, a banner shown after reset()) text has not its final contrast yet,
 * and axe would report a `color-contrast` violation no person ever sees.
 */
export async function axeViolations(context: axe.ElementContext = document): Promise<string[]> {
  await Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
  const result = await axe.run(context, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
