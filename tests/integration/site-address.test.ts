import { describe, expect, it } from 'vitest';
import { EXAMPLE_SITE, exampleSiteWarning } from '../../src/integration/site-address';

describe('the site-address warning', () => {
  it('is given while the address is the example one, with or without a path, and names the fix', () => {
    for (const site of [undefined, EXAMPLE_SITE, `${EXAMPLE_SITE}/`, `${EXAMPLE_SITE}/briefing/`]) {
      expect(exampleSiteWarning(site), String(site)).toMatch(
        /the site address is the example .*BRIEFING_SITE=https:\/\/your\.address \(or --site\)/u,
      );
    }
  });

  it('is not given for a real address', () => {
    expect(exampleSiteWarning('https://news.example.net')).toBeUndefined();
    expect(exampleSiteWarning('https://briefing.example.org.evil.test')).toBeUndefined();
  });
});
