/**
 * The persons this volume names: their ids in tei/persons.xml, the forms the seed prints, and — for
 * persons new to the personography — what the edition records about them. Reviewed data.
 * Derived forms (Leninism, Trotskyite, the Lenin Enrolment) and institutions named after a person (the
 * Sverdlov University, the Lenin Institute, the Lenin Mausoleum) are not mentions. Plurals of a name
 * ("three Radeks", "the MacDonalds and Renaudels", "the Martynovs") are: they name the person, as a
 * type or in several guises (as the edition's other texts tag "the Kondratievs").
 */

export interface PersonEntry {
  id: string;
  /** Forms as printed, matched as whole words (longest first); `\s*` is allowed between letters of letter-spaced lines by the repair. */
  forms: string[];
  reg?: string;
  birth?: string;
  death?: string;
  description?: string;
  /** Plurals of the name as printed ("Radeks"): tagged as mentions, not recorded as name variants. */
  plurals?: string[];
  /** Only where the text before the form ends so (tells two persons of one name apart). */
  after?: string;
  /** Facts from the volume itself (its notes) rather than from reference works. */
  fromVolume?: boolean;
}

export const PERSONS: PersonEntry[] = [
  { id: 'lenin', forms: ['V. I. Lenin', 'Vladimir Ilyich', 'Ilyich', 'Lenin', 'Ulyanov'] },
  { id: 'stalin', forms: ['J. V. Stalin', 'J. Stalin', 'J. St.', 'Stalin'] },
  { id: 'trotsky', forms: ['L. D. Trotsky', 'Trotsky'] },
  { id: 'kamenev', forms: ['L. B. Kamenev', 'Kamenev'] },
  { id: 'zinoviev', forms: ['G. Y. Zinoviev', 'Zinoviev'] },
  { id: 'dzerzhinsky', forms: ['F. E. Dzerzhinsky', 'Dzerzhinsky'] },
  { id: 'krupskaya', forms: ['N. K. Krupskaya', 'Krupskaya'] },
  { id: 'makharadze', forms: ['Philip Makharadze', 'Makharadze'] },
  { id: 'bukharin', forms: ['N. I. Bukharin', 'Bukharin'] },
  { id: 'rykov', forms: ['A. I. Rykov', 'Rykov'] },
  { id: 'radek', forms: ['Radek'], plurals: ['Radeks'] },
  { id: 'sokolnikov', forms: ['Sokolnikov'] },
  { id: 'molotov', forms: ['V. M. Molotov', 'Molotov'] },
  { id: 'kalinin', forms: ['M. I. Kalinin', 'Kalinin'] },
  { id: 'kirov', forms: ['S. M. Kirov', 'Kirov'] },
  { id: 'kaganovich', forms: ['L. M. Kaganovich', 'Kaganovich'] },
  { id: 'marx', forms: ['Karl Marx', 'Marx'] },
  { id: 'engels', forms: ['Frederick Engels', 'Engels'] },
  { id: 'sverdlov', forms: ['Y. M. Sverdlov', 'Sverdlov'], reg: 'Yakov Mikhailovich Sverdlov', birth: '1885', death: '1919', description: 'Bolshevik organiser; chairman of the All-Russian Central Executive Committee, 1917–1919.' },
  { id: 'preobrazhensky', forms: ['Preobrazhensky'], reg: 'Yevgeny Alexeyevich Preobrazhensky', birth: '1886', death: '1937', description: 'Bolshevik economist; a leader of the Trotskyist opposition of 1923–24.' },
  { id: 'sapronov', forms: ['Sapronov'], reg: 'Timofei Vladimirovich Sapronov', birth: '1887', death: '1937', description: 'Bolshevik; leader of the “Democratic Centralism” group, in the opposition of 1923–24.' },
  { id: 'bedny', forms: ['Demyan Bedny', 'Demyan', 'Bedny'], reg: 'Demyan Bedny (Yefim Alexeyevich Pridvorov)', birth: '1883', death: '1945', description: 'Soviet poet.', fromVolume: true },
  { id: 'martov', forms: ['Martov'], reg: 'Yuli Osipovich Martov (Tsederbaum)', birth: '1873', death: '1923', description: 'Leader of the Mensheviks.' },
  { id: 'axelrod', forms: ['Axelrod'], reg: 'Pavel Borisovich Axelrod', birth: '1850', death: '1928', description: 'Menshevik leader.' },
  { id: 'potresov', forms: ['Potresov'], reg: 'Alexander Nikolayevich Potresov', birth: '1869', death: '1934', description: 'Menshevik leader.' },
  { id: 'plekhanov', forms: ['Plekhanov'], reg: 'Georgi Valentinovich Plekhanov', birth: '1856', death: '1918', description: 'Founder of Russian Marxism; later a Menshevik.' },
  { id: 'kautsky', forms: ['Kautsky'], plurals: ['Kautskys'], reg: 'Karl Kautsky', birth: '1854', death: '1938', description: 'Theoretician of German Social-Democracy and of the Second International.' },
  { id: 'hilferding', forms: ['Hilferding'], reg: 'Rudolf Hilferding', birth: '1877', death: '1941', description: 'Austrian-German Social-Democratic economist.' },
  { id: 'scheidemann', forms: ['Scheidemann'], plurals: ['Scheidemanns'], reg: 'Philipp Scheidemann', birth: '1865', death: '1939', description: 'German Social-Democratic leader.' },
  { id: 'noske', forms: ['Noske'], reg: 'Gustav Noske', birth: '1868', death: '1946', description: 'German Social-Democrat; minister of war, 1919–20.' },
  { id: 'wels', forms: ['Wels'], reg: 'Otto Wels', birth: '1873', death: '1939', description: 'German Social-Democratic leader.' },
  { id: 'seeckt', forms: ['Seeckt'], reg: 'Hans von Seeckt', birth: '1866', death: '1936', description: 'Commander of the German Reichswehr.' },
  { id: 'renaudel', forms: ['Renaudel'], plurals: ['Renaudels'], reg: 'Pierre Renaudel', birth: '1871', death: '1935', description: 'French socialist leader.' },
  { id: 'henderson', forms: ['Henderson'], reg: 'Arthur Henderson', birth: '1863', death: '1935', description: 'British Labour leader.' },
  { id: 'clynes', forms: ['Clynes'], reg: 'John Robert Clynes', birth: '1869', death: '1949', description: 'British Labour leader.' },
  { id: 'macdonald', forms: ['MacDonald'], plurals: ['MacDonalds'], reg: 'James Ramsay MacDonald', birth: '1866', death: '1937', description: 'British Labour leader; prime minister in 1924.' },
  { id: 'herriot', forms: ['Edouard Herriot', 'Herriot'], plurals: ['Herriots'], reg: 'Édouard Herriot', birth: '1872', death: '1957', description: 'French Radical; prime minister, 1924–25.' },
  { id: 'poincare', forms: ['Poincaré'], reg: 'Raymond Poincaré', birth: '1860', death: '1934', description: 'French statesman; prime minister, 1922–24.' },
  { id: 'curzon', forms: ['Lord Curzon', 'Curzon'], reg: 'George Nathaniel Curzon', birth: '1859', death: '1925', description: 'British Foreign Secretary, 1919–24 (the volume’s note 4).', fromVolume: true },
  { id: 'hughes', forms: ['Hughes'], reg: 'Charles Evans Hughes', birth: '1862', death: '1948', description: 'United States Secretary of State, 1921–25.' },
  { id: 'mussolini', forms: ['Mussolini'], reg: 'Benito Mussolini', birth: '1883', death: '1945', description: 'Italian fascist dictator.' },
  { id: 'kapp', forms: ['Kapp'], reg: 'Wolfgang Kapp', birth: '1858', death: '1922', description: 'Leader of the counter-revolutionary putsch of March 1920 in Germany.' },
  { id: 'brandler', forms: ['Brandler'], reg: 'Heinrich Brandler', birth: '1881', death: '1967', description: 'Leader of the Communist Party of Germany in 1923; head of a Right group (the volume’s note 56).', fromVolume: true },
  { id: 'levi', forms: ['Levi'], reg: 'Paul Levi', birth: '1883', death: '1930', description: 'German Communist, expelled in 1921 (the volume’s note 65).', fromVolume: true },
  { id: 'souvarine', forms: ['Souvarine'], reg: 'Boris Souvarine', birth: '1895', death: '1984', description: 'French Communist; leader of an opportunist group (the volume’s note 61).', fromVolume: true },
  { id: 'walecki', forms: ['Walecki'], reg: 'Henryk Walecki', birth: '1877', death: '1937', description: 'A leader of the Communist Party of Poland.' },
  { id: 'warski', forms: ['Warski'], reg: 'Adolf Warski', birth: '1868', death: '1937', description: 'A leader of the Communist Party of Poland.' },
  { id: 'kostrzewa', forms: ['Kostrzewa'], reg: 'Wera Kostrzewa (Maria Koszutska)', birth: '1876', death: '1939', description: 'A leader of the Communist Party of Poland.' },
  { id: 'pruchniak', forms: ['Pruchniak'], reg: 'Edward Pruchniak', birth: '1888', death: '1937', description: 'Polish Communist.' },
  { id: 'pilsudski', forms: ['Pilsudski'], reg: 'Józef Piłsudski', birth: '1867', death: '1935', description: 'Polish head of state.' },
  { id: 'denikin', forms: ['Denikin'], reg: 'Anton Ivanovich Denikin', birth: '1872', death: '1947', description: 'White general in the Civil War.' },
  { id: 'kolchak', forms: ['Kolchak'], reg: 'Alexander Vasilyevich Kolchak', birth: '1874', death: '1920', description: 'White admiral in the Civil War.' },
  { id: 'wrangel', forms: ['Wrangel'], reg: 'Pyotr Nikolayevich Wrangel', birth: '1878', death: '1928', description: 'White general in the Civil War.' },
  { id: 'krasnov', forms: ['Krasnov'], reg: 'Pyotr Nikolayevich Krasnov', birth: '1869', death: '1947', description: 'Cossack general, White leader in the Civil War.' },
  { id: 'mamontov', forms: ['Mamontov'], reg: 'Konstantin Konstantinovich Mamontov', birth: '1869', death: '1920', description: 'White Cossack general (the raid of 1919).' },
  { id: 'kornilov', forms: ['Kornilov'], reg: 'Lavr Georgiyevich Kornilov', birth: '1870', death: '1918', description: 'Tsarist general; leader of the revolt of August 1917.' },
  { id: 'kerensky', forms: ['Kerensky'], reg: 'Alexander Fyodorovich Kerensky', birth: '1881', death: '1970', description: 'Head of the Provisional Government, 1917.' },
  { id: 'dukhonin', forms: ['Dukhonin'], reg: 'Nikolai Nikolayevich Dukhonin', birth: '1876', death: '1917', description: 'Last Commander-in-Chief of the Russian army, 1917.' },
  { id: 'hoffmann', forms: ['Hoffmann'], reg: 'Max Hoffmann', birth: '1869', death: '1927', description: 'German general (the volume’s note 5).', fromVolume: true },
  { id: 'wilhelm-ii', forms: ['Wilhelm II', 'Wilhelm'], reg: 'Wilhelm II', birth: '1859', death: '1941', description: 'German Emperor, 1888–1918.' },
  { id: 'nicholas-ii', forms: ['Nicholas II'], reg: 'Nicholas II', birth: '1868', death: '1918', description: 'Emperor of Russia, 1894–1917.' },
  { id: 'george-v', forms: ['George'], reg: 'George V', birth: '1865', death: '1936', description: 'King of Great Britain, 1910–36.' },
  { id: 'stolypin', forms: ['Stolypin'], reg: 'Pyotr Arkadyevich Stolypin', birth: '1862', death: '1911', description: 'Tsarist prime minister, 1906–11.' },
  { id: 'chernov', forms: ['Chernov'], reg: 'Viktor Mikhailovich Chernov', birth: '1873', death: '1952', description: 'Leader of the Socialist-Revolutionaries.' },
  { id: 'dan', forms: ['Dan'], reg: 'Fyodor Ilyich Dan', birth: '1871', death: '1947', description: 'Menshevik leader.' },
  { id: 'lieber', forms: ['Lieber'], reg: 'Mikhail Isaakovich Lieber (Goldman)', birth: '1880', death: '1937', description: 'Menshevik leader.' },
  { id: 'tsereteli', forms: ['Tsereteli'], reg: 'Irakli Georgiyevich Tsereteli', birth: '1881', death: '1959', description: 'Menshevik leader; minister of the Provisional Government.' },
  { id: 'chkheidze', forms: ['Chkheidze'], reg: 'Nikolai Semyonovich Chkheidze', birth: '1864', death: '1926', description: 'Menshevik; chairman of the Petrograd Soviet, 1917.' },
  { id: 'steklov', forms: ['Steklov'], reg: 'Yuri Mikhailovich Steklov', birth: '1873', death: '1941', description: 'Member of the “Contact Committee” of 1917 (the volume’s note 70).', fromVolume: true },
  { id: 'sukhanov', forms: ['Sukhanov'], reg: 'Nikolai Nikolayevich Sukhanov', birth: '1882', death: '1940', description: 'Menshevik; author of Notes on the Revolution.' },
  { id: 'filippovsky', forms: ['Filippovsky'], reg: 'Filippovsky', description: 'Socialist-Revolutionary; member of the “Contact Committee” of 1917 (the volume’s note 70).', fromVolume: true },
  { id: 'skobelev', forms: ['Skobelev'], reg: 'Matvei Ivanovich Skobelev', birth: '1885', death: '1938', description: 'Menshevik; minister of the Provisional Government.' },
  { id: 'natanson', forms: ['Natanson'], reg: 'Mark Andreyevich Natanson', birth: '1850', death: '1919', description: 'Left Socialist-Revolutionary.' },
  { id: 'kollontai', forms: ['Kollontai'], reg: 'Alexandra Mikhailovna Kollontai', birth: '1872', death: '1952', description: 'Bolshevik.' },
  { id: 'shlyapnikov', forms: ['Shlyapnikov'], reg: 'Alexander Gavrilovich Shlyapnikov', birth: '1885', death: '1937', description: 'Bolshevik; leader of the “Workers’ Opposition”.' },
  { id: 'nogin', forms: ['Nogin'], reg: 'Viktor Pavlovich Nogin', birth: '1878', death: '1924', description: 'Bolshevik.' },
  { id: 'uritsky', forms: ['Uritsky'], reg: 'Moisei Solomonovich Uritsky', birth: '1873', death: '1918', description: 'Bolshevik; member of the Military Revolutionary Centre of 1917.' },
  { id: 'bubnov', forms: ['Bubnov'], reg: 'Andrei Sergeyevich Bubnov', birth: '1884', death: '1938', description: 'Bolshevik; member of the Military Revolutionary Centre of 1917.' },
  { id: 'krylenko', forms: ['Krylenko'], reg: 'Nikolai Vasilyevich Krylenko', birth: '1885', death: '1938', description: 'Bolshevik; Commander-in-Chief in 1917–18.' },
  { id: 'antonov-ovseyenko', forms: ['Antonov-Ovseyenko', 'Antonov'], reg: 'Vladimir Alexandrovich Antonov-Ovseyenko', birth: '1883', death: '1938', description: 'Bolshevik; a Trotskyist in 1923–24.' },
  { id: 'vatsetis', forms: ['Vatsetis'], reg: 'Ioakim Ioakimovich Vatsetis', birth: '1873', death: '1938', description: 'Commander-in-Chief of the Red Army, 1918–19.' },
  { id: 'kamenev-ss', forms: ['Kamenev'], after: 'Commander-in-Chief, ', reg: 'Sergei Sergeyevich Kamenev', birth: '1881', death: '1936', description: 'Commander-in-Chief of the Red Army, 1919–24.' },
  { id: 'voroshilov', forms: ['Voroshilov'], reg: 'Kliment Yefremovich Voroshilov', birth: '1881', death: '1969', description: 'Bolshevik; commander in the Civil War.' },
  { id: 'budyonny', forms: ['Budyonny'], reg: 'Semyon Mikhailovich Budyonny', birth: '1883', death: '1973', description: 'Commander of the First Cavalry Army.' },
  { id: 'lentsner', forms: ['Lentsner'], reg: 'Lentsner', description: 'Editor of Trotsky’s collected works in the 1920s.' },
  { id: 'ivanovich', forms: ['S. Ivanovich', 'Ivanovich'], reg: 'S. Ivanovich (Semyon Osipovich Portugeis)', birth: '1880', death: '1944', description: 'Menshevik émigré writer; editor of Zarya.' },
  { id: 'kazaryan', forms: ['Kazaryan'], plurals: ['Kazaryans'], reg: 'Kazaryan', description: 'Student at the college of the People’s Commissariat of Transport; Party member, a supporter of the opposition in the discussion of 1923 (the volume, seed 004:659, 675, 1164).', fromVolume: true },
  { id: 'martynov-student', forms: ['Martynov'], plurals: ['Martynovs'], reg: 'Martynov', description: 'Student at the college of the People’s Commissariat of Transport; Party member, a supporter of the opposition in the discussion of 1923 (the volume, seed 004:659, 662, 1164). Not A. S. Martynov, the Menshevik.', fromVolume: true },
  { id: 'myasnikov', forms: ['Myasnikov'], reg: 'Gavril Ilyich Myasnikov', birth: '1889', death: '1945', description: 'Leader of the anti-Party “Workers’ Group”.' },
  { id: 'serebryakov', forms: ['Serebryakov'], reg: 'Leonid Petrovich Serebryakov', birth: '1888', death: '1937', description: 'Bolshevik; a Trotskyist in 1923–24.' },
  { id: 'khodorovsky', forms: ['Khodorovsky'], reg: 'Iosif Isayevich Khodorovsky', birth: '1885', death: '1940', description: 'Bolshevik, official of the People’s Commissariat of Education; his article in Pravda quoted the speeches of the oppositionist students (the volume, seed 004:660).' },
  { id: 'boguslavsky', forms: ['Boguslavsky'], reg: 'Mikhail Solomonovich Boguslavsky', birth: '1886', death: '1937', description: 'Bolshevik; oppositionist in 1923–24.' },
  { id: 'komarov', forms: ['Komarov'], reg: 'Nikolai Pavlovich Komarov', birth: '1886', death: '1937', description: 'Bolshevik; secretary in Leningrad in 1924.' },
  { id: 'tarkhanov', forms: ['Tarkhanov'], reg: 'Tarkhanov', description: 'Representative of the Young Communist League at the conference of April 1924.' },
  { id: 'okudzhava', forms: ['Okudzhava'], reg: 'Okudzhava', description: 'Georgian Bolshevik; named with Philip Makharadze among “the former deviators” (the Georgian national deviation of 1922–23) who broke with it (the volume, seed 004:5698).' },
  { id: 'dubrovinsky', forms: ['Dubrovinsky'], reg: 'Iosif Fyodorovich Dubrovinsky', birth: '1877', death: '1913', description: 'Bolshevik; died in exile in Turukhansk.' },
  { id: 'guesde', forms: ['Guesde'], plurals: ['Guesdes'], reg: 'Jules Guesde', birth: '1845', death: '1922', description: 'French socialist leader.' },
  { id: 'kugelmann', forms: ['Kugelmann'], reg: 'Ludwig Kugelmann', birth: '1828', death: '1902', description: 'German physician, correspondent of Marx.' },
  { id: 'feuerbach', forms: ['Ludwig Feuerbach', 'Feuerbach'], reg: 'Ludwig Feuerbach', birth: '1804', death: '1872', description: 'German philosopher.' },
  { id: 'luxemburg', forms: ['Rosa Luxemburg'], reg: 'Rosa Luxemburg', birth: '1871', death: '1919', description: 'Leader of the Left wing of German Social-Democracy.' },
  { id: 'parvus', forms: ['Parvus'], reg: 'Parvus (Alexander Lvovich Helphand)', birth: '1867', death: '1924', description: 'Social-Democrat; co-author of the theory of “permanent” revolution.' },
  { id: 'reed', forms: ['John Reed', 'Reed'], reg: 'John Reed', birth: '1887', death: '1920', description: 'American Communist writer; author of Ten Days That Shook the World.' },
  { id: 'ehrenburg', forms: ['Ehrenburg'], reg: 'Ilya Grigoryevich Ehrenburg', birth: '1891', death: '1967', description: 'Soviet writer.' },
  { id: 'pilnyak', forms: ['Pilnyak'], reg: 'Boris Andreyevich Pilnyak', birth: '1894', death: '1938', description: 'Soviet writer.' },
  { id: 'whitman', forms: ['Whitman'], reg: 'Walt Whitman', birth: '1819', death: '1892', description: 'American poet.' },
  { id: 'benes', forms: ['Benes'], reg: 'Edvard Beneš', birth: '1884', death: '1948', description: 'Czechoslovak foreign minister.' },
  { id: 'manuilsky', forms: ['Manuilsky'], reg: 'Dmitry Zakharovich Manuilsky', birth: '1883', death: '1959', description: 'Bolshevik; a leader of the Communist International.' },
  { id: 'bromley', forms: ['Bromley'], reg: 'John Bromley', birth: '1876', death: '1945', description: 'British trade-union leader.' },
  { id: 'shotman', forms: ['Shotman'], reg: 'Alexander Vasilyevich Shotman', birth: '1880', death: '1937', description: 'Bolshevik.' },
  { id: 'volodarsky', forms: ['Volodarsky'], reg: 'V. Volodarsky (Moisei Markovich Goldstein)', birth: '1891', death: '1918', description: 'Bolshevik.' },
  { id: 'lacis', forms: ['Lacis'], reg: 'Martin Ivanovich Lacis', birth: '1888', death: '1938', description: 'Bolshevik.' },
  { id: 'lomov', forms: ['Lomov'], reg: 'Georgi Ippolitovich Lomov (Oppokov)', birth: '1888', death: '1937', description: 'Bolshevik.' },
  { id: 'struve', forms: ['Struve'], reg: 'Pyotr Berngardovich Struve', birth: '1870', death: '1944', description: '“Legal Marxist”, later a leader of the Cadets.' },
  { id: 'syrkin', forms: ['Syrkin'], reg: 'Syrkin', description: 'Trotskyite author of a pamphlet on October (1924), named in “Trotskyism or Leninism?”.' },
  { id: 'zeigner', forms: ['Zeigner'], reg: 'Erich Zeigner', birth: '1886', death: '1949', description: '“Left” Social-Democrat; head of the government of Saxony in 1923.' },
  { id: 'unszlicht', forms: ['Unszlicht'], reg: 'Józef Unszlicht', birth: '1879', death: '1938', description: 'Bolshevik; deputy chairman of the Revolutionary Military Council.' },
];

