/*! consent-gate v0.1.0 | MIT */
'use strict';

var categories = require('./shared/categories-DGemw6Ti.cjs');
var validate = require('./shared/validate-B1UyCeUl.cjs');
var errors = require('./shared/errors-Dys4wFWp.cjs');
var locale = require('./shared/locale-CYKGqZ_c.cjs');
var Cookies = require('js-cookie');
var randomUuid = require('./shared/random-uuid-BKVE44HX.cjs');

const isFunction = (value) => typeof value == 'function';
const BOOLEAN = [(v) => typeof v == 'boolean', 'true or false'];
const FUNCTION = [isFunction, 'a function'];
const ANY = [() => true, ''];
const NONE = errors.freeze([]);
const PATH = [(v) => validate.isString(v) && /^\/[^;\s]*$/.test(v), 'a path starting with "/", without ";" or spaces'];
const TEXT = [
    (v) => validate.isString(v) || (validate.isRecord(v) && Object.values(v).every(validate.isString)),
    'a string, or an object of strings per locale',
];
/** Whether a value can serve as `storage`. */
const isStorage = (v) => validate.isRecord(v) && isFunction(v.read) && isFunction(v.write) && isFunction(v.remove);
/** Whether a cookie domain may be set from this host (RFC 6265 section 5.3 step 6). */
const domainMatches = (domain, { hostname }) => {
    const bare = validate.isString(domain) && domain.toLowerCase().replace(/^\./, '');
    if (!bare || !/^[a-z\d-]+(\.[a-z\d-]+)+$|^localhost$/.test(bare))
        return false;
    const host = (hostname ?? bare).toLowerCase();
    return host == bare || host.endsWith(`.${bare}`);
};
const ENVIRONMENT = {
    window: [(v) => validate.isRecord(v) && validate.isRecord(v.document), 'a window object'],
    now: FUNCTION,
    randomId: FUNCTION,
};
const CATEGORY = {
    cookies: [
        {
            // RFC 6265 section 4.1.1: a cookie name is a token; `*` stands for any run of characters.
            name: [(v) => (validate.isString(v) && v.length > 0) || v instanceof RegExp, 'a cookie name (with * wildcards) or a RegExp', true],
            provider: TEXT,
            purpose: TEXT,
            duration: TEXT,
            path: PATH,
            domain: [validate.isString, 'a domain name'],
        },
    ],
};
const SCHEMA = {
    revision: [(v) => Number.isSafeInteger(v) && v >= 0, 'a whole number of 0 or more'],
    cookie: {
        name: [(v) => validate.isString(v) && /^[!#$%&'*+\-.^`|~\w]+$/.test(v), "an RFC 6265 token (letters, digits, !#$%&'*+-.^_`|~)"],
        domain: [domainMatches, "the page's host or a parent domain of it"],
        path: PATH,
        sameSite: [(v) => ['Lax', 'Strict', 'None'].includes(v), '"Lax", "Strict" or "None"'],
        secure: BOOLEAN,
        // Browsers cap cookie lifetimes at 400 days (RFC 6265bis section 5.5).
        expires: [(v) => typeof v == 'number' && v > 0 && v <= 400, 'a number of days above 0 and at most 400'],
    },
    categories: Object.fromEntries(categories.CATEGORIES.map((id) => [id, CATEGORY])),
    locale: [(v) => validate.isString(v) && !!locale.matchLocale(v), locale.LOCALE_EXPECTED],
    reloadOnWithdraw: BOOLEAN,
    gpc: BOOLEAN,
    gating: BOOLEAN,
    crossTab: BOOLEAN,
    storage: [isStorage, 'an object with read, write and remove functions'],
    // Checked on its own first: the other checks need the page it describes.
    environment: ANY,
};
/** The core's validation: errors name the field of `createConsent`'s config. */
const run = (page, report) => ({ page, root: 'config', error: errors.ConsentConfigError, report });
/** Validates `environment` alone: it says which page the rest of the configuration is for. */
const resolveEnvironment = (input, report) => validate.validate(ENVIRONMENT, validate.isRecord(input) ? input.environment : undefined, 'environment', run({ https: false }, report)) ?? {};
/**
 * Validates a configuration once and returns it frozen with every default filled in.
 * Without `report`, the first invalid field throws a `ConsentConfigError`; with it, each
 * invalid field is reported and replaced by its (safe) default.
 */
const resolveConfig = (input, page, report) => {
    // `storage` and `environment` are used as given, not kept in the resolved config.
    const { cookie, categories: categories$1 = {}, locale: locale$1, storage, environment, ...flags } = validate.validate(SCHEMA, input, '', run(page, report)) ?? {};
    // Defaults first, then the valid fields over them (keeping this key order).
    const jar = { name: 'consent_gate', domain: undefined, path: '/', sameSite: 'Lax', secure: page.https, expires: 182, ...cookie };
    // Only where this config writes the cookie itself, on a page (a server cannot know https).
    if (jar.sameSite == 'None' && !jar.secure && page.hostname !== undefined && storage === undefined) {
        // Browsers refuse such a cookie outright: the visitor would be asked again on every page.
        validate.invalid(run(page, report), 'cookie.sameSite', '"Lax" or "Strict" unless the cookie is Secure (https)', 'None');
        jar.sameSite = 'Lax';
    }
    return errors.freeze({
        revision: 1,
        cookie: errors.freeze(jar),
        categories: errors.freeze(Object.fromEntries(categories.CATEGORIES.map((id) => [id, errors.freeze({ cookies: categories$1[id]?.cookies ?? NONE })]))),
        locale: locale.matchLocale(locale$1) ?? locale.matchLocale(page.lang) ?? 'nl',
        reloadOnWithdraw: true,
        gpc: true,
        gating: true,
        crossTab: true,
        ...flags,
    });
};

/** The record format this code writes and reads; any other version reads as "not decided". */
const FORMAT_VERSION = '1';
const SOURCES = ['banner', 'preferences', 'api', 'placeholder', 'gpc'];
/** A day in milliseconds. */
const DAY_MS = 86400000;
const MAX_AGE_MS = 400 * DAY_MS;
// The whole format as one pattern: the body (version, id, revision, decided, expires, choices,
// source, locale, gpc), then its CRC. The revision and CRC must also equal what is expected, so
// whatever passes stays far under the cookie size limit.
const SECONDS = '([0-9a-z]{1,9})';
const RECORD = new RegExp(`^(${FORMAT_VERSION}\\.([\\w-]{8,64})\\.(\\d+)\\.${SECONDS}\\.${SECONDS}\\.(1[01]{3})\\.(${SOURCES.join('|')})\\.(${locale.LOCALES.join('|')})\\.([01]))\\.(\\w+)$`);
/** CRC-32 (IEEE 802.3 polynomial), in base 36. */
const crc32 = (text) => {
    let crc = -1;
    for (let i = 0; i < text.length; i++) {
        crc ^= text.charCodeAt(i);
        for (let bit = 0; bit < 8; bit++)
            crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
    }
    return ((crc ^ -1) >>> 0).toString(36);
};
const seconds = (ms) => Math.floor(ms / 1000).toString(36);
/** Serialises a record into the cookie value. */
const encodeRecord = (record) => {
    const body = [
        FORMAT_VERSION,
        record.consentId,
        record.revision,
        seconds(record.decidedAt),
        seconds(record.expiresAt),
        categories.CATEGORIES.map((id) => (record.choices[id] ? 1 : 0)).join(''),
        record.source,
        record.locale,
        record.gpc ? 1 : 0,
    ].join('.');
    return `${body}.${crc32(body)}`;
};
/**
 * Reads a cookie value back. Anything it cannot prove (missing, corrupt, changed, another format
 * version, another revision, expired) gives `undefined`, which means "not decided". Never throws.
 */
const decodeRecord = (value, revision, now) => {
    const [, body, consentId, rev, decided, expires, choices, source, locale, gpc, crc] = (typeof value == 'string' && RECORD.exec(value)) || [];
    // Past this line the pattern matched, so every field below is a string.
    if (rev != String(revision) || crc != crc32(body))
        return undefined;
    const decidedAt = parseInt(decided, 36) * 1000;
    const expiresAt = parseInt(expires, 36) * 1000;
    // A decision dated more than a day ahead of this clock was not made by it (a day allows for a
    // clock corrected since); neither was one that outlives the browsers' 400-day cookie limit.
    if (decidedAt > now + DAY_MS || expiresAt <= decidedAt || expiresAt - decidedAt > MAX_AGE_MS || now >= expiresAt)
        return undefined;
    return errors.freeze({
        consentId: consentId,
        revision,
        decidedAt,
        expiresAt,
        choices: errors.freeze(Object.fromEntries(categories.CATEGORIES.map((id, index) => [id, choices[index] == '1']))),
        source: source,
        locale: locale,
        gpc: gpc == '1',
    });
};

// A cookie name is an RFC 6265 token: escaping every non-word character makes it a literal
// pattern; `*` (split off first) stands for any run of characters.
const toPattern = (name) => name instanceof RegExp ? name : new RegExp(`^${name.split('*').map((part) => part.replace(/\W/g, '\\$&')).join('.*')}$`);
/** The host and each parent domain below the top level: `a.b.example.be` → itself, `b.example.be`, `example.be`. */
const domainsOf = (hostname) => {
    const labels = hostname.split('.');
    if (/^[\d.]+$/.test(hostname) || labels.length < 2)
        return [hostname];
    return labels.slice(0, -1).map((_, index) => labels.slice(index).join('.'));
};
/**
 * Erases the cookies declared for a withdrawn category. A cookie is only removed by a write with
 * the same domain and path it was set with (RFC 6265 section 5.3 step 11), and a page cannot read
 * those attributes, so every likely combination is tried: host-only, then the host and each parent
 * domain, on the declared path (default `/`).
 */
const eraseDeclaredCookies = (document, hostname, declarations) => {
    if (declarations.length == 0)
        return;
    // Names straight from the jar: js-cookie's own reader skips a cookie whose value it cannot decode.
    const present = document.cookie.split(';').map((pair) => pair.split('=')[0].trim());
    for (const { name, path = '/', domain } of declarations) {
        const pattern = toPattern(name);
        for (const cookie of present.filter((candidate) => pattern.test(candidate))) {
            for (const each of domain ? [domain] : [undefined, ...domainsOf(hostname)])
                Cookies.remove(cookie, { path, domain: each });
        }
    }
};

/**
 * Keeps the record in a first-party cookie. One js-cookie instance carries every attribute, so
 * writing and removing always use the same domain and path (a mismatch would leave a stale
 * cookie behind). `Partitioned` is never set: the record belongs to the site, not an embed.
 */
const createCookieStorage = ({ cookie }, pick) => {
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
            if (attributes.domain)
                Cookies.remove(name, { path: attributes.path });
            jar.set(name, value);
        },
        remove: () => jar.remove(name),
    };
};

