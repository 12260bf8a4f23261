// Byte-level writer and bounds-checked reader of the share payload: unsigned
// LEB128 varints, zigzag for signed deltas, length-prefixed UTF-8 strings.
import { strFromU8, strToU8 } from 'fflate';

/** Anything wrong with a payload; the message says what and where. */
export class ShareFormatError extends Error {}

/** Appends to a growing buffer. */
export class ByteWriter {
  private buf = new Uint8Array(4096);
  private len = 0;

  private reserve(n: number) {
    if (this.len + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.len + n));
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }

  byte(b: number) {
    this.reserve(1);
    this.buf[this.len++] = b & 0xff;
  }

  /** A non-negative safe integer as a varint (division, not bit ops: values may pass 2^32). */
  uint(n: number) {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`cannot encode ${n} as an unsigned integer`);
    while (n >= 0x80) {
      this.byte((n % 0x80) | 0x80);
      n = Math.floor(n / 0x80);
    }
    this.byte(n);
  }

  /** A signed safe integer, zigzag-coded so small negative deltas stay short. */
  int(n: number) {
    this.uint(n >= 0 ? n * 2 : -n * 2 - 1);
  }

  bytes(data: Uint8Array) {
    this.reserve(data.length);
    this.buf.set(data, this.len);
    this.len += data.length;
  }

  string(s: string) {
    const data = strToU8(s);
    this.uint(data.length);
    this.bytes(data);
  }

  finish(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

/** Reads a payload; every read is checked against the data's end and the caller's bounds. */
export class ByteReader {
  private pos = 0;

  constructor(
    private readonly data: Uint8Array,
    private readonly maxString: number,
  ) {}

  private fail(what: string): never {
    throw new ShareFormatError(`${what} at byte ${this.pos}`);
  }

  byte(): number {
    if (this.pos >= this.data.length) this.fail('the data ends early');
    return this.data[this.pos++];
  }

  uint(): number {
    let n = 0;
    for (let scale = 1; ; scale *= 0x80) {
      const b = this.byte();
      n += (b & 0x7f) * scale;
      if (!Number.isSafeInteger(n)) this.fail('a number is too large');
      if (b < 0x80) return n;
    }
  }

  int(): number {
    const z = this.uint();
    return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  }

  /** An index that must be below `n`. */
  index(n: number, what: string): number {
    const i = this.uint();
    if (i >= n) this.fail(`${what} ${i} is out of range (${n})`);
    return i;
  }

  /** A count of items that each take at least `minBytes`, at most `max`. */
  count(max: number, what: string, minBytes = 1): number {
    const n = this.uint();
    if (n > max) this.fail(`${n} ${what} is more than the limit of ${max}`);
    if (n * minBytes > this.data.length - this.pos) this.fail(`${n} ${what} cannot fit in the data left`);
    return n;
  }

  bytes(n: number): Uint8Array {
    if (n > this.data.length - this.pos) this.fail('the data ends early');
    this.pos += n;
    return this.data.subarray(this.pos - n, this.pos);
  }

  /** Everything not read yet. */
  rest(): Uint8Array {
    return this.bytes(this.data.length - this.pos);
  }

  string(): string {
    const n = this.uint();
    if (n > this.maxString) this.fail(`a string of ${n} bytes is longer than the limit of ${this.maxString}`);
    return strFromU8(this.bytes(n));
  }

  /** Fails unless every byte was read: trailing bytes mean a damaged or foreign payload. */
  end() {
    if (this.pos !== this.data.length) this.fail(`${this.data.length - this.pos} unexpected trailing bytes`);
  }
}
