import type { Locale } from '../core/locale';
import type { Consent } from '../core/types';
import type { ResolvedUiOptions } from './options';
import type { Texts } from './texts';

/** What the banner and the dialog share. */
export interface UiContext {
  readonly consent: Consent;
  readonly options: ResolvedUiOptions;
  readonly texts: Texts;
  readonly locale: Locale;
  /** Prefix of the ids in this UI, unique per mount. */
  readonly id: string;
  /** Records a decision made in the UI and announces it (WCAG 4.1.3). */
  readonly decide: (record: () => void) => void;
  /** An intro text with `{controller}` filled in, followed by the policy link when configured. */
  readonly intro: (text: string) => Array<Node | string>;
}
