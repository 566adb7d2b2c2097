// Use a system Chromium when one exists, so `npm ci` skips Puppeteer's own browser
// download (which fails on machines without internet). Elsewhere Puppeteer downloads
// Chrome as usual.
const { existsSync } = require('node:fs');

const candidates = [
  process.env.PUPPETEER_EXECUTABLE_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
].filter(Boolean);

const systemBrowser = candidates.find((path) => existsSync(path));

module.exports = systemBrowser ? { executablePath: systemBrowser, skipDownload: true } : {};
