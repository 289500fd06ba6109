import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { analyseArticle } from '../../src/markdown/analyse-article';
import { compileRecognisers } from '../../src/recognition/compile-recognisers';
import { recognise } from '../../src/recognition/recognise';
import { factSchema } from '../../src/schemas/fact';

/**
 * The briefing's own fact rules (content/facts), on sentences written for this test in the shapes
 * election coverage takes when it does not say "Lower House election".
 */
const folder = join(import.meta.dirname, '../../content/facts');
const { recognisers, problems } = compileRecognisers(
  readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ({
      id: basename(name, '.yaml'),
      data: factSchema.parse(parse(readFileSync(join(folder, name), 'utf8'))),
    })),
);
const facts = (text: string, published = '2026-02-10') =>
  recognise(text, recognisers, { published, language: 'en' }).map((mention) => mention.factId);

describe('the February election, named by its result', () => {
  it('compiles', () => expect(problems).toEqual([]));
  it('a win in the lower house, a two-thirds share of it, an election victory', () => {
    expect(facts('Days later, the ruling bloc won a commanding majority in the lower house.')).toContain(
      'lower-house-election',
    );
    expect(facts('The count gave her party two-thirds of the lower house.')).toContain('lower-house-election');
    expect(facts('Leaders abroad sent messages on her election victory.')).toContain('lower-house-election');
  });
  it('not another chamber, another kind of election, or another year', () => {
    expect(facts('The party won a majority in the upper house.')).not.toContain('lower-house-election');
    expect(facts('She secured victory in the party leadership election.')).not.toContain('lower-house-election');
    expect(facts('In 2012 the party won a majority in the lower house.')).not.toContain('lower-house-election');
  });
});

describe('a word of the occasion is not the speaker', () => {
  it('lawmakers who are told something are the Diet remarks only when she or the prime minister tells them', () => {
    expect(
      facts('In parliament she told lawmakers that such a crisis could be met with force.', '2026-01-20'),
    ).toContain('diet-remarks-november-2025');
    expect(facts('The opposition leader told the lawmakers of his group that he would step down.')).not.toContain(
      'diet-remarks-november-2025',
    );
  });
  it('a broadcaster reporting figures is not her televised remarks', () => {
    expect(facts('The broadcaster said its audience for the debate was the largest in years.', '2026-01-28')).toEqual(
      [],
    );
    expect(facts('She said on a TV programme on Monday that the alliance would fall apart.', '2026-01-27')).toContain(
      'tv-remarks',
    );
  });
  it('her warning on television is what she said', () => {
    expect(facts('Her warning on television last Monday unsettled the markets.', '2026-02-02')).toContain('tv-remarks');
  });
});

describe('the election carried on by its details', () => {
  const article = async (paragraphs: string[]) => {
    const { blocks } = await analyseArticle(paragraphs.map((text, i) => `${text} {#p${i + 1}}`).join('\n\n'), {
      recognisers,
      factHref: (id) => `/facts/${id}/`,
      frontmatter: { published: { status: 'stated', value: '2026-02-09' } },
    });
    return blocks.map((block) => block.mentions);
  };
  it('districts lost and votes counted, once the article has told of the vote', async () => {
    const told = 'The ruling party won a commanding majority in the lower house on Sunday.';
    expect((await article([told, 'Its rivals lost districts they had held for decades.']))[1]).toEqual([
      'lower-house-election',
    ]);
    expect((await article([told, 'One seat in the north was decided by a margin of 300 votes.']))[1]).toEqual([
      'lower-house-election',
    ]);
    expect((await article(['The city council met on Monday.', 'Its rivals lost districts they had held.']))[1]).toEqual(
      [],
    );
  });
  it('its winners, once the article has told of the vote; 当選 in Japanese', async () => {
    const told = 'The ruling party won a commanding majority in the lower house on Sunday.';
    expect((await article([told, 'Supporters clapped as the first winners were named on screen.']))[1]).toEqual([
      'lower-house-election',
    ]);
    expect((await article([told, '"We listened to them," a newly elected member said at the station.']))[1]).toContain(
      'lower-house-election',
    );
    expect(
      (
        await article(['与党は８日、衆院で３分の２を超える議席を獲得した。', '地方の選挙区では新人の当選が相次いだ。'])
      )[1],
    ).toEqual(['lower-house-election']);
    expect((await article(['The city council met on Monday.', 'The first winners were named on screen.']))[1]).toEqual(
      [],
    );
  });
});

describe('China’s anger told as a state, not an act', () => {
  it('Beijing incensed, a furious reaction, 激怒', () => {
    expect(facts('Beijing has been incensed ever since her answer in parliament.', '2026-01-20')).toContain(
      'china-protests',
    );
    expect(facts('Her reply in the Diet drew a furious reaction from China.', '2026-01-20')).toContain(
      'china-protests',
    );
    expect(facts('中国政府は首相の国会答弁に激怒した。', '2026-01-20')).toContain('china-protests');
  });
  it('not without China, nor at another time', () => {
    expect(facts('Fans were furious when the match was called off.', '2026-01-20')).not.toContain('china-protests');
    // Taiwan as China's "red line" is the standing backdrop of every story here, not a reaction.
    expect(facts('Beijing calls Taiwan a red line that must never be crossed.', '2026-01-20')).not.toContain(
      'china-protests',
    );
    expect(facts('Chinese viewers were furious about the ending of the drama.', '2026-01-20')).not.toContain(
      'china-protests',
    );
    expect(facts('In 2012 Beijing was incensed by the purchase of the islands.', '2026-01-20')).not.toContain(
      'china-protests',
    );
  });
});

