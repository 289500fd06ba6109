import { describe, expect, it } from 'vitest';
import { errorReportContact } from '../../src/briefing/views/error-report';

describe('errorReportContact', () => {
  it('links an e-mail address or an https form', () => {
    expect(errorReportContact('mailto:desk@example.org')).toEqual({
      href: 'mailto:desk@example.org',
      text: 'desk@example.org',
    });
    expect(errorReportContact(' https://example.org/corrections ')).toEqual({
      href: 'https://example.org/corrections',
      text: 'example.org',
    });
  });

  it('is absent when not set', () => {
    expect(errorReportContact(undefined)).toBeUndefined();
    expect(errorReportContact('  ')).toBeUndefined();
  });

  it('refuses what could not be a safe link, saying what to give', () => {
    expect(() => errorReportContact('desk@example.org')).toThrow(
      /The contact setting is "desk@example.org", which is not an address: give mailto:/,
    );
    expect(() => errorReportContact('javascript:alert(1)')).toThrow(/only a mailto: address/);
    expect(() => errorReportContact('http://example.org/form')).toThrow(/only a mailto: address/);
    expect(() => errorReportContact('mailto:nobody')).toThrow(/only a mailto: address/);
  });
});
