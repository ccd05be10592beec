// Byte-level helpers for share codes: varints, strings, a checksum and URL-safe base64, identical in Node and browsers.

/** Appends values to a growing byte list. */
export class ByteWriter {
  private readonly out: number[] = [];
  /** An unsigned integer in 7-bit groups (small numbers take one byte). */
  varint(n: number): void {
    let v = n;
    while (v >= 0x80) {
      this.out.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    this.out.push(v);
  }
  u32(n: number): void {
    this.out.push((n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
  }
  text(s: string): void {
    const b = new TextEncoder().encode(s);
    this.varint(b.length);
    for (const x of b) this.out.push(x);
  }
  bytes(): Uint8Array {
    return Uint8Array.from(this.out);
  }
}

/** Thrown by ByteReader when the bytes run out or make no sense; caught at the edge and turned into a message. */
export class Malformed extends Error {}

/** Reads values back; every read is bounds-checked. */
export class ByteReader {
  private pos = 0;
  constructor(private readonly data: Uint8Array) {}
  get done(): boolean {
    return this.pos >= this.data.length;
  }
  private byte(): number {
    const b = this.data[this.pos++];
    if (b === undefined) throw new Malformed('it ends too early');
    return b;
  }
  varint(max: number): number {
    let n = 0;
    let scale = 1;
    for (let i = 0; i < 5; i++) {
      const b = this.byte();
      n += (b & 0x7f) * scale;
      if (n > max) throw new Malformed('a count is out of range');
      if (b < 0x80) return n;
      scale *= 0x80;
    }
    throw new Malformed('a number is too long');
  }
  u32(): number {
    return ((this.byte() << 24) | (this.byte() << 16) | (this.byte() << 8) | this.byte()) >>> 0;
  }
  text(maxBytes: number): string {
    const len = this.varint(maxBytes);
    if (this.pos + len > this.data.length) throw new Malformed('it ends too early');
    const slice = this.data.subarray(this.pos, this.pos + len);
    this.pos += len;
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(slice);
    } catch {
      throw new Malformed('it contains broken text');
    }
  }
}

/** FNV-1a, 32 bits, over bytes: the share code's checksum. */
export function fnv1a32(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (const b of bytes) h = Math.imul(h ^ b, 0x01000193);
  return h >>> 0;
}

/** Bytes as base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url (no padding) back to bytes, or null if it is not valid base64url. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  try {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}
