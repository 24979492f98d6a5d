/** Headless Chromium for end-to-end tests: Debian's chromium driven by playwright-core (no browser download). */
import { chromium, type Browser, type Locator } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic'],
  });
}

/** Waits until the first element of `locator` contains `text` (playwright-core has no web-first expect). */
export async function waitForText(locator: Locator, text: string | RegExp, timeout = 10_000): Promise<string> {
  const match = locator.filter({ hasText: text }).first();
  await match.waitFor({ timeout });
  return (await match.textContent()) ?? '';
}
