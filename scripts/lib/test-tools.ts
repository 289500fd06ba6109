/**
 * Where the test suites find the two programs they need from the machine, in one place for the
 * preflight (`scripts/preflight.ts`), the browser tests (`tests/support/chromium.ts`) and the HTML
 * validator (`tests/trust/valid-html.test.ts`).
 */

/** Debian's Chromium, driven by playwright-core (nothing may download a browser here). Override with CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** The Java runtime the Nu Html Checker (vnu-jar) runs on. Override with JAVA_PATH. */
export const JAVA_PATH = process.env.JAVA_PATH || 'java';

/**
 * The one command that installs both on Debian or Ubuntu: without the packages they only recommend
 * (~130 of them: printing, Samba, desktop services; 88 s), plus the one font family the headless
 * browser needs for text outside the pages' own fonts.
 */
export const INSTALL_COMMAND =
  'apt-get install -y --no-install-recommends chromium default-jre-headless fonts-liberation';
