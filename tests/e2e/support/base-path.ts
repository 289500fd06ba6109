/** The base path of the second build, deployed as under a sub-folder of a host. */
export const BASE_PATH = '/briefing/';