/** Marks gated elements: `blocked` until allowed, then `active`. Shared by every instance on a page. */
const STATE_ATTRIBUTE = 'data-consent-state';
const GATED = 'script[type="text/plain"][data-consent],iframe[data-consent][data-src],img[data-consent][data-src]';
// Attributes of a gated script that are the gate's own, not the script's.
const OWN = ['type', 'data-type', STATE_ATTRIBUTE];
// Written only when it changes: every write is a mutation that observers of the attribute see.
const mark = (element, active) => {
    const value = active ? 'active' : 'blocked';
    if (element.getAttribute(STATE_ATTRIBUTE) != value)
        element.setAttribute(STATE_ATTRIBUTE, value);
};
/**
 * Activates `data-consent` scripts, iframes and images whose categories are all allowed, and
 * unloads iframes and images whose categories are withdrawn. Scripts run once per page view, in
 * document order: an external script without `async` is awaited before the next one is inserted,
 * because a script inserted from code is async by default and an inline one runs at once.
 */
const createElementGate = ({ document, MutationObserver, allowed, emit }) => {
    let queue = Promise.resolve();
    const ran = new Set();
    const reported = new WeakSet();
    // Elements the visitor loaded on their own, without granting their category.
    const once = new WeakSet();
    // One listener, however often it is added: addEventListener ignores the same function twice.
    const onParsed = () => update();
    const update = (roots = [document.documentElement]) => {
        const scripts = [];
        for (const node of roots) {
            if (node.nodeType != 1)
                continue;
            const root = node;
            for (const element of [...(root.matches(GATED) ? [root] : []), ...root.querySelectorAll(GATED)]) {
                const value = element.getAttribute('data-consent');
                const categories$1 = categories.parseCategoryList(value);
                if (!categories$1) {
                    if (!reported.has(element)) {
                        reported.add(element);
                        emit('error', {
                            code: 'config',
                            message: `data-consent="${value}": expected category ids (${categories.CATEGORIES}); the element stays blocked`,
                            element,
                        });
                    }
                    continue;
                }
                const active = element.getAttribute(STATE_ATTRIBUTE) == 'active';
                const wanted = once.has(element) || allowed(categories$1);
                if (wanted == active) {
                    if (!active)
                        mark(element, false);
                }
                else if (element.localName != 'script') {
                    // Iframes and images follow the decision both ways.
                    mark(element, wanted);
                    if (wanted) {
                        const srcset = element.getAttribute('data-srcset');
                        if (srcset !== null)
                            element.setAttribute('srcset', srcset);
                        element.setAttribute('src', element.getAttribute('data-src'));
                    }
                    else {
                        element.removeAttribute('srcset');
                        // Navigating the frame away is what stops the embedded page; dropping the attribute would not.
                        if (element.localName == 'iframe')
                            element.setAttribute('src', 'about:blank');
                        else
                            element.removeAttribute('src');
                    }
                    emit(wanted ? 'activate' : 'deactivate', { element, categories: categories$1 });
                }
                else if (wanted && document.readyState == 'loading') {
                    // The parser may still be writing this script's text: run it once the document is parsed.
                    document.addEventListener('DOMContentLoaded', onParsed, { once: true });
                }
                else if (wanted) {
                    // Claimed at once, so a second instance or a later scan never runs it again.
                    mark(element, true);
                    scripts.push([element, categories$1]);
                }
                // A script that ran cannot be un-run: once active, it stays so.
            }
        }
        if (scripts.length > 0)
            queue = queue.then(() => runInOrder(scripts));
    };
    const runInOrder = async (scripts) => {
        for (const [element, categories] of scripts) {
            if (!element.isConnected)
                continue;
            for (const id of categories)
                ran.add(id);
            const original = element;
            const script = document.createElement('script');
            for (const { name, value } of original.attributes) {
                if (!OWN.includes(name))
                    script.setAttribute(name, value);
            }
            mark(script, true);
            // Browsers hide a nonce attribute once CSP has read it; the property still holds it.
            if (original.nonce)
                script.nonce = original.nonce;
            const type = original.getAttribute('data-type');
            if (type)
                script.type = type;
            const src = original.getAttribute('src');
            let loaded;
            if (src === null)
                script.text = original.text;
            else {
                // Inserted scripts are async unless told otherwise; an ordered one is awaited below.
                script.async = original.hasAttribute('async');
                loaded = new Promise((resolve) => {
                    // Listeners, not onload/onerror: those may be the page's own, copied from the original.
                    const settled = (event) => {
                        if (event.type == 'error')
                            emit('error', { code: 'script', message: `the gated script ${src} failed to load`, element: script });
                        resolve();
                    };
                    script.addEventListener('load', settled);
                    script.addEventListener('error', settled);
                });
            }
            original.replaceWith(script);
            emit('activate', { element: script, categories });
            // Only external scripts report load or error (Chromium fires neither for inline modules).
            if (!script.async)
                await loaded;
        }
    };
    let observer;
    return {
        start: () => {
            update();
            observer = MutationObserver && new MutationObserver((mutations) => update(mutations.flatMap((mutation) => [...mutation.addedNodes])));
            observer?.observe(document, { childList: true, subtree: true });
        },
        update,
        /** Activates one gated element for this page view without changing the decision. */
        allowOnce: (element) => {
            once.add(element);
            update([element]);
        },
        /** Whether a script of this category already ran in this page view. */
        ran: (category) => ran.has(category),
        stop: () => {
            observer?.disconnect();
            document.removeEventListener('DOMContentLoaded', onParsed);
        },
    };
};

