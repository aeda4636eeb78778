// Normalising what customers type: case, punctuation, contractions and common misspellings, so the
// rules in understand.ts can be written once against clean words.

/** Damerau-Levenshtein distance (optimal string alignment), enough for typo tolerance. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** Chat shorthand and misspellings too short or too far off for the edit-distance corrector. */
const shorthand: Record<string, string> = {
  pw: 'password',
  pwd: 'password',
  passwd: 'password',
  pword: 'password',
  u: 'you',
  r: 'are',
  ur: 'your',
  hav: 'have',
  dont: "don't",
  cant: "can't",
  wont: "won't",
  didnt: "didn't",
  doesnt: "doesn't",
  isnt: "isn't",
  im: "i'm",
  ive: "i've",
  pls: 'please',
  plz: 'please',
  thx: 'thanks',
  ty: 'thanks',
  tlak: 'talk',
  wich: 'which',
  certs: 'certificates',
  cert: 'certificate',
  ssls: 'ssl',
  acct: 'account',
  usr: 'user',
  cust: 'customer',
};

/** Words the rules depend on; a longer token within a small edit distance of one is corrected to it. */
const vocabulary = [
  'password', 'passwords', 'certificate', 'certificates', 'account', 'accounts', 'webmaster', 'reseller',
  'affiliate', 'customer', 'customers', 'number', 'order', 'username', 'forgot', 'forgotten', 'access',
  'which', 'bought', 'directly', 'direct', 'hosting', 'developer', 'designer', 'client', 'clients',
  'manage', 'managing', 'remember', 'reset', 'signing', 'person', 'agent', 'human', 'support',
  'service', 'representative', 'original', 'independent', 'purchased', 'ordered', 'through', 'website',
  'login', 'locked', 'anymore', 'change', 'export', 'enterprise', 'please', 'someone', 'talk', 'speak',
  'connect', 'partner', 'altaire', 'email', 'address', 'retired', 'removed', 'working', 'stopped',
];
const vocabularySet = new Set(vocabulary);

function correct(token: string): string {
  const mapped = shorthand[token];
  if (mapped) return mapped;
  if (token.length < 5 || vocabularySet.has(token) || /[\d']/.test(token)) return token;
  const limit = token.length >= 8 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = limit + 1;
  let tie = false;
  for (const word of vocabulary) {
    if (Math.abs(word.length - token.length) > limit) continue;
    const distance = editDistance(token, word);
    if (distance < bestDistance) {
      best = word;
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance) tie = true;
  }
  return best && !tie ? best : token;
}

/**
 * Lower-cases, unifies quotes and dashes, splits words from punctuation (keeping sentence breaks as
 * " . "), and corrects misspellings. The result is a space-separated string of words.
 */
export function normalise(text: string): string {
  const spaced = text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u2013\u2014]/g, ' - ')
    .replace(/\bs\/mime\b/g, 'smime')
    .replace(/\be-?pki\b/g, 'epki')
    .replace(/\bsign[- ]on\b/g, 'signon')
    .replace(/\bsign[- ]in\b/g, 'signin')
    .replace(/\blog[- ]?in\b/g, 'login')
    .replace(/\bcode?[- ]?sign(ing)?\b/g, 'codesigning')
    .replace(/\buser[- ]?name\b/g, 'username')
    .replace(/\bpass[- ]word\b/g, 'password')
    .replace(/\be[- ]?mail\b/g, 'email')
    .replace(/([.!?;]+)(\s|$)/g, ' . ')
    .replace(/,/g, ' , ')
    .replace(/[^a-z0-9'.,#/_@ -]+/g, ' ');
  return spaced
    .split(/\s+/)
    .filter(Boolean)
    .map((token) => (token === '.' || token === ',' ? token : correct(token.replace(/^'+|'+$/g, ''))))
    .join(' ');
}
