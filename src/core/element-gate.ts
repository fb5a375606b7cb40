import { CATEGORIES, parseCategoryList, type CategoryId } from './categories';
import type { ConsentEvents } from './types';

/** Marks gated elements: `blocked` until allowed, then `active`. Shared by every instance on a page. */
export const STATE_ATTRIBUTE = 'data-consent-state';
const GATED = 'script[type="text/plain"][data-consent],iframe[data-consent][data-src],img[data-consent][data-src]';
// Attributes of a gated script that are the gate's own, not the script's.
const OWN = ['type', 'data-type', STATE_ATTRIBUTE];

interface GateOptions {
  readonly document: Document;
  readonly MutationObserver: typeof MutationObserver | undefined;
  readonly allowed: (categories: readonly CategoryId[]) => boolean;
  readonly emit: <K extends 'activate' | 'deactivate' | 'error'>(event: K, payload: ConsentEvents[K]) => void;
}

/** A gated element with its parsed categories. */
type Gated = readonly [element: Element, categories: readonly CategoryId[]];

// Written only when it changes: every write is a mutation that observers of the attribute see.
const mark = (element: Element, active: boolean): void => {
  const value = active ? 'active' : 'blocked';
  if (element.getAttribute(STATE_ATTRIBUTE) != value) element.setAttribute(STATE_ATTRIBUTE, value);
};

/**
 * Activates `data-consent` scripts, iframes and images whose categories are all allowed, and
 * unloads iframes and images whose categories are withdrawn. Scripts run once per page view, in
 * document order: an external script without `async` is awaited before the next one is inserted,
 * because a script inserted from code is async by default and an inline one runs at once.
 */
export const createElementGate = ({ document, MutationObserver, allowed, emit }: GateOptions) => {
  let queue = Promise.resolve();
  const ran = new Set<CategoryId>();
  const reported = new WeakSet<Element>();
  // Elements the visitor loaded on their own, without granting their category.
  const once = new WeakSet<Element>();
  // One listener, however often it is added: addEventListener ignores the same function twice.
  const onParsed = (): void => update();

  const update = (roots: Iterable<Node> = [document.documentElement]): void => {
    const scripts: Gated[] = [];
    for (const node of roots) {
      if (node.nodeType != 1) continue;
      const root = node as Element;
      for (const element of [...(root.matches(GATED) ? [root] : []), ...root.querySelectorAll(GATED)]) {
        const value = element.getAttribute('data-consent');
        const categories = parseCategoryList(value);
        if (!categories) {
          if (!reported.has(element)) {
            reported.add(element);
            emit('error', {
              code: 'config',
              message: `data-consent="${value}": expected category ids (${CATEGORIES}); the element stays blocked`,
              element,
            });
          }
          continue;
        }
        const active = element.getAttribute(STATE_ATTRIBUTE) == 'active';
        const wanted = once.has(element) || allowed(categories);
        if (wanted == active) {
          if (!active) mark(element, false);
        } else if (element.localName != 'script') {
          // Iframes and images follow the decision both ways.
          mark(element, wanted);
          if (wanted) {
            const srcset = element.getAttribute('data-srcset');
            if (srcset !== null) element.setAttribute('srcset', srcset);
            element.setAttribute('src', element.getAttribute('data-src')!);
          } else {
            element.removeAttribute('srcset');
            // Navigating the frame away is what stops the embedded page; dropping the attribute would not.
            if (element.localName == 'iframe') element.setAttribute('src', 'about:blank');
            else element.removeAttribute('src');
          }
          emit(wanted ? 'activate' : 'deactivate', { element, categories });
        } else if (wanted && document.readyState == 'loading') {
          // The parser may still be writing this script's text: run it once the document is parsed.
          document.addEventListener('DOMContentLoaded', onParsed, { once: true });
        } else if (wanted) {
          // Claimed at once, so a second instance or a later scan never runs it again.
          mark(element, true);
          scripts.push([element, categories]);
        }
        // A script that ran cannot be un-run: once active, it stays so.
      }
    }
    if (scripts.length > 0) queue = queue.then(() => runInOrder(scripts));
  };

  const runInOrder = async (scripts: readonly Gated[]): Promise<void> => {
    for (const [element, categories] of scripts) {
      if (!element.isConnected) continue;
      for (const id of categories) ran.add(id);
      const original = element as HTMLScriptElement;
      const script = document.createElement('script');
      for (const { name, value } of original.attributes) {
        if (!OWN.includes(name)) script.setAttribute(name, value);
      }
      mark(script, true);
      // Browsers hide a nonce attribute once CSP has read it; the property still holds it.
      if (original.nonce) script.nonce = original.nonce;
      const type = original.getAttribute('data-type');
      if (type) script.type = type;
      const src = original.getAttribute('src');
      let loaded: Promise<void> | undefined;
      if (src === null) script.text = original.text;
      else {
        // Inserted scripts are async unless told otherwise; an ordered one is awaited below.
        script.async = original.hasAttribute('async');
        loaded = new Promise<void>((resolve) => {
          // Listeners, not onload/onerror: those may be the page's own, copied from the original.
          const settled = (event: Event): void => {
            if (event.type == 'error') emit('error', { code: 'script', message: `the gated script ${src} failed to load`, element: script });
            resolve();
          };
          script.addEventListener('load', settled);
          script.addEventListener('error', settled);
        });
      }
      original.replaceWith(script);
      emit('activate', { element: script, categories });
      // Only external scripts report load or error (Chromium fires neither for inline modules).
      if (!script.async) await loaded;
    }
  };

  let observer: MutationObserver | undefined;

  return {
    start: (): void => {
      update();
      observer = MutationObserver && new MutationObserver((mutations) => update(mutations.flatMap((mutation) => [...mutation.addedNodes])));
      observer?.observe(document, { childList: true, subtree: true });
    },
    update,
    /** Activates one gated element for this page view without changing the decision. */
    allowOnce: (element: Element): void => {
      once.add(element);
      update([element]);
    },
    /** Whether a script of this category already ran in this page view. */
    ran: (category: CategoryId) => ran.has(category),
    stop: () => {
      observer?.disconnect();
      document.removeEventListener('DOMContentLoaded', onParsed);
    },
  };
};
