import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  addToList,
  appendAccount,
  DRAFTED_COMMENT,
  markReviewed,
  removeAccount,
  removeFromList,
  replaceAccount,
} from '../../src/editing/fact-document';
import { factSchema, type Account } from '../../src/schemas/fact';
import { projectRoot } from '../support/content-copy';

const seed = readFileSync(join(projectRoot, 'content/facts/tv-remarks.yaml'), 'utf8');
const draft: Account = {
  source: 'harbour-wire',
  date: {
    asWritten: 'late on Monday',
    value: '2026-01-26',
    inferred: '“late on Monday” — counted from the publication date 2026-01-28, read as 2026-01-26.',
  },
  setting: 'televised interview',
  actors: ['Prime Minister Sanae Takaichi'],
  numbers: [],
  wording: ['warned', 'fall apart'],
  paragraphs: ['harbour-wire#p-warning'],
  review: 'drafted',
};
const accountsOf = (text: string) => factSchema.parse(parse(text)).accounts;

describe('editing a fact file', () => {
  const appended = appendAccount(seed, draft);

  it('appends a drafted account, commented as drafted, and keeps every other byte', () => {
    expect(appended.startsWith(seed.slice(0, seed.indexOf('related:')))).toBe(true);
    expect(appended).toContain(
      `  ${DRAFTED_COMMENT}\n  - source: harbour-wire\n    date:\n      asWritten: late on Monday\n      value: '2026-01-26'\n`,
    );
    expect(appended.endsWith(seed.slice(seed.indexOf('related:')))).toBe(true);
    expect(accountsOf(appended).at(-1)).toEqual(draft);
  });

  it('marks it reviewed by removing only its review line and comment', () => {
    const reviewed = markReviewed(appended, 'harbour-wire');
    expect(reviewed).not.toContain(DRAFTED_COMMENT);
    expect(accountsOf(reviewed).at(-1)).toEqual({ ...draft, review: 'reviewed' });
    expect(reviewed.replace(/\n {2}- source: harbour-wire[\s\S]*?(?=related:)/u, '\n')).toBe(seed);
  });

  it('replaces an edited account in place, and keeps an editor’s own comment elsewhere', () => {
    const commented = appended.replace('related:', '# checked against the broadcast\nrelated:');
    const edited = replaceAccount(commented, 'harbour-wire', { ...draft, setting: 'interview', review: 'reviewed' });
    expect(accountsOf(edited).at(-1)).toMatchObject({
      source: 'harbour-wire',
      setting: 'interview',
      review: 'reviewed',
    });
    expect(edited).toContain('# checked against the broadcast\nrelated:');
    expect(edited).not.toContain(DRAFTED_COMMENT);
  });

  it('removes a rejected account and records the source as giving none', () => {
    const rejected = addToList(removeAccount(appended, 'harbour-wire'), 'noAccountFrom', 'harbour-wire');
    expect(rejected).toBe(`${seed}noAccountFrom: [harbour-wire]\n`);
    expect(addToList(rejected, 'noAccountFrom', 'other')).toBe(`${seed}noAccountFrom: [harbour-wire, other]\n`);
  });

  it('creates the accounts list in a fact that has none', () => {
    const bare = 'title: A fact with no accounts\nkind: event\nsummary: A neutral summary of the fact.\n';
    expect(accountsOf(appendAccount(bare, draft))).toEqual([draft]);
    expect(accountsOf(appendAccount(`${bare}accounts: []\n`, draft))).toEqual([draft]);
  });

  it('removes values from a list, block or flow, keeping comments, and the key with its last value', () => {
    const block =
      'citedBy:\n  # first seen here\n  - harbour-wire\n  - other # kept\nappearsIn: [harbour-wire#p-a, other#p-b]\n';
    const gone = (value: string) => value === 'harbour-wire' || value.startsWith('harbour-wire#');
    expect(removeFromList(removeFromList(block, 'citedBy', gone), 'appearsIn', gone)).toBe(
      'citedBy:\n  # first seen here\n  - other # kept\nappearsIn: [other#p-b]\n',
    );
    expect(removeFromList('title: T\nsummaryFrom: [harbour-wire]\nkind: event\n', 'summaryFrom', gone)).toBe(
      'title: T\nkind: event\n',
    );
    expect(removeFromList(block, 'missing', gone)).toBe(block);
  });
});
