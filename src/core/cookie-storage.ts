import Cookies from 'js-cookie';
import type { ConsentStorage, ResolvedConfig } from './types';

/**
 * Keeps the record in a first-party cookie. One js-cookie instance carries every attribute, so
 * writing and removing always use the same domain and path (a mismatch would leave a stale
 * cookie behind). `Partitioned` is never set: the record belongs to the site, not an embed.
 */
export const createCookieStorage = (
  { cookie }: ResolvedConfig,
  pick: (values: readonly string[]) => string | undefined,
): ConsentStorage => {
  // Every field of the resolved cookie config but its name is a cookie attribute.
  const { name, ...attributes } = cookie;
  const jar = Cookies.withAttributes(attributes);
  const prefix = `${name}=`;
  return {
    // A jar can hold the name twice (another path, or host-only next to a domain cookie), and
    // js-cookie returns only one of them: the caller picks the one that proves the most.
    read: () => pick(document.cookie.split('; ').filter((pair) => pair.startsWith(prefix)).map((pair) => pair.slice(prefix.length))),
    write: (value) => {
      // A host-only twin left from before a domain was configured would shadow the new record.
      if (attributes.domain) Cookies.remove(name, { path: attributes.path });
      jar.set(name, value);
    },
    remove: () => jar.remove(name),
  };
};