export interface PersonMatch {
  start: number;
  end: number;
  id: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A form as a pattern: spaces in it match any spacing ("J. V." or "J.V."); not inside a word, not
 * in the name of the Marx-Engels-Lenin Institute, not before Enrolment, University, Institute,
 * Mausoleum (names derived from a person). Hyphenated names of several persons ("Lieber-Dan-Chernov")
 * are mentions of each.
 */
export function personPattern(form: string, flags = 'gu'): RegExp {
  return new RegExp(
    `(?<!\\p{L})(?<!(?:Marx|Engels)-)${form.split(' ').map(escapeRegExp).join('\\s*')}(?!\\p{L}|-(?:Engels|Lenin)| (?:Enrolment|ENROLMENT|University|Institute|Mausoleum))`,
    flags,
  );
}

/** Forms as patterns, the longest (and the context-bound) first. */
const MATCHERS = PERSONS.flatMap((person) =>
  [...new Set([...person.forms, ...(person.plurals ?? []), ...person.forms.filter((form) => form.length > 3).map((form) => form.toUpperCase())])].map((form) => ({
    id: person.id,
    after: person.after,
    length: form.length,
    pattern: personPattern(form),
  })),
).sort((a, b) => Number(Boolean(b.after)) - Number(Boolean(a.after)) || b.length - a.length);

/** Person mentions in `text`, longest forms first, never overlapping. */
export function findPersons(text: string): PersonMatch[] {
  const found: PersonMatch[] = [];
  for (const matcher of MATCHERS) {
    for (const m of text.matchAll(matcher.pattern)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (matcher.after && !text.slice(0, start).endsWith(matcher.after)) continue;
      if (found.some((other) => start < other.end && end > other.start)) continue;
      found.push({ start, end, id: matcher.id });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
