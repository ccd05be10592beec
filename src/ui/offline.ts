// Offline and installable: registers the service worker that precaches the game (vite-plugin-pwa, Workbox). A new
// version installs in the background and waits; the page only says so, and it takes over at the next start, never mid-game.
/// <reference types="vite-plugin-pwa/client" />
import { t } from '../i18n';

/** Shows a short line at the foot of the page (text only, never HTML). */
function announce(text: string): void {
  const note = document.getElementById('update-note');
  if (!note) return;
  note.textContent = text;
  note.hidden = false;
}

/** Registers the service worker after the page has loaded (the dev server's stand-in registers nothing). */
export function registerOffline(): void {
  if (!('serviceWorker' in navigator)) return;
  const register = () => {
    import('virtual:pwa-register')
      .then(({ registerSW }) =>
        registerSW({
          immediate: true,
          onNeedRefresh: () => announce(t('load.updateReady')), // no reload here: the waiting version starts next time
          onRegisterError: (e: unknown) => console.warn('Offline play is unavailable:', e),
        }),
      )
      .catch(() => undefined); // no service worker: the game still plays online
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