describe('China’s protests at the November remarks', () => {
  it('China reacting to them, and not a reaction dated at another time', () => {
    expect(facts('In November, Beijing reacted angrily when she spoke of a Taiwan emergency.', '2026-01-20')).toContain(
      'china-protests',
    );
    expect(
      facts('In March 2023, Beijing reacted angrily to a visit by a Japanese minister.', '2026-01-20'),
    ).not.toContain('china-protests');
  });
});

describe('the export ban carried on by its details', () => {
  const article = async (paragraphs: string[], language = 'en') => {
    const { blocks } = await analyseArticle(paragraphs.map((text, i) => `${text} {#p${i + 1}}`).join('\n\n'), {
      recognisers,
      factHref: (id) => `/facts/${id}/`,
      frontmatter: {
        published: { status: 'stated', value: '2026-01-08' },
        language: { status: 'stated', value: language },
      },
    });
    return blocks.map((block) => block.mentions);
  };
  it('exporters in English, レアアース in Japanese, once the ban was told', async () => {
    expect(
      (
        await article([
          'China on Tuesday banned exports of dual-use items to Japanese military end users.',
          'Exporters now have to prove where each order ends up.',
        ])
      )[1],
    ).toEqual(['china-countermeasures']);
    expect(
      (
        await article(
          ['中国は６日、軍民両用品の日本向け輸出を禁止した。', '対象にはレアアースも含まれるとみられる。'],
          'ja',
        )
      )[1],
    ).toEqual(['china-countermeasures']);
  });
});

describe('the travel warning, given as advice', () => {
  it('“advice that its citizens avoid Japan” is the warning', () => {
    expect(
      facts('Airlines followed Beijing’s advice in November that its citizens avoid Japan.', '2026-01-20'),
    ).toContain('china-countermeasures');
  });
});

describe('the legal limits, told as the law bounding what Japan would do', () => {
  it('a response kept to what the law allows, in English and Japanese', () => {
    expect(facts('Any reply from Tokyo would be judged case by case and stay within what the law allows.')).toContain(
      'sdf-legal-limits',
    );
    expect(facts('She said Japan would act only within its own laws.')).toContain('sdf-legal-limits');
    expect(facts('首相は、日本の対応は法律の範囲内で判断すると強調した。', '2026-01-27')).toContain('sdf-legal-limits');
  });
  it('a denial that this means going to war', () => {
    expect(facts('“This is not about Japan rushing into military action,” she said.')).toContain('sdf-legal-limits');
  });
  it('the law without a response, or military action without a denial, is something else', () => {
    expect(facts('The court ruled according to the law on the fishing licence.')).not.toContain('sdf-legal-limits');
    // Beijing's own measures are announced as taken under its law: that is no bound on Japan's response.
    expect(facts('The commerce ministry said it would respond according to law to any violation.')).not.toContain(
      'sdf-legal-limits',
    );
    expect(facts('中国商務省は法に基づき輸出管理を実施すると発表した。', '2026-01-27')).not.toContain(
      'sdf-legal-limits',
    );
    expect(facts('Analysts warned that military action over Taiwan would be costly.')).not.toContain(
      'sdf-legal-limits',
    );
  });
});

describe('setting out a response is saying it', () => {
  it('she details, spells out or sets out on the day: the televised remarks', () => {
    expect(
      facts('On Monday the prime minister detailed how Tokyo might act if fighting broke out.', '2026-01-27'),
    ).toContain('tv-remarks');
    expect(facts('Takaichi spelled out on Monday what Japan would owe its ally.', '2026-01-27')).toContain(
      'tv-remarks',
    );
  });
  it('not when set out at another time', () => {
    expect(facts('In March 2024 the prime minister set out a plan for rural schools.', '2026-01-27')).not.toContain(
      'tv-remarks',
    );
  });
});

describe('another country named beside the remarks', () => {
  // A ‘not’ word vetoes any sentence it shares with the fact's words, so naming a neighbour there
  // (a backdrop of threats, a country the remarks cite) must not make the remarks another subject.
  it('a lede that cites North Korea among the threats still tells the remarks', () => {
    expect(
      facts(
        'In a TV debate on Monday, Takaichi, pointing to threats from China and North Korea, said the alliance would collapse if Japan stood idle.',
        '2026-01-27',
      ),
    ).toContain('tv-remarks');
    expect(
      facts('高市首相は２６日のテレビ番組で、中国と北朝鮮の脅威に触れ、日米同盟がつぶれると述べた。', '2026-01-27'),
    ).toContain('tv-remarks');
  });
});

describe('the scenario told as allies attacked while acting together', () => {
  it('attacked during a joint operation, in English and Japanese', () => {
    expect(facts('Tokyo would respond if its ally were attacked during a joint operation.', '2026-01-27')).toContain(
      'us-forces-scenario',
    );
    expect(facts('共同行動中に攻撃を受ければ日本も対応すると述べた。', '2026-01-27')).toContain('us-forces-scenario');
  });
  it('a joint operation with no attack is not the scenario', () => {
    expect(facts('The two coast guards ran a joint operation against smugglers.', '2026-01-27')).not.toContain(
      'us-forces-scenario',
    );
  });
});
