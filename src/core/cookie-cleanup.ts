import Cookies from 'js-cookie';
import type { CookieDeclaration } from './types';

const toPattern = (name: string | RegExp): RegExp =>
  name instanceof RegExp
    ? name
    : new RegExp(`^${name.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);

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
export const eraseDeclaredCookies = (
  document: Document,
  hostname: string,
  declarations: readonly CookieDeclaration[],
): string[] => {
  if (declarations.length === 0) return [];
  const present = document.cookie
    .split(';')
    .map((pair) => (pair.split('=')[0] ?? '').trim())
    .filter(Boolean);
  const erased: string[] = [];
  for (const declaration of declarations) {
    const pattern = toPattern(declaration.name);
    const domains = declaration.domain ? [declaration.domain] : [undefined, ...domainsOf(hostname)];
    for (const name of present.filter((candidate) => pattern.test(candidate))) {
      for (const domain of domains) Cookies.remove(name, { path: declaration.path ?? '/', domain });
      erased.push(name);
    }
  }
  return erased;
};
