/** Provided by the preview-cards integration (src/integration/preview-cards.ts) at build and dev time. */
declare module 'virtual:briefing/preview-cards' {
  /** Absolute path of the card cache folder (`og-cards/` in Astro's cacheDir). */
  export const cardCacheDir: string;
  /** rendererDigest() of the project, computed once per build. */
  export const rendererDigest: string;
  /** URL of the bundled card worker in a build; undefined in `astro dev`, where cards render in-thread. */
  export const cardWorkerUrl: string | undefined;
}
