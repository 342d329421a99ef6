/** A stylesheet's text, inlined by the build (minified) and by Vite in tests and Storybook. */
declare module '*.css?raw' {
  const css: string;
  export default css;
}
