import { describe, expect, it } from 'vitest';
import { utf16Form } from '../../src/loader/utf16-form';

describe('utf16Form', () => {
  const text = 'The 1960 treaty (日米安全保障条約) and Ā few other letters. '.repeat(20);
  it('tells UTF-16 without a byte-order mark, in either byte order, even with some characters whose low byte is NUL', () => {
    expect(utf16Form(new Uint8Array(Buffer.from(text, 'utf16le')))).toBe('UTF-16LE');
    expect(utf16Form(new Uint8Array(Buffer.from(text, 'utf16le').swap16()))).toBe('UTF-16BE');
  });
  it('does not take UTF-8 or a binary file with scattered NULs for UTF-16', () => {
    expect(utf16Form(new TextEncoder().encode(text))).toBeUndefined();
    expect(utf16Form(Uint8Array.from({ length: 512 }, (_, i) => (i % 7 === 0 ? 0 : (i * 31) & 0xff)))).toBeUndefined();
  });
});
