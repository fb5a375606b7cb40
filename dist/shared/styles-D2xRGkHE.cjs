/*! consent-gate v0.1.0 | MIT */
'use strict';

/**
 * Creates an element. Attribute values are set with `setAttribute` (`true` → empty, `false`
 * and null → left out) and children are appended as nodes or text nodes: nothing here ever
 * parses HTML, so text from configuration cannot become markup.
 */
const h = (tag, attributes = {}, ...children) => {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
        if (value != null && value !== false)
            element.setAttribute(name, value === true ? '' : value);
    }
    element.append(...children);
    return element;
};
/** A `<button type="button">` that calls `onClick`. */
const button = (label, onClick, className = 'cg-btn') => {
    const element = h('button', { type: 'button', class: className }, label);
    element.addEventListener('click', onClick);
    return element;
};

var css = ":where(.cg-root){--cg-font:inherit;--cg-bg:#fff;--cg-fg:#1b1b1b;--cg-subtle:#eef1f3;--cg-border:#6b6b6b;--cg-accent:#005378;--cg-accent-hover:#003a54;--cg-on-accent:#fff;--cg-focus:#1b1b1b;--cg-backdrop:rgb(0 0 0 / .55);--cg-radius:.375rem;--cg-z:2147483000}:where(html.cg-dark) :where(.cg-root){--cg-bg:#1d2125;--cg-fg:#f2f2f2;--cg-subtle:#2b3138;--cg-border:#9ba3ab;--cg-accent:#9cd3f5;--cg-accent-hover:#c9e8fa;--cg-on-accent:#0d1a22;--cg-focus:#f2f2f2;--cg-backdrop:rgb(0 0 0 / .7)}@media (prefers-color-scheme:dark){:where(html:not(.cg-light)) :where(.cg-root){--cg-bg:#1d2125;--cg-fg:#f2f2f2;--cg-subtle:#2b3138;--cg-border:#9ba3ab;--cg-accent:#9cd3f5;--cg-accent-hover:#c9e8fa;--cg-on-accent:#0d1a22;--cg-focus:#f2f2f2;--cg-backdrop:rgb(0 0 0 / .7)}}.cg-root{display:contents}.cg-root [hidden]{display:none!important}.cg-banner,.cg-dialog,.cg-float{box-sizing:border-box;font-family:var(--cg-font);font-size:1rem;line-height:1.5;letter-spacing:normal;text-align:left;overflow-wrap:break-word;color:var(--cg-fg);background:var(--cg-bg)}.cg-root *,.cg-root ::before{box-sizing:border-box}.cg-root p{margin:0 0 1rem}.cg-title{margin:0 0 .5rem;font:inherit;font-size:1.25rem;font-weight:700;line-height:1.3;color:inherit}.cg-banner{position:fixed;right:0;bottom:0;left:0;z-index:var(--cg-z);max-height:100vh;overflow:auto;padding:1rem 1rem 0;border-top:2px solid var(--cg-border);box-shadow:0 -.25rem 1rem rgb(0 0 0 / .15)}.cg-inner{display:flex;flex-wrap:wrap;align-items:flex-end;gap:0 2rem;max-width:72rem;margin:0 auto}.cg-text{flex:999 1 28rem}.cg-actions{flex:1 1 38rem;display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,12rem),1fr));gap:.5rem;margin-bottom:1rem}.cg-btn{min-height:2.75rem;margin:0;padding:.5rem .75rem;border:2px solid var(--cg-accent);border-radius:var(--cg-radius);font:inherit;font-weight:600;line-height:1.25;text-align:center;color:var(--cg-on-accent);background:var(--cg-accent);cursor:pointer}.cg-btn:hover{border-color:var(--cg-accent-hover);background:var(--cg-accent-hover)}.cg-close{flex:none;border-color:var(--cg-border);color:var(--cg-fg);background:var(--cg-bg)}.cg-close:hover{border-color:var(--cg-fg);background:var(--cg-subtle)}.cg-link{color:inherit;text-decoration:underline;text-underline-offset:.15em}.cg-root :focus-visible{outline:3px solid var(--cg-focus);outline-offset:2px}.cg-dialog:focus{outline:none}.cg-layer{position:fixed;inset:0;z-index:var(--cg-z);display:flex;align-items:center;justify-content:center;padding:.5rem;background:var(--cg-backdrop)}.cg-dialog{width:100%;max-width:42rem;max-height:100%;overflow:auto;overscroll-behavior:contain;padding:1.5rem;border:2px solid var(--cg-border);border-radius:var(--cg-radius);box-shadow:0 .5rem 2rem rgb(0 0 0 / .3)}.cg-row{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem .75rem}.cg-row>:first-child{flex:1 1 10rem;min-width:0}.cg-root fieldset{min-width:0;margin:0 0 1rem;padding:0;border:0}.cg-category{padding:1rem 0 0;border-top:1px solid var(--cg-border)}.cg-category label{font-weight:700;cursor:pointer}.cg-category p{margin:.25rem 0 1rem}.cg-on{font-size:.875rem;font-weight:600}.cg-switch{position:relative;flex:none;width:3rem;height:1.75rem;margin:0;border:2px solid var(--cg-border);border-radius:1rem;background:var(--cg-bg);cursor:pointer;appearance:none}.cg-switch::before{content:\"\";position:absolute;top:.1875rem;left:.1875rem;width:1.125rem;height:1.125rem;border-radius:50%;background:var(--cg-border);transition:transform .15s}.cg-switch:checked{border-color:var(--cg-accent);background:var(--cg-accent)}.cg-switch:checked::before{background:var(--cg-on-accent);transform:translateX(1.25rem)}.cg-switch:disabled{cursor:default}.cg-table{width:100%;margin:0 0 1rem;border-collapse:collapse;font-size:.875rem}.cg-table caption{padding-bottom:.25rem;font-weight:600;text-align:left}.cg-table th,.cg-table td{padding:.375rem .5rem;border:1px solid var(--cg-border);text-align:left;vertical-align:top;overflow-wrap:break-word}.cg-table th{background:var(--cg-subtle)}.cg-float{position:fixed;bottom:1rem;z-index:var(--cg-z);box-shadow:0 .25rem 1rem rgb(0 0 0 / .25)}.cg-bottom-left{left:1rem}.cg-bottom-right{right:1rem}.cg-sr{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}@media (max-width:40em){.cg-banner{padding:.75rem .75rem 0;font-size:.9375rem}.cg-table th,.cg-table td{overflow-wrap:anywhere}.cg-layer{padding:.25rem}.cg-dialog{padding:1rem .75rem}}@media (prefers-reduced-motion:reduce){.cg-switch::before{transition:none}}@media (forced-colors:active){.cg-switch{forced-color-adjust:none;border-color:ButtonText;background:ButtonFace}.cg-switch::before{background:ButtonText}.cg-switch:checked{border-color:Highlight;background:Highlight}.cg-switch:checked::before{background:HighlightText}.cg-switch:disabled{border-color:GrayText;background:GrayText}}";

/**
 * Adopts `text` as a constructable stylesheet and returns the function that drops it again. It
 * is built from a string by script, like CSSOM edits, which `style-src` does not govern: it works
 * under `style-src 'self'` without 'unsafe-inline', where a `<style>` element or a style attribute
 * would be blocked and reported. Throws where adoptedStyleSheets is missing (Safari before 16.4).
 */
const adoptStyles = (text) => {
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
const applyStyles = (styles, fallback) => {
    if (styles === true) {
        try {
            return adoptStyles(css);
        }
        catch {
            styles = false;
        }
    }
    if (styles === false)
        return () => { };
    const link = h('link', { rel: 'stylesheet', href: styles });
    document.head.append(link);
    return () => link.remove();
};

exports.adoptStyles = adoptStyles;
exports.applyStyles = applyStyles;
exports.button = button;
exports.h = h;
