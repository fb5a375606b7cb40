// `import css from './styles.css?raw'`: the stylesheet as a string. Vite (tests) does this
// natively; the rollup config does it for the builds and ships the same file as consent-gate.css.
declare module '*.css?raw' {
  const css: string;
  export default css;
}
