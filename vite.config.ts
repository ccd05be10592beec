// Vite builds the browser game; Vitest runs every test (unit, property, machine, browser) from the same config.
// The game is split so the first screen loads only Phaser and the menu; a service worker precaches it all for offline play.
import { defineConfig, type Plugin } from 'vitest/config';
import { VitePWA } from 'vite-plugin-pwa';

/** Fonts the first screen draws (Latin, and the Cyrillic of the language buttons), preloaded with the page. */
const PRELOAD_FONTS = /pt-sans-(latin|cyrillic|cyrillic-ext)-400-normal-[\w-]+\.woff2$|pt-sans-latin-700-normal-[\w-]+\.woff2$/;

/** Adds <link rel=preload> for the first screen's font files, whose names Vite hashes. */
function preloadFonts(): Plugin {
  return {
    name: 'multi-vector:preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const files = Object.keys(ctx.bundle ?? {}).filter((f) => PRELOAD_FONTS.test(f));
        return files.map((f) => ({ tag: 'link', attrs: { rel: 'preload', as: 'font', type: 'font/woff2', href: `./${f}`, crossorigin: '' }, injectTo: 'head' as const }));
      },
    },
  };
}

export default defineConfig({
  base: './',
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  plugins: [
    preloadFonts(),
    VitePWA({
      registerType: 'prompt', // a new version waits for the next start instead of reloading a game in progress
      injectRegister: false, // src/ui/offline.ts registers it after the page has loaded
      includeAssets: ['favicon.svg', 'icon-192.png', 'icon-512.png'],
      manifest: {
        name: "Multi-Vector — Kazakhstan's foreign policy game",
        short_name: 'Multi-Vector',
        description: "Govern Kazakhstan's multi-vector foreign policy: a strategy game grounded in real figures.",
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'fullscreen',
        orientation: 'landscape',
        background_color: '#2b3035',
        theme_color: '#1d2226',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // Everything the game can show, in every language; the older .woff duplicates of the fonts are left out.
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,json,webmanifest}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  test: {
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