// Every event there is: a misspelt name in plain JavaScript would otherwise wait forever.
const EVENTS = ['decision', 'grant', 'deny', 'activate', 'deactivate', 'ui:open', 'ui:close', 'error'];
/** A small typed event emitter. A throwing handler is reported and never stops the others. */
const createEmitter = () => {
    const handlers = new Map();
    const on = (event, handler) => {
        if (!EVENTS.includes(event))
            errors.fail('on()', `an event name (${EVENTS.join(', ')})`, event);
        if (typeof handler != 'function')
            errors.fail(`on("${String(event)}", handler)`, 'handler to be a function', handler);
        let set = handlers.get(event);
        if (!set)
            handlers.set(event, (set = new Set()));
        set.add(handler);
        return () => void set.delete(handler);
    };
    const emit = (event, payload) => {
        // Copy first, so that a handler that unsubscribes (or subscribes) does not change this round.
        for (const handler of [...(handlers.get(event) ?? [])]) {
            try {
                handler(payload);
            }
            catch (cause) {
                const message = `a "${String(event)}" listener threw`;
                console.error(`consent-gate: ${message}`, cause);
                if (event != 'error')
                    emit('error', { code: 'listener', message, cause });
            }
        }
    };
    const once = (event, handler) => {
        const off = on(event, (payload) => {
            off();
            handler(payload);
        });
        return off;
    };
    return { on, once, emit, clear: () => handlers.clear() };
};

