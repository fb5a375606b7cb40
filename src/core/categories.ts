import { freeze } from './freeze';

/** The four consent categories, in the order every list, record and UI uses. */
export const CATEGORIES = ['necessary', 'functional', 'performance', 'advertising'] as const;

/** A consent category id. */
export type CategoryId = (typeof CATEGORIES)[number];

/** The categories a visitor can switch; `necessary` is always granted. */
export type OptionalCategoryId = Exclude<CategoryId, 'necessary'>;

/** Granted (`true`) or denied (`false`) for every category. */
export type Choices = Readonly<Record<CategoryId, boolean>>;

export const isCategory = (value: unknown): value is CategoryId =>
  (CATEGORIES as readonly unknown[]).includes(value);

/** Only `necessary` granted: the state before any decision, and after a refusal. */
export const DENIED: Choices = freeze({
  necessary: true,
  functional: false,
  performance: false,
  advertising: false,
});

/** Splits a `data-consent` value ("performance advertising") into category ids. */
export const parseCategoryList = (value: string | null): CategoryId[] | null => {
  const ids = (value ?? '').split(/\s+/).filter(Boolean);
  return ids.length > 0 && ids.every(isCategory) ? ids : null;
};
