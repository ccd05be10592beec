// A QR code of a link, drawn as SVG in the page (generated offline by @paulmillr/qr; nothing is sent anywhere).
import encodeQR from '@paulmillr/qr';
import { svg } from './dom';

/** The QR modules of `text` (true = dark), or null when the text is too long for any QR version. */
export function qrModules(text: string): boolean[][] | null {
  try {
    return encodeQR(text, 'raw', { ecc: 'medium', border: 4 });
  } catch {
    return null;
  }
}

/** The QR code as an SVG element, one path of unit squares (crisp at any size and in print), or null if it cannot fit. */
export function qrSvg(text: string, label: string): SVGElement | null {
  const grid = qrModules(text);
  if (!grid) return null;
  const n = grid.length;
  let d = '';
  grid.forEach((row, y) => row.forEach((dark, x) => {
    if (dark) d += `M${x} ${y}h1v1h-1z`;
  }));
  return svg('svg', { viewBox: `0 0 ${n} ${n}`, role: 'img', 'aria-label': label, class: 'qr', 'shape-rendering': 'crispEdges' },
    svg('rect', { width: n, height: n, fill: '#fff' }),
    svg('path', { d, fill: '#000' }));
}