/**
 * Tells the site's other open tabs that the decision changed, and re-reads it here when another
 * tab says so. BroadcastChannel reaches open tabs at once; where it is missing (or a message is
 * missed while a tab sleeps), the decision is re-read whenever the tab becomes visible again.
 */
const syncTabs = (window, channelName, reread) => {
    const { document } = window;
    let channel;
    try {
        channel = new window.BroadcastChannel(channelName);
        channel.onmessage = reread;
    }
    catch {
        // No BroadcastChannel: re-reading on visibility still catches up.
    }
    const onVisibility = () => {
        if (document.visibilityState == 'visible')
            reread();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return {
        notify: () => {
            try {
                channel?.postMessage('changed');
            }
            catch {
                // A closed channel has nobody left to tell.
            }
        },
        stop: () => {
            channel?.close();
            document.removeEventListener('visibilitychange', onVisibility);
        },
    };
};

const OPTIONAL = categories.CATEGORIES.slice(1);
const UNDECIDED = { choices: categories.DENIED, consentId: null, decidedAt: null, expiresAt: null, source: null, gpc: false };
/** Checks that every id names a category (an optional one unless `any`). */
const checkIds = (method, ids, any) => {
    if (ids.length == 0)
        errors.fail(method, 'at least one category id', ids);
    for (const id of ids) {
        if (!categories.isCategory(id) || (!any && id == 'necessary'))
            errors.fail(method, (any ? categories.CATEGORIES : OPTIONAL).join(', '), id);
    }
};
/**
 * Creates a consent instance: reads the stored decision, gates `data-consent` elements, and
 * records new decisions. On a server (no `window`) it returns an inert instance that reports
 * "not decided". Invalid configuration throws a `ConsentConfigError` naming the field.
 * @example
 * const consent = createConsent({ revision: 2, cookie: { domain: '.limburg.be' } });
 * consent.on('grant', ({ category }) => console.log(category, 'granted'));
 */
const createConsent = (config) => startConsent(config);
/** `createConsent`, optionally reporting invalid fields and using their defaults instead of throwing. */
const startConsent = (input, report) => {
    const env = resolveEnvironment(input, report);
    const win = env.window ?? (typeof window === 'undefined' ? undefined : window);
    const doc = win?.document;
    const location = win?.location;
    const config = resolveConfig(input, { hostname: location?.hostname, https: location?.protocol === 'https:', lang: doc?.documentElement?.lang }, report);
    const now = () => Math.floor((env.now ?? Date.now)() / 1000) * 1000;
    const randomId = env.randomId ?? (() => randomUuid.randomUuid(win?.crypto));
    const emitter = createEmitter();
    const custom = input?.storage;
    // Of several cookies with the record's name, the newest valid record counts (else the first);
    // each is decoded once, and a single one not at all here.
    const newest = (values) => {
        let best = values[0];
        let bestAt = -1;
        for (const value of values.length > 1 ? values : []) {
            const at = decodeRecord(value, config.revision, now())?.decidedAt ?? -1;
            if (at > bestAt)
                [best, bestAt] = [value, at];
        }
        return best;
    };
    const storage = isStorage(custom) ? custom : doc && createCookieStorage(config, newest);
    const readRaw = () => {
        try {
            return storage?.read();
        }
        catch {
            return undefined;
        }
    };
    const readStored = () => decodeRecord(readRaw(), config.revision, now());
    let record = readStored();
    let stored = record !== undefined;
    const snapshot = () => errors.freeze({
        ...(record ?? { ...UNDECIDED, revision: config.revision, locale: config.locale }),
        decided: !!record,
        stored,
    });
    let state = snapshot();
    const allowedAll = (ids) => ids.every((id) => state.choices[id]);
    const gate = doc && config.gating
        ? createElementGate({ document: doc, MutationObserver: win?.MutationObserver, allowed: allowedAll, emit: emitter.emit })
        : undefined;
    const cleanUp = () => {
        try {
            // One read of the jar for all denied categories (none at all when they declare no cookies).
            const declared = OPTIONAL.filter((id) => !state.choices[id]).flatMap((id) => config.categories[id].cookies);
            eraseDeclaredCookies(doc, location.hostname, declared);
        }
        catch {
            // document.cookie throws in sandboxed frames: there are no cookies to erase there.
        }
    };
    /** Makes the current record the state, tells everyone what changed, and gates accordingly. */
    const apply = (local) => {
        const previous = state;
        state = snapshot();
        const changed = categories.CATEGORIES.filter((id) => previous.choices[id] !== state.choices[id]);
        emitter.emit('decision', { state, previous, remote: !local });
        for (const category of changed)
            emitter.emit(state.choices[category] ? 'grant' : 'deny', { category, state });
        gate?.update();
        cleanUp();
        if (local)
            tabs?.notify();
        if (config.reloadOnWithdraw && changed.some((id) => !state.choices[id] && gate?.ran(id))) {
            // A script that ran cannot be un-run: a fresh page view is the only way to stop it.
            location?.reload();
        }
    };
    const persist = (next) => {
        const value = next && encodeRecord(next);
        let problem;
        try {
            if (value)
                storage?.write(value);
            else
                storage?.remove();
        }
        catch (error) {
            problem = error;
        }
        stored = value !== undefined && problem === undefined && readRaw() === value;
        if (value && !stored) {
            // The choice still holds for this page view: the visitor is not asked twice.
            emitter.emit('error', {
                code: 'storage',
                message: 'the consent cookie could not be stored; the choice holds for this page view only',
                cause: problem,
            });
        }
    };
    const decide = (method, requested, explicit, options) => {
        const source = options?.source ?? 'api';
        if (!SOURCES.includes(source))
            errors.fail(method, `options.source to be one of ${SOURCES.join(', ')}`, source);
        if (!doc)
            return state;
        const signal = config.gpc && (win?.navigator).globalPrivacyControl === true;
        const choices = { ...categories.DENIED, ...requested };
        // GPC is a refusal only: "accept all" does not override it; switching advertising on does.
        if (signal && !explicit)
            choices.advertising = false;
        const decidedAt = now();
        record = errors.freeze({
            consentId: state.consentId ?? randomId(),
            revision: config.revision,
            decidedAt,
            expiresAt: decidedAt + config.cookie.expires * DAY_MS,
            choices: errors.freeze(choices),
            source,
            locale: config.locale,
            gpc: signal,
        });
        persist(record);
        apply(true);
        return state;
    };
    const reread = () => {
        const next = readStored();
        const same = next && record ? encodeRecord(next) === encodeRecord(record) : next === record;
        // A choice that could not be stored lives in this tab only; an empty jar must not undo it.
        if (same || (!next && !stored))
            return;
        record = next;
        stored = next !== undefined;
        apply(false);
    };
    const tabs = doc && config.crossTab ? syncTabs(win, `consent-gate:${config.cookie.name}`, reread) : undefined;
    const instance = {
        allowed: (...ids) => {
            checkIds('allowed()', ids, true);
            return allowedAll(ids);
        },
        acceptAll: (options) => decide('acceptAll()', { functional: true, performance: true, advertising: true }, false, options),
        rejectAll: (options) => decide('rejectAll()', {}, false, options),
        grant: (categories, options) => {
            const ids = Array.isArray(categories) ? categories : [categories];
            checkIds('grant()', ids);
            const next = {};
            for (const id of OPTIONAL)
                next[id] = state.choices[id] || ids.includes(id);
            return decide('grant()', next, ids.includes('advertising'), options);
        },
        set: (choices, options) => {
            if (!validate.isRecord(choices))
                errors.fail('set()', 'an object like { functional: true }', choices);
            for (const [id, value] of Object.entries(choices)) {
                // "necessary" is always granted: { necessary: true } is fine, false is not.
                if (id != 'necessary' || value !== true)
                    checkIds('set()', [id]);
                if (typeof value != 'boolean')
                    errors.fail('set()', `${id} to be true or false`, value);
            }
            return decide('set()', choices, choices.advertising === true, options);
        },
        reset: () => {
            if (!doc)
                return state;
            const had = record;
            record = undefined;
            persist(undefined);
            if (had)
                apply(true);
            return state;
        },
        get: () => state,
        get state() {
            return state;
        },
        config,
        on: emitter.on,
        once: emitter.once,
        emit: emitter.emit,
        allowOnce: (element) => {
            if (!element?.matches?.('[data-consent]'))
                errors.fail('allowOnce()', 'an element with data-consent', element);
            gate?.allowOnce(element);
        },
        destroy: () => {
            gate?.stop();
            tabs?.stop();
            emitter.clear();
        },
    };
    if (doc) {
        cleanUp();
        gate?.start();
    }
    return instance;
};

exports.CATEGORIES = categories.CATEGORIES;
exports.ConsentConfigError = errors.ConsentConfigError;
exports.LOCALES = locale.LOCALES;
exports.matchLocale = locale.matchLocale;
exports.STATE_ATTRIBUTE = STATE_ATTRIBUTE;
exports.createConsent = createConsent;
