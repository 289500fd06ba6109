/** The base path of the second build, deployed as under a sub-folder of a host. */
export const BASE_PATH = '/briefing/';
/** The public origin of that build (tests/trust/links.test.ts builds the same deployment). */
export const BASE_SITE = 'https://example.org';
