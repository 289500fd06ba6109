/** Debian's Chromium, started so it never reaches the network on its own (updates, sync, QUIC probes). */
import { chromium, type Browser, type BrowserServer, type LaunchOptions } from 'playwright-core';
import { CHROMIUM_PATH } from '../../scripts/lib/test-tools';

export { CHROMIUM_PATH };

const OPTIONS: LaunchOptions = {
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

export function launchChromium(): Promise<Browser> {
  return chromium.launch(OPTIONS);
}

/** One browser shared by several test files (each connects with `connectChromium`). */
export function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer(OPTIONS);
}

export function connectChromium(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}
