import { fail } from './errors';
import type { ConsentEventName, ConsentEvents, ConsentHandler } from './types';

// Every event there is: a misspelt name in plain JavaScript would otherwise wait forever.
const EVENTS: readonly ConsentEventName[] = ['decision', 'grant', 'deny', 'activate', 'deactivate', 'ui:open', 'ui:close', 'error'];

/** A small typed event emitter. A throwing handler is reported and never stops the others. */
export const createEmitter = () => {
  const handlers = new Map<ConsentEventName, Set<ConsentHandler<never>>>();

  const on = <K extends ConsentEventName>(event: K, handler: ConsentHandler<K>): (() => void) => {
    if (!EVENTS.includes(event)) fail('on()', `an event name (${EVENTS.join(', ')})`, event);
    if (typeof handler != 'function') fail(`on("${String(event)}", handler)`, 'handler to be a function', handler);
    let set = handlers.get(event);
    if (!set) handlers.set(event, (set = new Set()));
    set.add(handler as ConsentHandler<never>);
    return () => void set.delete(handler as ConsentHandler<never>);
  };

  const emit = <K extends ConsentEventName>(event: K, payload: ConsentEvents[K]): void => {
    // Copy first, so that a handler that unsubscribes (or subscribes) does not change this round.
    for (const handler of [...(handlers.get(event) ?? [])]) {
      try {
        (handler as ConsentHandler<K>)(payload);
      } catch (cause) {
        const message = `a "${String(event)}" listener threw`;
        console.error(`consent-gate: ${message}`, cause);
        if (event != 'error') emit('error', { code: 'listener', message, cause });
      }
    }
  };

  const once = <K extends ConsentEventName>(event: K, handler: ConsentHandler<K>): (() => void) => {
    const off = on(event, (payload) => {
      off();
      handler(payload);
    });
    return off;
  };

  return { on, once, emit, clear: () => handlers.clear() };
};
