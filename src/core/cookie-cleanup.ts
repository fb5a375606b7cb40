import Cookies from 'js-cookie';
import type { CookieDeclaration } from './types';

// A cookie name is an RFC 6265 token: escaping every non-word character makes it a literal
// pattern; `*` (split off first) stands for any run of characters.
const toPattern = (name: string | RegExp): RegExp =>
  name instanceof RegExp ? name : new RegExp(`^${name.split('*').map((part) => part.replace(/\W/g, '\\$&')).join('.*')}$`);

/** The host and each parent domain below the top level: `a.b.example.be` → itself, `b.example.be`, `example.be`. */
const domainsOf = (hostname: string): string[] => {
  const labels = hostname.split('.');
  if (/^[\d.]+$/.test(hostname) || labels.length < 2) return [hostname];
  return labels.slice(0, -1).map((_, index) => labels.slice(index).join('.'));
};

/**
 * Erases the cookies declared for a withdrawn category. A cookie is only removed by a write with
 * the same domain and path it was set with (RFC 6265 section 5.3 step 11), and a page cannot read
 * those attributes, so every likely combination is tried: host-only, then the host and each parent
 * domain, on the declared path (default `/`).
 */
export const eraseDeclaredCookies = (document: Document, hostname: string, declarations: readonly CookieDeclaration[]): void => {
  if (declarations.length == 0) return;
  // Names straight from the jar: js-cookie's own reader skips a cookie whose value it cannot decode.
  const present = document.cookie.split(';').map((pair) => pair.split('=')[0]!.trim());
  for (const { name, path = '/', domain } of declarations) {
    const pattern = toPattern(name);
    for (const cookie of present.filter((candidate) => pattern.test(candidate))) {
      for (const each of domain ? [domain] : [undefined, ...domainsOf(hostname)]) Cookies.remove(cookie, { path, domain: each });
    }
  }
};
