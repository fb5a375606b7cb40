/** Strips comments and the whitespace CSS does not need. */
export const minifyCss = (css) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/ !important/g, '!important')
    .replace(/([\s:(,/-])0\.(\d)/g, '$1.$2')
    .replace(/;}/g, '}')
    .trim();
