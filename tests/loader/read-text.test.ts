import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8 } from '../../src/loader/read-text';

describe('firstInvalidUtf8', () => {
  it.each([
    ['a stray continuation byte after ASCII', Buffer.concat([Buffer.from('abc'), Buffer.from([0x80])]), 3],
    [
      'a Latin-1 é after multi-byte text',
      Buffer.concat([Buffer.from('日本 “q” '), Buffer.from([0xe9, 0x41])]),
      Buffer.byteLength('日本 “q” '),
    ],
    ['a truncated sequence at the end', Buffer.concat([Buffer.from('ok '), Buffer.from([0xe6, 0x97])]), 3],
    ['an overlong encoding', Buffer.concat([Buffer.from('x'), Buffer.from([0xc0, 0xaf])]), 1],
  ])('%s', (_name, bytes, offset) => {
    expect(firstInvalidUtf8(bytes)).toBe(offset);
  });

  it('skips a real replacement character (EF BF BD) in the text', () => {
    const bytes = Buffer.concat([Buffer.from('a\uFFFDb'), Buffer.from([0xff])]);
    expect(firstInvalidUtf8(bytes)).toBe(Buffer.byteLength('a\uFFFDb'));
  });

  it('finds the byte in a long file (one pass, not a decode per prefix)', () => {
    const text = 'Prime Minister Sanae Takaichi said … 日本. '.repeat(20_000);
    const bytes = Buffer.concat([Buffer.from(text), Buffer.from([0xff]), Buffer.from('tail')]);
    expect(firstInvalidUtf8(bytes)).toBe(Buffer.byteLength(text));
  });
});
