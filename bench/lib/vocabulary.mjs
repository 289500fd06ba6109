/**
 * Word lists for the generated news corpus. The prose only has to look like wire copy to a Markdown parser
 * and to the project's fact matcher (mixed sentence lengths, quotes, numbers, typographic punctuation), not
 * to make sense; every name is invented so that no generated text can be mistaken for a real source.
 */

export const places = [
  'Northport',
  'Kaleva',
  'Linden',
  'Marrow Bay',
  'Ostrava Vale',
  'Caldwell',
  'Brennick',
  'Asterholm',
  'Fairhaven',
  'Quillon',
  'Redmarsh',
  'Sevrin',
  'Tallis Point',
  'Umberfield',
  'Varga',
  'Westerly',
  'Ardmoor',
  'Belcastle',
  'Corrin',
  'Dunmere',
  'Elsworth',
  'Glenharrow',
  'Halvard',
  'Ivel',
  'Jarrow Cross',
];

/** Topics of the facts: combined with a place they make 250 distinct, matchable names. */
export const topics = [
  'fisheries accord',
  'port strike',
  'grid outage',
  'budget vote',
  'border talks',
  'rail tender',
  'flood inquiry',
  'trade mission',
  'water tariff',
  'airport expansion',
];

export const factKinds = ['event', 'statement', 'measure', 'context', 'characterisation'];

export const publishers = [
  'The Northport Ledger',
  'Kaleva Evening Post',
  'Linden Courier',
  'Harbour Times',
  'The Meridian Wire',
  'Coastal Dispatch',
  'The Capital Record',
  'Regional Observer',
];

export const bylines = [
  'Mara Ellison',
  'Tomas Reyk',
  'Ines Calloway',
  'Political desk',
  'Aiko Brandt',
  'Wire staff',
  'Dev Ashcombe',
  'Lena Moravec',
  'Economics desk',
  'Samuel Orrin',
];

export const subjects = [
  'The finance minister',
  'Opposition leaders',
  'Regional officials',
  'A spokesperson for the coalition',
  'Analysts in the capital',
  'Local business groups',
  'The central bank',
  'Union representatives',
  'Diplomats familiar with the talks',
  'The prime minister’s office',
  'Several backbench members',
  'The harbour authority',
  'Independent economists',
  'Residents’ associations',
  'The transport regulator',
];

export const verbs = [
  'said',
  'warned',
  'argued',
  'confirmed',
  'suggested',
  'acknowledged',
  'insisted',
  'told reporters',
  'noted',
  'cautioned',
];

export const objects = [
  'the proposal',
  'the new framework',
  'the draft budget',
  'the agreement',
  'the committee’s report',
  'the coalition’s plan',
  'the revised timetable',
  'the emergency package',
  'the funding formula',
  'the consultation',
  'the ministry’s review',
  'the settlement',
];

export const predicates = [
  'would face further scrutiny',
  'had been delayed by several weeks',
  'could reshape regional trade',
  'remained broadly on track',
  'needed wider support in parliament',
  'was unlikely to pass unamended',
  'would cost more than first estimated',
  'left key questions unanswered',
  'had drawn sharp criticism',
  'might be split into two stages',
  'was still being negotiated',
  'had won cautious backing',
];

export const times = [
  'before the summer recess',
  'on Tuesday',
  'later this month',
  'by the end of the year',
  'in the coming weeks',
  'after a closed-door meeting',
  'at a briefing on Thursday',
  'earlier this week',
  'ahead of next month’s vote',
  '',
];

export const metrics = [
  'freight volumes',
  'household energy bills',
  'unemployment',
  'tourist arrivals',
  'port traffic',
  'consumer confidence',
  'public borrowing',
  'export orders',
  'rail ridership',
  'food prices',
];

export const movements = ['rose', 'fell', 'climbed', 'slipped', 'jumped', 'eased'];

export const comparisons = [
  'compared with a year earlier',
  'over the previous quarter',
  'since January',
  'from the spring peak',
  'against forecasts',
];

export const quotes = [
  'We are not going to rush a decision of this size',
  'Nobody wants another winter like the last one',
  'The numbers simply do not add up',
  'This is a question of trust, not only of money',
  'We have made real progress, but we are not there yet',
  'People deserve a straight answer',
  'There is no plan B, and everyone at the table knows it',
  'It is a step in the right direction',
];

export const speakers = [
  'one senior official',
  'a union organiser',
  'the mayor',
  'a ministry adviser',
  'an opposition whip',
  'a shipping executive',
  'a local councillor',
  'the committee chair',
];

export const backgroundEvents = [
  'a previous government shelved a similar plan',
  'storms closed the harbour for a fortnight',
  'the last agreement expired without renewal',
  'a court ruling forced a rethink',
  'protests spread from the docks to the city centre',
  'a funding row split the coalition',
];

export const headings = [
  'What Happens Next',
  'Reaction on the Ground',
  'The Cost of Delay',
  'Background',
  'The Numbers',
  'Political Fallout',
  'Regional Implications',
  'Inside the Negotiations',
  'Who Pays',
  'A Familiar Dispute',
  'Voices From the Harbour',
  'The Legal Question',
];

export const headlineEndings = [
  'stalls as talks drag on',
  'wins cautious backing',
  'faces fresh scrutiny',
  'deepens coalition rift',
  'prompts calls for inquiry',
  'moves closer to deal',
  'sparks protest in the capital',
  'leaves questions unanswered',
];

export const listLeads = [
  'Key points from the announcement:',
  'What the plan includes:',
  'The main objections raised:',
  'Dates to watch:',
];

export const listItems = [
  'A review of spending commitments within ninety days',
  'New reporting rules for regional authorities',
  'Compensation for affected households and small firms',
  'A vote in parliament before the recess',
  'Independent monitoring of the harbour works',
  'An extension of the existing tariff freeze',
  'Talks with neighbouring councils on shared costs',
  'A public consultation lasting six weeks',
  'Emergency funding released in two tranches',
  'A cap on fees for the first year',
];
