import { CategoryId, Locale, Consent } from 'consent-gate';

/**
 * The texts of a placeholder, per locale. `{title}` is the embed's `title`, `{categories}` the
 * names of the categories it needs; both are inserted as text, never as HTML.
 * @example
 * const texts: PlaceholderTexts = { ...placeholderNl, once: 'Deze video nu tonen' };
 */
interface PlaceholderTexts {
    /** Says what is blocked and why. */
    readonly notice: string;
    /** Button that grants the categories the embed needs (for every page, until withdrawn). */
    readonly allow: string;
    /** Button that loads only this embed, for this page view. */
    readonly once: string;
    /** Button that opens the cookie preferences (named unlike the page's own reopen link). */
    readonly settings: string;
    /** Used for `{title}` when the embed has no `title`. */
    readonly untitled: string;
    /** How the category names are joined: "en", "et", "und", "and". */
    readonly and: string;
    /** The category names, as in the preferences. */
    readonly names: Readonly<Record<CategoryId, string>>;
}

/** Options of `embedPlaceholders`. Only `locales` is required. */
interface PlaceholderOptions {
    /** The text packs the placeholders may show, e.g. `{ nl: placeholderNl }`. */
    readonly locales: Readonly<Partial<Record<Locale, PlaceholderTexts>>>;
    /** Language of the placeholders. Default: the consent instance's locale, else the first pack. */
    readonly locale?: string;
    /** Offer "load this time only" (`allowOnce`). Default: true. */
    readonly allowOnce?: boolean;
    /**
     * Opens the preferences, for a "cookie preferences" button in each notice; with the default
     * UI: `(opener) => ui.showPreferences(opener)`. Default: none, and no such button.
     */
    readonly openPreferences?: (opener: HTMLElement) => void;
    /** Adopt the placeholders' stylesheet. Default: true. */
    readonly styles?: boolean;
}
/**
 * Shows a notice in place of every gated iframe (video, map, form) that is blocked: what it is
 * (its `title`), which categories it needs, a button that allows them, one that loads just this
 * embed, and one that opens the preferences. The embed keeps its box, so loading it shifts
 * nothing; a withdrawal shows the notice again. Embeds added later get one too.
 * Returns the function that removes the placeholders.
 * @example
 * embedPlaceholders(consent, { locales: { nl: placeholderNl, fr: placeholderFr } });
 */
declare const embedPlaceholders: (consent: Consent, options: PlaceholderOptions) => (() => void);

/** German placeholder texts. @example embedPlaceholders(consent, { locales: { de: placeholderDe } }) */
declare const placeholderDe: PlaceholderTexts;

/** English placeholder texts. @example embedPlaceholders(consent, { locales: { en: placeholderEn } }) */
declare const placeholderEn: PlaceholderTexts;

/** French placeholder texts. @example embedPlaceholders(consent, { locales: { fr: placeholderFr } }) */
declare const placeholderFr: PlaceholderTexts;

/** Dutch placeholder texts. @example embedPlaceholders(consent, { locales: { nl: placeholderNl } }) */
declare const placeholderNl: PlaceholderTexts;

export { embedPlaceholders, placeholderDe, placeholderEn, placeholderFr, placeholderNl };
export type { PlaceholderOptions, PlaceholderTexts };
