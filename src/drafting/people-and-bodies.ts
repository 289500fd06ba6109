import { lemmaOfWord } from '../recognition/english-model';

/**
 * Nouns that name people or bodies, in general news vocabulary: a group ending in one may act ("the
 * foreign ministry said", "Chinese officials accused"), and is a title or an office, never a word that
 * characterises ("prime minister"); a group ending in any other common noun names a thing, however
 * many names it holds ("the US alliance would collapse", "a Taiwan crisis").
 */
const PEOPLE_AND_BODIES = new Set(
  (
    'administration agency ambassador army authority board body bloc cabinet campaigner ' +
    'chairman chairwoman chair chief coalition commission committee company congress council court ' +
    'delegation diplomat embassy envoy executive exporter firm force government governor group guard ' +
    'importer leader lawmaker legislator legislature manager mayor military minister ministry navy ' +
    'office officer official opposition organisation organization parliament party police premier ' +
    'president prosecutor regulator representative secretary senator source speaker spokesman ' +
    'spokesperson spokeswoman staff union voter'
  ).split(' '),
);

/** Whether an English noun names people or a body ("spokesperson", "ministries", "Minister"): titles and offices included. */
export function namesPeopleOrBody(noun: string): boolean {
  return PEOPLE_AND_BODIES.has(lemmaOfWord(noun));
}
