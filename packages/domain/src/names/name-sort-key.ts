/**
 * A person's name as one string whose plain code-unit order (SQLite's BINARY, PostgreSQL's
 * `COLLATE "C"`, JavaScript's `<`) is the order `Intl.Collator('fr')` gives — last name,
 * then first name — so that a list ordered by name can be ordered, paged and indexed in SQL
 * (issue 15) and still show the order the lists had when they were sorted in the process.
 *
 * It follows the three levels the collator compares (CLDR root order, which French uses
 * unchanged): first the letters without their accents or case (spaces and punctuation
 * before digits, digits before letters; `œ` as `oe`, `ß` as `ss`), then the accents (an
 * unaccented letter first, then the accents in the collator's order), then the case (lower
 * case first). Characters outside the Latin letters of names (another script) sort after
 * every Latin letter, by code point: the collator orders them by script, which this key does
 * not reproduce.
 */
export function nameSortKey(lastName: string, firstName: string): string {
  return `${partKey(lastName)}${NAME_SEPARATOR}${partKey(firstName)}`;
}

// Below every character a level can hold: a shorter name (a prefix of another) sorts first.
const NAME_SEPARATOR = ' ';
const LEVEL_SEPARATOR = '!';

// Spaces, punctuation and symbols, in the collator's order; each is coded '#' + one
// character, so that they all sort before the digits and letters, which are coded as themselves.
const PUNCTUATION = ' _-‐‒–—―,;:!¡?¿.·\'"«»()[]{}@*/\\&#%`´^¯¨+±<=>|~¤$£€';
const PUNCTUATION_RANK = new Map([...PUNCTUATION].map((c, i) => [c, `#${String.fromCharCode(0x30 + i)}`]));
// Typographic quotes: the straight one at the first level, told apart at the second (below any accent).
const QUOTES: Record<string, [string, string]> = { '‘': ["'", 'b'], '’': ["'", 'c'], '‚': ["'", 'd'], '“': ['"', 'b'], '”': ['"', 'c'], '„': ['"', 'd'] };

// Combining accents in the collator's order (its secondary weights); 'a' is an unaccented letter.
const ACCENTS = '\u0301\u0300\u0306\u0302\u030C\u030A\u0308\u030B\u0303\u0307\u0338\u0327\u0328\u0304\u0335\u0323';
const ACCENT_RANK = new Map([...ACCENTS].map((c, i) => [c, String.fromCharCode(0x65 + i)]));
const UNACCENTED = 'a';
// A letter of two (œ, æ, ß) and ð weigh more than any accent at that level, as in the collator.
const TWO_LETTER_MARK = 'y';
const UNKNOWN_MARK = 'x';

// Letters that NFD does not decompose but the collator reads as a letter and an accent.
const STROKED: Record<string, string> = { ø: 'o\u0338', Ø: 'O\u0338', ł: 'l\u0335', Ł: 'L\u0335', đ: 'd\u0335', Đ: 'D\u0335', ħ: 'h\u0335', Ħ: 'H\u0335' };
// Letters the collator reads as two: [letters, uppercase?].
const TWO_LETTERS: Record<string, [string, boolean]> = { œ: ['oe', false], Œ: ['oe', true], æ: ['ae', false], Æ: ['ae', true], ß: ['ss', false], ẞ: ['ss', true] };

const LOWER = 'a';
const UPPER = 'c';
const TWO_LETTER_LOWER = 'b';
const TWO_LETTER_UPPER = 'd';

function partKey(name: string): string {
  let primary = '';
  let secondary = '';
  let tertiary = '';
  const text = [...name.normalize('NFD')].map((c) => STROKED[c] ?? c).join('');
  for (const c of text) {
    const accent = ACCENT_RANK.get(c);
    if (accent !== undefined || /\p{Mn}/u.test(c)) {
      secondary += accent ?? UNKNOWN_MARK;
      tertiary += LOWER;
      continue;
    }
    const two = TWO_LETTERS[c];
    if (two) {
      // The collator's three weights of such a letter: the first letter, a mark, the second letter.
      primary += two[0];
      secondary += `${UNACCENTED}${TWO_LETTER_MARK}${UNACCENTED}`;
      tertiary += (two[1] ? TWO_LETTER_UPPER : TWO_LETTER_LOWER).repeat(3);
      continue;
    }
    const quote = QUOTES[c];
    if (quote) {
      primary += PUNCTUATION_RANK.get(quote[0])!;
      secondary += quote[1];
      tertiary += LOWER;
      continue;
    }
    if (c === 'ð' || c === 'Ð') {
      primary += 'd';
      secondary += `${UNACCENTED}${TWO_LETTER_MARK}`;
      tertiary += (c === 'Ð' ? UPPER : LOWER).repeat(2);
      continue;
    }
    const lower = c.toLowerCase();
    primary += baseOf(lower);
    secondary += UNACCENTED;
    tertiary += lower !== c ? UPPER : LOWER;
  }
  return `${primary}${LEVEL_SEPARATOR}${secondary}${LEVEL_SEPARATOR}${tertiary}`;
}

function baseOf(lower: string): string {
  if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) return lower;
  // The dotless i comes after i followed by anything, before j: coded after every other continuation of an i.
  if (lower === 'ı') return 'i~~';
  const punctuation = PUNCTUATION_RANK.get(lower);
  if (punctuation !== undefined) return punctuation;
  // Anything else after every Latin letter, by code point (six hex digits: a fixed length keeps the order).
  return `~${lower.codePointAt(0)!.toString(16).padStart(6, '0')}`;
}
