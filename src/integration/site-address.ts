import type { AstroIntegration } from 'astro';

/** The address the briefing builds for when no deployment address is given. */
export const EXAMPLE_SITE = 'https://briefing.example.org';

/** The warning a build gives while the site address is the example one, or undefined for a real one. */
export function exampleSiteWarning(site: string | undefined): string | undefined {
  if (site !== undefined && new URL(site).origin !== new URL(EXAMPLE_SITE).origin) return undefined;
  return (
    `the site address is the example ${EXAMPLE_SITE}: canonical links, the sitemap, the feed, the data exports and ` +
    'preview cards will point there. For the public site, build with BRIEFING_SITE=https://your.address (or --site).'
  );
}

/**
 * Warns at build time while the site address is still the example one (`BRIEFING_SITE` unset and no
 * `--site`): every absolute link of the build would point at a site that is not the briefing's.
 */
export function siteAddress(): AstroIntegration {
  return {
    name: 'site-address',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        const warning = exampleSiteWarning(config.site);
        if (warning) logger.warn(warning);
      },
    },
  };
}
