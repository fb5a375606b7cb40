type Attributes = Record<string, string | boolean | null | undefined>;

/**
 * Creates an element. Attribute values are set with `setAttribute` (`true` → empty, `false`
 * and null → left out) and children are appended as nodes or text nodes: nothing here ever
 * parses HTML, so text from configuration cannot become markup.
 */
export const h = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] => {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value != null && value !== false) element.setAttribute(name, value === true ? '' : value);
  }
  element.append(...children);
  return element;
};

/** A `<button type="button">` that calls `onClick`. */
export const button = (label: string, onClick: () => void, className = 'cg-btn'): HTMLButtonElement => {
  const element = h('button', { type: 'button', class: className }, label);
  element.addEventListener('click', onClick);
  return element;
};
