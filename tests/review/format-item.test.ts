import { describe, expect, it } from 'vitest';
import { formatItem } from '../../src/review/format-item';

describe('a drafted account on the review screen', () => {
  it('lists what the drafter left out, each with its reason', () => {
    const text = formatItem(
      {
        kind: 'account',
        id: 'account:port-remarks:desk-copy',
        factId: 'port-remarks',
        factTitle: 'The minister’s remarks on the port deal',
        account: {
          source: 'desk-copy',
          actors: ['Trade Minister Ada Okonkwo'],
          wording: ['warned'],
          numbers: [],
          paragraphs: ['desk-copy#p-1'],
          review: 'drafted',
        },
        inFile: true,
        passages: [{ ref: 'desk-copy#p-1', text: 'Okonkwo was asked on Monday about the port deal.' }],
        leftOut: [
          {
            field: 'actors',
            value: 'Okonkwo',
            reason: 'it is the subject of “was asked”, a passive verb: it is acted on, not shown acting',
          },
        ],
      },
      '[1/1]',
    );
    expect(text).toContain(
      '  left out  “Okonkwo” (actors) because it is the subject of “was asked”, a passive verb: it is acted on, not shown acting',
    );
    expect(text).toContain('  actors    Trade Minister Ada Okonkwo');
  });
});
