// Icons (lucide-static SVGs) the screens use, loaded once by the boot scene as textures named `icon:<name>`.
import alert from 'lucide-static/icons/triangle-alert.svg?url';
import wallet from 'lucide-static/icons/wallet.svg?url';
import landmark from 'lucide-static/icons/landmark.svg?url';
import fuel from 'lucide-static/icons/fuel.svg?url';
import train from 'lucide-static/icons/train-front.svg?url';
import handshake from 'lucide-static/icons/handshake.svg?url';
import shield from 'lucide-static/icons/shield.svg?url';
import languages from 'lucide-static/icons/languages.svg?url';
import newspaper from 'lucide-static/icons/newspaper.svg?url';
import chart from 'lucide-static/icons/chart-line.svg?url';
import play from 'lucide-static/icons/play.svg?url';
import upload from 'lucide-static/icons/upload.svg?url';
import rewind from 'lucide-static/icons/rotate-ccw.svg?url';
import branch from 'lucide-static/icons/git-branch.svg?url';
import copy from 'lucide-static/icons/copy.svg?url';
import save from 'lucide-static/icons/save.svg?url';
import house from 'lucide-static/icons/house.svg?url';
import check from 'lucide-static/icons/check.svg?url';
import x from 'lucide-static/icons/x.svg?url';
import info from 'lucide-static/icons/info.svg?url';
import route from 'lucide-static/icons/route.svg?url';
import coins from 'lucide-static/icons/coins.svg?url';
import book from 'lucide-static/icons/book-open.svg?url';
import download from 'lucide-static/icons/download.svg?url';
import trash from 'lucide-static/icons/trash-2.svg?url';
import up from 'lucide-static/icons/chevron-up.svg?url';
import down from 'lucide-static/icons/chevron-down.svg?url';
import link from 'lucide-static/icons/link.svg?url';
import users from 'lucide-static/icons/users.svg?url';
import printer from 'lucide-static/icons/printer.svg?url';

/** Icon texture URLs by short name. */
export const ICONS: Record<string, string> = {
  alert, wallet, landmark, fuel, train, handshake, shield, languages, newspaper, chart, play, upload, rewind, branch, copy, save, house, check, x, info, route, coins, book, download, trash, up, down, link, users, printer,
};

/** The texture key of an icon. */
export const icon = (name: keyof typeof ICONS): string => `icon:${name}`;

/** The icon of each policy vector (tabs and cards). */
export const VECTOR_ICON: Record<string, string> = { trade: 'icon:coins', routes: 'icon:route', alliances: 'icon:handshake', military: 'icon:shield', identity: 'icon:languages' };

import flagRu from 'flag-icons/flags/4x3/ru.svg?url';
import flagCn from 'flag-icons/flags/4x3/cn.svg?url';
import flagEu from 'flag-icons/flags/4x3/eu.svg?url';
import flagUs from 'flag-icons/flags/4x3/us.svg?url';
import flagTr from 'flag-icons/flags/4x3/tr.svg?url';
import flagAz from 'flag-icons/flags/4x3/az.svg?url';
import flagAe from 'flag-icons/flags/4x3/ae.svg?url';
import flagKz from 'flag-icons/flags/4x3/kz.svg?url';

/** Flag SVG URLs by power id (the Gulf shown by the UAE's flag), plus Kazakhstan's. */
export const FLAGS: Record<string, string> = { russia: flagRu, china: flagCn, eu: flagEu, us: flagUs, turkey: flagTr, azerbaijan: flagAz, gulf: flagAe, kazakhstan: flagKz };

/**
 * A URL Phaser's loader can fetch: Vite inlines small SVGs as percent-encoded `data:` URIs, which Phaser would try to
 * base64-decode; those are re-encoded as base64 here.
 */
export function loadableUrl(url: string): string {
  const m = /^data:([^;,]+)(;charset=[^;,]+)?,(.*)$/s.exec(url);
  if (!m) return url;
  const text = decodeURIComponent(m[3] ?? '');
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `data:${m[1]};base64,${btoa(binary)}`;
}
