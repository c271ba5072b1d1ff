/**
 * Corrections of the source, reviewed one by one (seed line, text as printed, the edition's
 * reading). Applied at the first occurrence of `sic` in the line and recorded as choice/sic/corr.
 */
export interface Correction {
  line: number;
  sic: string;
  corr: string;
  why: string;
}

export const CORRECTIONS: Correction[] = [
  { line: 43, sic: 'C.P.,', corr: 'C.C.,', why: 'the Institute of the C.C., C.P.S.U.(B.)' },
  { line: 2463, sic: 'threaened', corr: 'threatened', why: 'misprint' },
  { line: 2740, sic: 's e m i proletarians', corr: 'semi-proletarians', why: 'letter-spaced by the converter, which lost the hyphen' },
  { line: 5248, sic: 'tool', corr: 'too,', why: 'extraction damage' },
  { line: 7158, sic: 'sensa', corr: 'sense', why: 'misprint' },
  { line: 8466, sic: 'a the', corr: 'the', why: 'doubled article' },
  { line: 9684, sic: 'meas ures', corr: 'measures', why: 'word split by the converter' },
  { line: 9692, sic: 'COMMUNISTS?', corr: 'COMMUNISTS', why: 'stray question mark' },
  { line: 10412, sic: 'April 2021', corr: 'April 20-21', why: 'a date range mangled into a year' },
  { line: 11517, sic: 'outa n d - o u t', corr: 'out-and-out', why: 'letter-spaced by the converter, which lost a hyphen' },
  { line: 11674, sic: 'the.', corr: 'the', why: 'stray full stop' },
  { line: 12196, sic: 'K re s l y a n s k a y a', corr: 'Krestyanskaya', why: 'misprint in a letter-spaced line' },
];
