/**
 * Hyphenated compounds that the PDF converter merged when it removed line-end hyphens
 * ("workingclass", "nonParty", "LieberDan"). The lexicon was built from the seed itself — each
 * merged form next to the hyphenated form the seed prints elsewhere — and reviewed: merged forms
 * that are also good spellings (cooperation? pigeonholed, interrelations, prerequisites,
 * Preparliament, MacDonald) are left alone. Each repair is recorded as a correction.
 */
export const MERGED_COMPOUNDS = new Map<string, string>([
  ['AllUnion', 'All-Union'], ['LeftWing', 'Left-Wing'], ['Rightwing', 'Right-wing'],
  ['SeptemberNovember', 'September-November'], ['MarchApril', 'March-April'],
  ['SocialDemocracy', 'Social-Democracy'], ['SocialDemocrat', 'Social-Democrat'], ['SocialDemocrats', 'Social-Democrats'],
  ['SocialistRevolutionaries', 'Socialist-Revolutionaries'], ['SocialistRevolutionary', 'Socialist-Revolutionary'],
  ['WestEuropean', 'West-European'], ['antiLeninist', 'anti-Leninist'], ['antirevolutionary', 'anti-revolutionary'],
  ['bourgeoisdemocratic', 'bourgeois-democratic'], ['counterrevolution', 'counter-revolution'],
  ['counterrevolutionary', 'counter-revolutionary'], ['extraparliamentary', 'extra-parliamentary'],
  ['halfheartedness', 'half-heartedness'], ['innerParty', 'inner-Party'], ['nonParty', 'non-Party'],
  ['peasantfarm', 'peasant-farm'], ['pettybourgeois', 'petty-bourgeois'], ['selfcriticism', 'self-criticism'],
  ['selfdetermination', 'self-determination'], ['selfsufficient', 'self-sufficient'], ['socalled', 'so-called'],
  ['socialchauvinism', 'social-chauvinism'], ['statesocialist', 'state-socialist'], ['superprofits', 'super-profits'],
  ['surplusappropriation', 'surplus-appropriation'], ['undergroundperiod', 'underground-period'],
  ['workingclass', 'working-class'], ['LieberDan', 'Lieber-Dan'], ['RadicalSocialists', 'Radical-Socialists'],
  ['anarchoMenshevism', 'anarcho-Menshevism'], ['semiMenshevik', 'semi-Menshevik'],
  ['cooperatives', 'co-operatives'], ['cooperation', 'co-operation'],
]);

const MERGED_PATTERN = new RegExp(`(?<![\\p{L}-])(${[...MERGED_COMPOUNDS.keys()].join('|')})(?![\\p{L}])`, 'gu');

export interface CompoundMatch {
  start: number;
  end: number;
  merged: string;
  hyphenated: string;
}

export function findMergedCompounds(text: string): CompoundMatch[] {
  return [...text.matchAll(MERGED_PATTERN)].map((m) => ({
    start: m.index!,
    end: m.index! + m[0].length,
    merged: m[0],
    hyphenated: MERGED_COMPOUNDS.get(m[0])!,
  }));
}
