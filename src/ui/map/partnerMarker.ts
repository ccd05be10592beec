// Flag texture keys of the partners, shared by the map and the scenes that show flags (Boot loads them once).
import type { PowerId } from '../../sim/ids';

/** flag-icons country codes for each power (the Gulf is shown with the UAE's flag). */
export const FLAG_CODE: Record<PowerId, string> = { russia: 'ru', china: 'cn', eu: 'eu', us: 'us', turkey: 'tr', azerbaijan: 'az', gulf: 'ae' };

/** Texture key of a power's flag. */
export const flagKey = (id: PowerId) => `map-flag-${FLAG_CODE[id]}`;
