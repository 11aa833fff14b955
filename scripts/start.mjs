#!/usr/bin/env node
// `npm start` (after `vite build`): opens Chromium with the built extension (dist/) loaded, in
// its own profile under .tmp/profile, on an article to try saving.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const profile = join(root, '.tmp/profile');
const WELCOME = 'https://en.wikipedia.org/wiki/Spaced_repetition';

const byHand = `To load it by hand: open chrome://extensions, switch on "Developer mode", click
"Load unpacked" and choose ${dist}`;

// Google Chrome (branded builds since version 137) ignores --load-extension: Chromium first.
const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  process.env.LOCALAPPDATA && join(process.env.LOCALAPPDATA, 'Chromium/Application/chrome.exe'),
  'C:/Program Files/Google/Chrome/Application/chrome.exe',
];

if (!existsSync(join(dist, 'manifest.json'))) {
  console.error('start: dist/ is missing: run `npm run build` (or `npm start`, which builds first).');
  process.exit(1);
}
const browser = candidates.find((p) => p && existsSync(p));
if (!browser) {
  console.error(`start: no Chromium found. Install it (Debian/Ubuntu: sudo apt-get install chromium)
or set CHROMIUM_PATH to a Chromium-based browser.\n${byHand}`);
  process.exit(1);
}
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(`start: no display (neither $DISPLAY nor $WAYLAND_DISPLAY is set), so no browser window
can open here. The extension is built in ${dist}.\n${byHand}`);
  process.exit(1);
}
if (/chrome/i.test(browser) && !/chromium/i.test(browser)) {
  console.warn(`start: ${browser} may ignore --load-extension (Google Chrome 137+ does).\n${byHand}`);
}

mkdirSync(profile, { recursive: true });
console.log(`start: ${browser} with Learnmark loaded from ${dist} (profile ${profile}).
Pin Learnmark from the extensions (puzzle) menu, then click it and "Save this page".`);
const args = [`--user-data-dir=${profile}`, `--load-extension=${dist}`, '--no-first-run', '--no-default-browser-check'];
// Chromium refuses to start as root with its sandbox on (containers, some VMs); say so and go on.
if (process.getuid?.() === 0) {
  console.warn('start: running as root, so Chromium is started with --no-sandbox.');
  args.push('--no-sandbox');
}
const child = spawn(browser, [...args, WELCOME], { stdio: 'inherit' });
child.on('error', (e) => {
  console.error(`start: could not launch ${browser}: ${e.message}\n${byHand}`);
  process.exit(1);
});
child.on('exit', (code) => process.exit(code ?? 0));
