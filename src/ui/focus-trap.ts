// What the dialog contains that can take focus (it builds every control itself).
const FOCUSABLE = 'a[href],button,input:not(:disabled)';

/**
 * Keeps keyboard focus inside a modal dialog (WCAG 2.1.2 allows this because Escape always
 * leaves it; WAI-ARIA APG dialog pattern): Tab after the last control goes to the first,
 * Shift+Tab before the first goes to the last, and focus that lands outside (a click on the
 * page behind, assistive technology) is brought back. Escape calls `onEscape`.
 * Returns the function that releases the trap.
 */
export const trapFocus = (container: HTMLElement, onEscape: () => void): (() => void) => {
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onEscape();
    } else if (event.key === 'Tab') {
      const items = Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE));
      const first = items[0];
      const last = items[items.length - 1];
      const active = document.activeElement;
      const wrap = event.shiftKey ? active === first || active === container || !container.contains(active) : active === last;
      if (wrap) {
        event.preventDefault();
        (event.shiftKey ? last : first)?.focus();
      }
    }
  };
  const onFocusIn = (event: FocusEvent): void => {
    if (!container.contains(event.target as Node)) container.focus();
  };
  document.addEventListener('keydown', onKeyDown);
  document.addEventListener('focusin', onFocusIn);
  return () => {
    document.removeEventListener('keydown', onKeyDown);
    document.removeEventListener('focusin', onFocusIn);
  };
};
