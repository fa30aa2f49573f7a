/**
 * Callback ref that moves focus to an element when it appears: the result of an action or its error summary, so
 * keyboard and screen reader users land on what their action produced (WCAG 2.4.3). A module-level function keeps
 * the ref stable, so React calls it once per mount and not on every render. The element needs tabIndex={-1}.
 */
export function focusOnMount(element: HTMLElement | null): void {
  element?.focus();
}
