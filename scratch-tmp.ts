import { compileRecognisers } from './src/recognition/compile-recognisers';
import { recognise } from './src/recognition/recognise';
import { describeReason } from './src/recognition/mention-reason';
const { recognisers, problems } = compileRecognisers([{ id: 'tv-remarks', data: { kind: 'statement', date: { start: '2026-01-26', end: '2026-01-27' }, recognise: {
  words: { alliance: ['alliance', '同盟'], breaks: ['collapse', 'fall apart', 'crumble', 'lose credibility', 'つぶれ', '崩壊'], tv: ['TV', 'television', 'televised', 'programme', 'TV Asahi', 'テレビ', '番組'], remarks: ['remarks', 'comments', 'say'] },
  match: ['alliance + breaks', 'tv + remarks'], not: [], patterns: [] } } }]);
console.log(problems);
for (const [t, p] of [
  ['The alliance fell apart; the U.S.-Japan alliance would “collapse” if Tokyo abandoned them.', '2026-01-27'],
  ['Takaichi made the comments late on Monday on a television programme that brought together party leaders.', '2026-01-27'],
  ['In November she said on TV that the alliance would collapse.', '2026-01-27'],
  ['The LDP’s alliance with Komeito collapsed in October 2025.', '2026-01-27'],
  ['高市首相は２６日夜のテレビ朝日の番組で「日米同盟はつぶれる」と発言した。', '2026-01-27'],
  ['テレビ朝日系の情報番組は18日、高市首相の国会答弁を特集したと述べた。', '2025-11-18'],
] as const) {
  const r = recognise(t, recognisers, { published: p });
  console.log(t.slice(0, 50), '→', r.map((m) => `${m.factId}: ${describeReason(m.reason)}`));
}
