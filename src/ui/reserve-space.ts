import { h } from './dom';

/**
 * Keeps a fixed banner from hiding the focused element (WCAG 2.4.11 Focus Not Obscured): while
 * the banner shows, `<html>` gets `scroll-padding-bottom` equal to its height, so the browser
 * scrolls focused elements above it, and a spacer at the end of `<body>` lets the last elements
 * of the page scroll clear of it too. The height is also published as `--cg-banner-height` for
 * the page's own fixed elements. Everything is set through CSSOM (`style.setProperty`), which a
 * strict `style-src` does not block, unlike a `style` attribute.
 * Returns the function that gives the space back.
 */
export const reserveSpace = (banner: HTMLElement): (() => void) => {
  const style = document.documentElement.style;
  const previous = [style.getPropertyValue('scroll-padding-bottom'), style.getPropertyPriority('scroll-padding-bottom')] as const;
  // Appended last, so nothing before it moves (no layout shift: CLS stays 0).
  const spacer = h('div', { class: 'cg-spacer', 'aria-hidden': 'true' });
  document.body.append(spacer);
  const measure = (): void => {
    const height = `${banner.offsetHeight}px`;
    style.setProperty('--cg-banner-height', height);
    style.setProperty('scroll-padding-bottom', height);
    spacer.style.height = height;
  };
  // ResizeObserver reports the first size right after the layout the browser does anyway, before
  // that frame is painted: reading offsetHeight now would force a layout of the whole page in the
  // middle of the script. Without it, the height is read at once.
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : undefined;
  if (observer) observer.observe(banner);
  else measure();
  return () => {
    observer?.disconnect();
    spacer.remove();
    style.removeProperty('--cg-banner-height');
    style.setProperty('scroll-padding-bottom', ...previous);
  };
};
