import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (`.ci/run` installs it), or the one CHROMIUM_PATH names. */
export const chromiumPath = (): string => {
  const path = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`no Chromium at ${path}: apt-get install chromium (.ci/run does), or set CHROMIUM_PATH`);
  return path;
};

/** A headless Chromium through playwright-core; without its sandbox when running as root (CI containers), which Chromium refuses otherwise. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--lang=fr-FR', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])] });
