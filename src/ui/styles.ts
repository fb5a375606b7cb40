import css from './styles.css?raw';
import { h } from './dom';

let sheet: CSSStyleSheet | undefined;

/**
 * Applies the default CSS and returns the function that removes it.
 *
 * `true`: a constructable stylesheet in `document.adoptedStyleSheets`. It is built from a string
 * by script, like CSSOM edits, which `style-src` does not govern: it works under
 * `style-src 'self'` without 'unsafe-inline', where a `<style>` element or a style attribute
 * would be blocked and reported. A string is the URL of a stylesheet to link instead; it is also
 * the fallback (`fallback`) where adoptedStyleSheets is missing (Safari before 16.4).
 */
export const applyStyles = (styles: boolean | string, fallback?: string): (() => void) => {
  if (styles === true) {
    try {
      sheet ??= new CSSStyleSheet();
      sheet.replaceSync(css);
      const own = sheet;
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, own];
      return () => {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== own);
      };
    } catch {
      styles = fallback ?? false;
    }
  }
  if (styles === false) return () => {};
  const link = h('link', { rel: 'stylesheet', href: styles });
  document.head.append(link);
  return () => link.remove();
};
