// @vitest-environment-options {"url": "https://www.limburg.be/", "settings": {"enableJavaScriptEvaluation": true, "disableJavaScriptFileLoading": true}}
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConsent, type Consent, type ConsentConfig, type ConsentEvents } from '../../../src/core';
import { clearCookies } from './helpers';

declare global {
  interface Window {
    ran: string[];
  }
}

const instances: Consent[] = [];
const start = (config: ConsentConfig = {}): Consent => {
  const consent = createConsent(config);
  instances.push(consent);
  return consent;
};
/** Lets queued script activations and mutation observers run. */
const settle = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};
const gated = (category: string, name: string): string =>
  `<script type="text/plain" data-consent="${category}">window.ran.push('${name}')</script>`;

beforeEach(() => {
  window.ran = [];
});
afterEach(() => {
  for (const consent of instances.splice(0)) consent.destroy();
  clearCookies();
  document.body.innerHTML = '';
});

describe('gated scripts', () => {
  it('do not run before their category is granted', async () => {
    document.body.innerHTML = gated('performance', 'stats') + gated('advertising', 'ads');
    const consent = start();
    await settle();
    expect(window.ran).toEqual([]);
    expect(document.querySelectorAll('script[data-consent-state="blocked"]')).toHaveLength(2);
  });

  it('run the moment their category is granted, only those, in document order', async () => {
    document.body.innerHTML = gated('performance', 'one') + gated('advertising', 'ads') + gated('performance', 'two');
    const consent = start();
    consent.grant('performance');
    await settle();
    expect(window.ran).toEqual(['one', 'two']);
  });

  it('need every listed category', async () => {
    document.body.innerHTML = gated('performance advertising', 'both');
    const consent = start();
    consent.grant('performance');
    await settle();
    expect(window.ran).toEqual([]);
    consent.grant('advertising');
    await settle();
    expect(window.ran).toEqual(['both']);
  });

  it('run once per page view, whatever is decided later and however many instances there are', async () => {
    document.body.innerHTML = gated('functional', 'once');
    const consent = start({ reloadOnWithdraw: false });
    consent.acceptAll();
    await settle();
    consent.rejectAll();
    consent.acceptAll();
    start();
    await settle();
    expect(window.ran).toEqual(['once']);
  });

  it('run at once on a page whose visitor already decided', async () => {
    start().grant('performance');
    document.body.innerHTML = gated('performance', 'stored');
    start();
    await settle();
    expect(window.ran).toEqual(['stored']);
  });

  it('keep their attributes: nonce, async, crossorigin, integrity, referrerpolicy, and module type', async () => {
    document.body.innerHTML = `<script type="text/plain" data-consent="performance" data-type="module" nonce="R4nd0m" async
      crossorigin="anonymous" integrity="sha384-abc" referrerpolicy="no-referrer" id="stats" src="/stats.js"></script>`;
    const consent = start();
    consent.on('error', () => {});
    consent.grant('performance');
    await settle();
    const script = document.getElementById('stats') as HTMLScriptElement;
    expect(script.type).toBe('module');
    // happy-dom has no nonce property; the browser tests check it under a real CSP.
    expect(script.getAttribute('nonce')).toBe('R4nd0m');
    expect(script.async).toBe(true);
    expect(script.getAttribute('crossorigin')).toBe('anonymous');
    expect(script.getAttribute('integrity')).toBe('sha384-abc');
    expect(script.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(script.getAttribute('src')).toBe('/stats.js');
    expect(script.getAttribute('data-consent-state')).toBe('active');
  });

  it('a script that fails to load is reported and does not stop the ones after it', async () => {
    document.body.innerHTML = `<script type="text/plain" data-consent="performance" src="/missing.js"></script>${gated('performance', 'after')}`;
    const consent = start();
    const errors: ConsentEvents['error'][] = [];
    consent.on('error', (event) => errors.push(event));
    consent.grant('performance');
    await settle();
    expect(errors).toEqual([expect.objectContaining({ code: 'script', message: expect.stringContaining('/missing.js') })]);
    expect(window.ran).toEqual(['after']);
  });

  it('an unknown category in data-consent is reported and the element stays blocked', async () => {
    document.body.innerHTML = gated('analytics', 'never');
    const consent = createConsent({ gating: false });
    instances.push(consent);
    const errors: string[] = [];
    const gating = start();
    gating.on('error', (event) => errors.push(event.message));
    document.body.insertAdjacentHTML('beforeend', gated('marketing', 'never'));
    gating.acceptAll();
    await settle();
    expect(window.ran).toEqual([]);
    expect(errors.join()).toMatch(/data-consent="marketing": expected category ids \(necessary,functional,performance,advertising\)/);
  });
});

describe('gated iframes and images', () => {
  const embed = '<iframe data-consent="functional" data-src="https://www.youtube-nocookie.com/embed/x" title="Video"></iframe>';
  const pixel = '<img data-consent="advertising" data-src="https://pixel.example/p.gif" data-srcset="https://pixel.example/p2.gif 2x" alt="">';

  it('load only once granted, and unload again on withdrawal', () => {
    document.body.innerHTML = embed + pixel;
    const consent = start({ reloadOnWithdraw: false });
    const iframe = document.querySelector('iframe')!;
    const img = document.querySelector('img')!;
    expect(iframe.hasAttribute('src') || img.hasAttribute('src')).toBe(false);
    consent.acceptAll();
    expect(iframe.getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/x');
    expect(img.getAttribute('src')).toBe('https://pixel.example/p.gif');
    expect(img.getAttribute('srcset')).toBe('https://pixel.example/p2.gif 2x');
    consent.set({ functional: false, advertising: false });
    expect(iframe.getAttribute('src')).toBe('about:blank');
    expect(img.hasAttribute('src') || img.hasAttribute('srcset')).toBe(false);
    expect(iframe.getAttribute('data-consent-state')).toBe('blocked');
  });

  it('added to the page later are gated the same way, before and after consent', async () => {
    const consent = start();
    document.body.insertAdjacentHTML('beforeend', `<div>${embed}</div>`);
    await settle();
    expect(document.querySelector('iframe')!.hasAttribute('src')).toBe(false);
    consent.grant('functional');
    expect(document.querySelector('iframe')!.getAttribute('src')).toContain('youtube-nocookie');
    document.body.insertAdjacentHTML('beforeend', `<section>${embed.replace('Video', 'Second')}</section>${gated('functional', 'late')}`);
    await settle();
    expect(document.querySelector('iframe[title="Second"]')!.getAttribute('src')).toContain('youtube-nocookie');
    expect(window.ran).toEqual(['late']);
  });

  it('load one embed for this page view without granting its category', () => {
    document.body.innerHTML = embed + embed.replace('Video', 'Other');
    const consent = start({ reloadOnWithdraw: false });
    const [first, second] = Array.from(document.querySelectorAll('iframe'));
    consent.allowOnce(first!);
    expect(first!.getAttribute('src')).toContain('youtube-nocookie');
    expect(second!.hasAttribute('src')).toBe(false);
    expect(consent.get().decided).toBe(false);
    consent.grant('performance');
    expect(first!.getAttribute('src')).toContain('youtube-nocookie');
    expect(() => consent.allowOnce(document.body)).toThrow('allowOnce(): expected an element with data-consent');
  });

  it('emit activate and deactivate events', () => {
    document.body.innerHTML = embed;
    const consent = start({ reloadOnWithdraw: false });
    const events: string[] = [];
    consent.on('activate', ({ element, categories }) => events.push(`activate ${element.localName} ${categories}`));
    consent.on('deactivate', ({ element }) => events.push(`deactivate ${element.localName}`));
    consent.grant('functional');
    consent.rejectAll();
    expect(events).toEqual(['activate iframe functional', 'deactivate iframe']);
  });

  it('are left alone when gating is off', () => {
    document.body.innerHTML = embed;
    start({ gating: false }).acceptAll();
    expect(document.querySelector('iframe')!.hasAttribute('src')).toBe(false);
  });
});

describe('reloading after a withdrawal', () => {
  it('reloads once when a script of the withdrawn category already ran, and not otherwise', async () => {
    const reload = vi.fn();
    const fakeWindow = new Proxy(window, {
      get: (target, key) => (key === 'location' ? { hostname: location.hostname, protocol: location.protocol, reload } : Reflect.get(target, key, target)),
    });
    document.body.innerHTML = gated('performance', 'stats');
    const consent = start({ environment: { window: fakeWindow as never } });
    consent.acceptAll();
    await settle();
    consent.set({ performance: true });
    expect(reload).not.toHaveBeenCalled();
    consent.set({ functional: true });
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('does not reload when configured not to', async () => {
    const reload = vi.fn();
    const fakeWindow = new Proxy(window, {
      get: (target, key) => (key === 'location' ? { hostname: location.hostname, protocol: location.protocol, reload } : Reflect.get(target, key, target)),
    });
    document.body.innerHTML = gated('performance', 'stats');
    const consent = start({ reloadOnWithdraw: false, environment: { window: fakeWindow as never } });
    consent.acceptAll();
    await settle();
    consent.rejectAll();
    expect(reload).not.toHaveBeenCalled();
  });
});

describe('the state attribute', () => {
  it('is not written again while it stays the same, so observers of it see only real changes', async () => {
    document.body.innerHTML = '<iframe data-consent="functional" data-src="/video.html" title="Video"></iframe>';
    const consent = start();
    await settle();
    const changes: string[] = [];
    const observer = new MutationObserver((records) => changes.push(...records.map((r) => (r.target as Element).getAttribute('data-consent-state')!)));
    observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-consent-state'] });
    consent.grant('performance');
    await settle();
    expect(changes).toEqual([]);
    consent.grant('functional');
    await settle();
    observer.disconnect();
    expect(changes).toEqual(['active']);
  });
});
