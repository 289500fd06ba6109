import fc from 'fast-check';

/**
 * Articles as news sites print them, generated for property tests: a dateline, a byline, photo
 * captions and credits, quotations cut with ellipses, long sentences, bullets, Japanese passages and
 * dated events — every awkward part an import meets. Words are the tests' own (invented outlets and
 * reporters).
 */
const person = fc.constantFrom('Mina Arlott', 'Joel Braddock', 'Kenji Ota', 'Sara Lindqvist', '田中花子');
const body = fc.constantFrom(
  'the transport ministry',
  'the fisheries agency',
  'China’s foreign ministry',
  'the ruling party',
  'a government spokesperson',
  'the port authority',
);
const act = fc.constantFrom(
  'will open a review of ferry safety rules',
  'lodged a formal protest with Tokyo',
  'announced new limits on seafood imports',
  'held a regular news conference',
  'said the alliance would "fall apart" if Japan stood idle',
  'won 316 of the 465 seats',
);
const date = fc.constantFrom(
  'on February 3, 2026',
  'on Wednesday',
  'on Friday',
  'in 1972',
  'on Jan. 28',
  'last month',
  'next week',
  'March 15',
  'in March 2016',
);
const long = fc.constantFrom(
  'The ministry, which had said for months that the rules for ferries on the routes to the southwestern islands were out of date, and which has been criticised by local assemblies, harbour masters and the operators themselves for the slowness of its review, said on Monday that a panel of experts would report by the summer, that the report would be published in full, and that the operators would be heard before any change.',
  '中国外務省の報道官は1月28日の定例記者会見で、日本側の発言は極めて危険であり、両国関係の政治的基礎を損なうものだと述べ、日本に対して直ちに誤りを正し、発言を撤回するよう強く求めるとともに、必要な対抗措置を取る用意があると改めて表明し、各国の大使館にも説明すると語った。',
);

const paragraph = fc.oneof(
  fc
    .tuple(body, act, date)
    .map(([who, what, when]) => `${who.charAt(0).toUpperCase()}${who.slice(1)} ${what} ${when}, officials said.`),
  fc
    .tuple(person, body, date)
    .map(([who, org, when]) => `"We will not … stand idle," ${who} of ${org} said ${when}. "The rules are ... clear."`),
  fc
    .tuple(body, date)
    .map(([, when]) => `FILE – Tourists wait for a bus in Kyoto, Japan, ${when}. (Photo: Kenji Ota/Harbour Wire)`),
  person.map((who) => `Photo illustration by ${who} / Harbour Wire`),
  fc.tuple(person, person).map(([a, b]) => `Reporting by ${a}; Editing by ${b}`),
  fc.constantFrom(
    '高市首相は2月8日の衆院選で自民党が単独で316議席を獲得したと述べた。',
    '「日米同盟が崩壊する」と首相は語った。',
    '中国商務省は1月6日、軍民両用品の輸出を禁止すると発表した。',
  ),
  fc
    .array(fc.tuple(body, act), { minLength: 2, maxLength: 3 })
    .map((items) => items.map(([who, what]) => `• ${who} ${what}`).join('\n')),
  long,
  fc.constantFrom('WORLD', 'Advertisement', 'Related coverage', 'Most read'),
);

export interface GeneratedArticle {
  text: string;
  flags: string[];
}

/** One article: a dateline opening, paragraphs in any order, and flags some of which are missing. */
export const generatedArticle: fc.Arbitrary<GeneratedArticle> = fc
  .record({
    dateline: fc.constantFrom('TOKYO —', 'TOKYO, Jan 29 (Harbour Wire) -', 'BEIJING/TOKYO:', ''),
    byline: fc.option(
      person.map((who) => `By ${who}`),
      { nil: undefined },
    ),
    lead: fc.tuple(body, act, date).map(([who, what, when]) => `${who} ${what} ${when}.`),
    paragraphs: fc.array(paragraph, { minLength: 2, maxLength: 8 }),
    title: fc.option(
      fc.constantFrom('Ferry rules to be reviewed after protests', '高市首相、同盟発言を擁護', 'Beijing answers Tokyo'),
      { nil: undefined },
    ),
    url: fc.option(
      fc.constantFrom(
        'https://harbour.example/news/2026/01/29/ferry-rules-review',
        'https://tohto.example/articles/20260129/k10014',
        'https://lantern.example/world/',
      ),
      { nil: undefined },
    ),
    published: fc.constantFrom('2026-01-29', '2026-02-09'),
  })
  .map(({ dateline, byline, lead, paragraphs, title, url, published }) => ({
    text: [...(byline ? [byline] : []), `${dateline} ${lead}`.trim(), ...paragraphs, ''].join('\n\n'),
    flags: [
      '--publisher',
      'Harbour Wire',
      '--published',
      published,
      ...(title ? ['--title', title] : []),
      ...(url ? ['--url', url] : []),
    ],
  }));
