import { describe, expect, it } from 'vitest';
import { metaPolicy } from '../../src/integration/security-headers';

const page = (head: string) => `<!DOCTYPE html><html><head>${head}</head><body><p>Text</p></body></html>`;
const POLICY = "default-src 'self'; script-src 'self' 'sha256-abc='";

describe('metaPolicy', () => {
  it('reads the policy among the other <meta> tags of the head', () => {
    const html = page(
      `<meta charset="utf-8"><meta name="description" content="A page"><meta http-equiv="content-security-policy" content="${POLICY}"><meta property="og:title" content="Title">`,
    );
    expect(metaPolicy(html)).toBe(POLICY);
  });

  it('reads the attribute syntax with a parser: any case, any quotes, entities in the value', () => {
    expect(metaPolicy(page(`<META CONTENT='img-src &apos;self&apos;' HTTP-EQUIV='Content-Security-Policy'>`))).toBe(
      "img-src 'self'",
    );
  });

  it('does not take another tag that only speaks of the policy for it', () => {
    expect(metaPolicy(page('<meta name="description" content="How content-security-policy works">'))).toBeUndefined();
    expect(metaPolicy(page('<title>x</title>'))).toBeUndefined();
  });

  it('ignores a policy outside the head, and gives the same answer for the same tags on every page', () => {
    expect(
      metaPolicy(
        `<html><head></head><body><meta http-equiv="content-security-policy" content="${POLICY}"></body></html>`,
      ),
    ).toBeUndefined();
    const tags = `<meta http-equiv="content-security-policy" content="${POLICY}">`;
    expect(metaPolicy(page(`${tags}<meta name="description" content="One">`))).toBe(POLICY);
    expect(metaPolicy(page(`${tags}<meta name="description" content="Two">`))).toBe(POLICY);
  });
});
