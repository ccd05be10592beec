// Driving the real game with the keyboard only: read which object holds the focus ring, Tab to a named one, press keys.
import type { Page } from 'playwright-core';

/** The name of the focused object of the topmost scene that takes keys (null if nothing is focused). */
export function focusedName(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    type Nav = { current(): { name: string } | null; isEnabled(): boolean };
    const scenes = window.kz.game.scene.getScenes(true) as unknown as { nav?: Nav }[];
    const nav = [...scenes].reverse().map((s) => s.nav).find((n) => n?.isEnabled());
    return nav?.current()?.name ?? null;
  });
}

/** Presses Tab (at most `max` times) until the focus is on `name` (or on a name starting with it, if it ends in ':'). */
export async function tabTo(page: Page, name: string | ((n: string) => boolean), max = 60): Promise<string> {
  const wanted = typeof name === 'function' ? name : (n: string) => (name.endsWith(':') ? n.startsWith(name) : n === name);
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    const now = await focusedName(page);
    if (now && wanted(now)) return now;
    seen.push(String(now));
    await page.keyboard.press('Tab');
    await page.waitForTimeout(20);
  }
  throw new Error(`Tab never reached ${String(name)}; focus went through: ${seen.join(' → ')}`);
}

/** Presses a key and waits a moment for the microtask-deferred handlers and the redraw. */
export async function press(page: Page, key: string): Promise<void> {
  await page.keyboard.press(key);
  await page.waitForTimeout(60);
}
