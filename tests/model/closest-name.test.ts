import { describe, expect, it } from 'vitest';
import { closestName } from '../../src/model/closest-name';

describe('closestName ("did you mean")', () => {
  const facts = ['tv-remarks', 'lower-house-election', 'china-protests', 'china-countermeasures'];

  it('finds the id one or two slips away', () => {
    expect(closestName('tv-remark', facts)).toBe('tv-remarks');
    expect(closestName('lower-house-electon', facts)).toBe('lower-house-election');
    expect(closestName('TV-Remarks', facts)).toBe('tv-remarks');
  });

  it('suggests nothing for a name unlike every known one', () => {
    expect(closestName('budget-vote', facts)).toBeUndefined();
    expect(closestName('x', [])).toBeUndefined();
  });

  it('suggests nothing when two names are equally near (a guess would mislead)', () => {
    expect(closestName('ab-c', ['ab-cd', 'ab-ce'])).toBeUndefined();
  });

  it('allows more slips in a longer name, at most a third of its length', () => {
    expect(closestName('statment', ['statement', 'event'])).toBe('statement');
    expect(closestName('ned', ['end', 'start'])).toBe('end');
    expect(closestName('abcdef', ['uvwxyz'])).toBeUndefined();
  });
});
