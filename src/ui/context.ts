import type { Locale } from '../core/locale';
import type { Consent } from '../core/types';
import type { Texts } from './texts';

/** What the banner and the dialog share. */
export interface UiContext {
  readonly consent: Consent;
  readonly texts: Texts;
  readonly locale: Locale;
  /** Prefix of the ids in this UI, unique per mount. */
  readonly id: string;
  /**
   * Puts focus back after a view closed (WCAG 2.4.3): on `preferred` when it can still take it;
   * else keyboard focus goes to the reopen button, else to where the visitor came from.
   */
  readonly returnFocus: (preferred?: Element | null) => void;
  /** Records a decision made in the UI and announces it (WCAG 4.1.3). */
  readonly decide: (record: () => void) => void;
  /** An intro text with `{controller}` filled in, followed by the policy link when configured. */
  readonly intro: (text: string) => Array<Node | string>;
}
