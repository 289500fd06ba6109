import { describe, expect, it } from 'vitest';
import { isId } from '../../src/model/ids';

describe('ids', () => {
  it('are lower-case letters and digits joined by single hyphens', () => {
    expect(isId('tv-remarks')).toBe(true);
    expect(isId('election-2026')).toBe(true);
  });

  it.each(['TV-remarks', 'tv--remarks', '-tv', 'tv-', 'tv remarks', 'tv_remarks', ''])('refuse %j', (text) => {
    expect(isId(text)).toBe(false);
  });
});
