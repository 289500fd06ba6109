import { describe, expect, it } from 'vitest';
import { compileMatchers, findMentions } from '../../src/briefing/mentions';

const compiled = compileMatchers([
  { id: 'election', patterns: ['February 8 (Lower House )?election', 'Lower House election'] },
  { id: 'remarks', patterns: ['alliance would "collapse"', 'televised (debate|interview)'] },
]);

describe('findMentions', () => {
  it('finds each fact and reports its exact text', () => {
    const text = 'During a televised debate ahead of the February 8 Lower House election.';
    expect(findMentions(text, compiled).map((m) => [m.factId, m.text])).toEqual([
      ['remarks', 'televised debate'],
      ['election', 'February 8 Lower House election'],
    ]);
  });

  it('prefers the longest of overlapping matches at the same place', () => {
    const [mention] = findMentions('the February 8 Lower House election', compiled);
    expect(mention?.text).toBe('February 8 Lower House election');
  });

  it('treats typographic and plain quotes alike', () => {
    const [mention] = findMentions('the U.S.-Japan alliance would “collapse” if', compiled);
    expect(mention?.text).toBe('alliance would “collapse”');
  });

  it('is case-insensitive', () => {
    expect(findMentions('A TELEVISED INTERVIEW', compiled)).toHaveLength(1);
  });

  it('finds nothing in unrelated text', () => {
    expect(findMentions('Markets were calm on Monday.', compiled)).toEqual([]);
  });

  it('names the fact and pattern of an invalid rule', () => {
    expect(() => compileMatchers([{ id: 'bad', patterns: ['(unclosed'] }])).toThrow(/content\/facts\/bad\.yaml.*"match".*\(unclosed/);
  });
});
