import { expect, waitFor, within } from 'storybook/test';

/**
 * The value cell of a row of the live consent readout, e.g. `readout(canvas, 'Analytics')` or
 * `readout(canvas, 'Decided')` (not "Decided at").
 */
export function readout(container: HTMLElement, label: string): HTMLElement {
  // hidden: a modal dialog hides the rest of the page from assistive tech while it is open.
  const header = within(container).getByRole('rowheader', {
    hidden: true,
    name: label,
  });
  return header.closest('tr')!.querySelector('td')!;
}

/** Waits for an element to be shown: the theme fades the banner and dialog in. */
export async function expectVisible(element: HTMLElement): Promise<void> {
  await waitFor(() => expect(element).toBeVisible());
}

/**
 * A standalone `CategoryToggle` once Radix Switch has loaded: until then it shows a pending,
 * inoperable switch (`data-pending`) with the same name and state.
 */
export async function operableSwitch(container: HTMLElement, name: string): Promise<HTMLElement> {
  return waitFor(() => {
    const found = within(container).getByRole('switch', { name });
    if (found.hasAttribute('data-pending')) throw new Error(`the ${name} switch is still loading`);
    return found;
  });
}
