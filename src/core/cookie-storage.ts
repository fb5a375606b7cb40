import Cookies from 'js-cookie';
import type { ConsentStorage, ResolvedConfig } from './types';

/**
 * Keeps the record in a first-party cookie. One js-cookie instance carries every attribute, so
 * writing and removing always use the same domain and path (a mismatch would leave a stale
 * cookie behind). `Partitioned` is never set: the record belongs to the site, not an embed.
 */
export const createCookieStorage = ({ cookie }: ResolvedConfig): ConsentStorage => {
  const jar = Cookies.withAttributes({
    path: cookie.path,
    domain: cookie.domain,
    sameSite: cookie.sameSite,
    secure: cookie.secure,
    expires: cookie.expires,
  });
  return {
    read: () => jar.get(cookie.name),
    write: (value) => void jar.set(cookie.name, value),
    remove: () => jar.remove(cookie.name),
  };
};
