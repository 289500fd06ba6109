/**
 * The environment the project's scripts run Astro in: no telemetry notice or reporting
 * (ASTRO_TELEMETRY_DISABLED) and no invitation to upgrade past the locked version
 * (ASTRO_DISABLE_UPDATE_CHECK). An editor's own setting of either wins.
 */
export function quietEnvironment(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DISABLE_UPDATE_CHECK: 'true', ...env };
}
