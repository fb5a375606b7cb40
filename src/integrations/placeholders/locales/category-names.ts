import type { Texts } from '../../../ui/texts';

/** The category names of a UI pack, so that placeholders and preferences always say the same. */
export const categoryNames = ({ necessary, functional, performance, advertising }: Texts) => ({
  necessary,
  functional,
  performance,
  advertising,
});
