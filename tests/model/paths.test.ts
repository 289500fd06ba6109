import { describe, expect, it } from 'vitest';
import { basePath, withBase, withoutBase } from '../../src/model/paths';

describe('deployment base', () => {
  it('ends a base with one slash', () => {
    expect(basePath('/briefing')).toBe('/briefing/');
    expect(basePath('/')).toBe('/');
  });

  it('puts a site path under the base, with or without its slashes', () => {
    expect(withBase('/briefing/', '/facts/x/')).toBe('/briefing/facts/x/');
    expect(withBase('/briefing', 'facts/x/')).toBe('/briefing/facts/x/');
    expect(withBase('/', '/timeline/')).toBe('/timeline/');
  });

  it('takes the base off an address, giving the site path', () => {
    expect(withoutBase('/briefing/', '/briefing/facts/x/')).toBe('/facts/x/');
    expect(withoutBase('/briefing/', '/briefing/')).toBe('/');
    expect(withoutBase('/briefing/', '/briefing')).toBe('/');
    expect(withoutBase('/', '/sources/')).toBe('/sources/');
  });

  it('leaves an address outside the base as it is', () => {
    expect(withoutBase('/briefing/', '/other/page/')).toBe('/other/page/');
  });

  it('undoes withBase', () => {
    for (const base of ['/', '/briefing/', '/a/b/'])
      for (const path of ['/', '/facts/x/', '/articles/y/#p-1'])
        expect(withoutBase(base, withBase(base, path))).toBe(path);
  });
});
