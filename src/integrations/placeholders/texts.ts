import type { CategoryId } from '../../core/categories';

/**
 * The texts of a placeholder, per locale. `{title}` is the embed's `title`, `{categories}` the
 * names of the categories it needs; both are inserted as text, never as HTML.
 * @example
 * const texts: PlaceholderTexts = { ...placeholderNl, once: 'Deze video nu tonen' };
 */
export interface PlaceholderTexts {
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
