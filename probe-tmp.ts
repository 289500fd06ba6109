import { readFileSync } from 'node:fs';
import { loadRecognisers } from './src/briefing/load-fact-matchers';
import { recognise } from './src/recognition/recognise';
import { describeReason } from './src/recognition/mention-reason';
const r = loadRecognisers('content/facts');
for (const line of readFileSync('/tmp/probe/texts.txt', 'utf8').trim().split('\n')) {
  const [published, text] = line.split('|') as [string, string];
  const found = recognise(text, r, { published, language: 'en' });
  const facts = [...new Map(found.map((m) => [m.factId, describeReason(m.reason)]))];
  console.log(`${published} ${text.slice(0, 80)}\n   → ${facts.map(([f, why]) => `${f} [${why}]`).join('\n     ') || '(none)'}`);
}
