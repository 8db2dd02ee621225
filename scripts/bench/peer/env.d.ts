/** Vite's `?inline` CSS import: the stylesheet's text. */
declare module '*.css?inline' {
  const css: string;
  export default css;
}

/** The SurveyJS JSON written by to-surveyjs.ts, provided to the peer build by run.ts. */
declare module 'virtual:bench-survey' {
  const json: Record<string, unknown>;
  export default json;
}
