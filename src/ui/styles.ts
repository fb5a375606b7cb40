import css from './styles.css?raw';
import { h } from './dom';

/**
 * Adopts `text` as a constructable stylesheet and returns the function that drops it again. It
 * is built from a string by script, like CSSOM edits, which `style-src` does not govern: it works
 * under `style-src 'self'` without 'unsafe-inline', where a `<style>` element or a style attribute
 * would be blocked and reported. Throws where adoptedStyleSheets is missing (Safari before 16.4).
 */
export const adoptStyles = (text: string): (() => void) => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
  };
};

/**
 * Applies the default CSS and returns the function that removes it. `true`: adopted (see
 * `adoptStyles`). A string is the URL of a stylesheet to link instead; it is also the fallback
 * (`fallback`) where adoptedStyleSheets is missing.
 */
export const applyStyles = (styles: boolean | string, fallback?: string): (() => void) => {
  if (styles === true) {
    try {
      return adoptStyles(css);
    } catch {
      styles = fallback ?? false;
    }
  }
  if (styles === false) return () => {};
  const link = h('link', { rel: 'stylesheet', href: styles });
  document.head.append(link);
  return () => link.remove();
};
