import { describe, expect, it } from 'vitest';
import { chooseArticleId } from '../../src/import/ids/article-id';
import { slugForId } from '../../src/model/ids';
import { validateFlags } from '../../src/import/validate-flags';
import { field, planFixture, problemOf, readArticle } from './helpers';

describe('flags', () => {
  it('accepts what the editor read on the source and normalises the language tag', () => {
    expect(
      validateFlags({
        title: ' A  title ',
        author: 'Jo Bloggs',
        publisher: 'Paper',
        published: '2026-01-27',
        url: 'https://a.example/x',
        language: 'en_GB',
      }),
    ).toEqual({
      metadata: {
        title: 'A title',
        byline: 'Jo Bloggs',
        publisher: 'Paper',
        published: '2026-01-27',
        url: 'https://a.example/x',
        language: 'en-GB',
      },
    });
  });

  it('refuses impossible or malformed dates', () => {
    expect(problemOf(() => validateFlags({ published: '2026-02-30' }))).toMatch(/not a date in the calendar → /u);
    expect(problemOf(() => validateFlags({ published: '27/01/2026' }))).toMatch(/not written YYYY-MM-DD → /u);
    expect(problemOf(() => validateFlags({ added: '2026-13-01' }))).toMatch(/--added/u);
  });

  it('refuses addresses that are not http(s)', () => {
    for (const url of ['example.com/x', 'javascript:alert(1)', 'ftp://example.com/x', 'https://']) {
      expect(problemOf(() => validateFlags({ url }))).toMatch(/--url .* is not a full http\(s\) address → /u);
    }
  });

  it('refuses bad ids, empty values and non-tags', () => {
    expect(problemOf(() => validateFlags({ id: 'Bad_Id' }))).toMatch(/--id/u);
    expect(problemOf(() => validateFlags({ publisher: '  ' }))).toMatch(/--publisher is empty/u);
    expect(problemOf(() => validateFlags({ language: 'English' }))).toMatch(/not a language tag/u);
  });

  it('records flag values as stated, over what the input says', () => {
    const plan = planFixture('plain-text', 'article.txt', {
      flags: { publisher: 'Harbor Times', published: '2026-01-29', url: 'https://harbor.example/a' },
    });
    const fm = readArticle(plan.article).frontmatter;
    expect(fm.publisher).toEqual({ status: 'stated', value: 'Harbor Times' });
    expect(field(fm, 'published')).toBe('2026-01-29');
    expect(field(fm, 'url')).toBe('https://harbor.example/a');
    expect(field(fm, 'language')).toBe('not-stated');
  });
});

describe('article id', () => {
  it('is a short ASCII slug of the title', () => {
    expect(slugForId('Japan’s PM: “Alliance Would Collapse” — Café Talks in Tōkyō, 2026')).toBe(
      'japans-pm-alliance-would-collapse-cafe-talks-in',
    );
    expect(slugForId('台湾有事')).toBe('');
  });

  it('uses --id, else the title, else the opening words, and never an id in use', () => {
    const base = {
      opening: 'Opening words of the text',
      taken: new Set(['taken-id']),
      articlesDir: 'content/articles',
    };
    expect(chooseArticleId({ ...base, flag: 'my-id', title: 'A Title' })).toBe('my-id');
    expect(chooseArticleId({ ...base, title: 'A Title' })).toBe('a-title');
    expect(chooseArticleId({ ...base })).toBe('opening-words-of-the-text');
    expect(problemOf(() => chooseArticleId({ ...base, flag: 'taken-id' }))).toMatch(
      /already exists.*→ choose another id with --id/u,
    );
    expect(chooseArticleId({ ...base, title: 'Taken id' })).toBe('taken-id-2');
    expect(problemOf(() => chooseArticleId({ ...base, title: '台湾有事', opening: '台湾有事について' }))).toMatch(
      /--id/u,
    );
    expect(problemOf(() => chooseArticleId({ ...base, title: '台湾有事', opening: '台湾有事について' }))).toMatch(
      /--url, or --publisher with --published/u,
    );
    // What a Japanese opening leaves is its dates' digits: no id at all rather than "2-8".
    expect(
      problemOf(() =>
        chooseArticleId({ ...base, title: '同盟崩壊に言及', opening: '発言は2月8日投開票の衆院選を前に' }),
      ),
    ).toMatch(/--id/u);
  });
});

describe('the id a person would choose (issue #21)', () => {
  const base = { taken: new Set<string>(), articlesDir: 'content/articles' };
  it('comes from the headline, never from a dateline, caption, credit or section label', () => {
    expect(chooseArticleId({ ...base, title: 'Ferry rules to be reviewed', opening: 'TOKYO —' })).toBe(
      'ferry-rules-to-be-reviewed',
    );
    expect(
      chooseArticleId({
        ...base,
        opening: 'TOKYO, Jan 29 (Harbour Wire) - Ferry operators will face new rules, the ministry said.',
      }),
    ).toBe('ferry-operators-will-face-new-rules-the-ministry');
    expect(
      chooseArticleId({
        ...base,
        opening:
          'FILE – Tourists wait for a bus in Kyoto in 2016. (Photo: Kenji Ota/Harbour Wire)\nBy Mina Arlott\nWORLD\nThe ministry will review ferry rules.',
      }),
    ).toBe('the-ministry-will-review-ferry-rules');
    expect(
      chooseArticleId({
        ...base,
        title: 'News in pictures',
        url: 'https://harbour.example/world/2026/01/29/rare-earths-exports-curbed',
        opening: 'Venezuela remains an international focus.',
      }),
    ).toBe('rare-earths-exports-curbed');
  });

  it('else from the address’s slug, else the publisher and date, for any script', () => {
    expect(
      chooseArticleId({
        ...base,
        title: '高市首相、同盟発言を擁護',
        url: 'https://tohto.example/articles/20260129/alliance-remarks-defended.html',
        opening: '高市首相は',
      }),
    ).toBe('alliance-remarks-defended');
    expect(
      chooseArticleId({
        ...base,
        url: 'https://harbour.example/asia/alliance-remarks-defended-5885896',
        opening: '高市首相は',
      }),
    ).toBe('alliance-remarks-defended');
    expect(
      chooseArticleId({
        ...base,
        title: '高市首相、同盟発言を擁護',
        url: 'https://tohto.example/articles/20260129/k10014',
        publisher: 'Tohto Shimbun',
        published: '2026-01-29',
        opening: '高市首相は',
      }),
    ).toBe('tohto-shimbun-2026-01-29');
    expect(
      chooseArticleId({
        ...base,
        title: '高市首相、同盟発言を擁護',
        url: 'https://www.tohto.example/articles/k10014',
        publisher: '東都新聞',
        published: '2026-01-29',
        opening: '高市首相は',
      }),
    ).toBe('tohto-2026-01-29');
  });
});
