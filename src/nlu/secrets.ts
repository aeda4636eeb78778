// Finding secrets a customer pastes into the chat (passwords, private keys, tokens) and masking them
// before the text reaches a snapshot, a log, a transcript or an agent. User names, email addresses
// and order or customer numbers are not secrets.

export const SECRET_MASK = '[secret removed]';

const privateKeyBlock = /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g;
const jwt = /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\b/g;
const prefixedToken = /\b(?:sk|pk|rk)_(?:live|test)_[A-Za-z0-9]{8,}\b|\bgh[pousr]_[A-Za-z0-9]{20,}\b|\bAKIA[0-9A-Z]{16}\b|\bxox[abprs]-[A-Za-z0-9-]{10,}\b/g;
/** "password: x", "pass x", "pwd=x", "the password I've been using is x", "token is x". */
const cuedSecret =
  /\b(?:password|passwd|pass ?word|pass|pwd|pw|passcode|passphrase|token|api[ -]?key|secret)\b(?:\s+(?:i(?:'ve| have)?\s+(?:been\s+)?(?:using|used|use|tried)|for\s+(?:it|that|the\s+\w+)|you\s+need))?\s*(is|was|=|:|-|would be|should be)?\s*["']?([^\s"']{4,})/gi;
const credentialCue = /\b(password|passwd|pass|pwd|pw|login|log in|logon|sign[- ]?in|credentials?|user(?:name)?)\b/i;
const wordsAfterCue = new Set([
  'reset', 'resets', 'reminder', 'expired', 'wrong', 'incorrect', 'again', 'anymore', 'stopped', 'doesnt', "doesn't",
  'isnt', "isn't", 'does', 'will', 'that', 'this', 'there', 'here', 'please', 'because', 'since', 'which',
  'changed', 'change', 'forgotten', 'forgot', 'lost', 'still', 'never', 'works', 'worked', 'working', 'field',
  'page', 'link', 'email', 'emails', 'protected', 'prompt', 'when', 'with', 'from', 'about', 'used', 'being',
  'correct', 'right', 'fine', 'valid', 'invalid', 'rejected', 'blocked', 'locked', 'required', 'needed', 'missing',
  'unknown', 'different', 'same', 'case', 'hard', 'long', 'short', 'gone', 'saved', 'stored', 'built', 'encrypted',
  'weak', 'strong', 'empty', 'blank', 'also', 'just', 'only', 'what', 'the', 'your', 'yours', 'mine', 'ours',
  'hard-coded', 'hardcoded', 'set', 'sent', 'shown', 'visible', 'secret', 'private', 'confidential', 'safe',
]);

/** Apostrophes and hyphens do not count as symbols: "customer's" and "Sign-on" are words. */
function characterClasses(token: string): number {
  return [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9'-]/].filter((re) => re.test(token)).length;
}

const notSecretShape = (token: string) =>
  /@/.test(token) || /^https?:/i.test(token) || /^[\d#-]+$/.test(token) || /^\d+\/\d+$/.test(token) || /^s\/mime$/i.test(token);

/** A token shaped like a password: mixed character classes, not an email, URL or number. */
function looksLikePassword(token: string): boolean {
  if (token.length < 6 || token.length > 128 || notSecretShape(token)) return false;
  return characterClasses(token) >= 3;
}

/** A long random-looking string (an API key or token) anywhere in a message. */
function looksLikeToken(token: string): boolean {
  return token.length >= 24 && !notSecretShape(token) && characterClasses(token) >= 3 && !/[./]{2}/.test(token);
}

const trimSentencePunctuation = (token: string) => token.replace(/[.,;:?)\]]+$/, '');

export type SecretScan = { containsSecret: boolean; redacted: string };

/** Masks every secret in `text`; `containsSecret` tells whether anything was masked. */
export function redactSecrets(text: string): SecretScan {
  let redacted = text.replace(privateKeyBlock, SECRET_MASK).replace(jwt, SECRET_MASK).replace(prefixedToken, SECRET_MASK);

  redacted = redacted.replace(cuedSecret, (whole, connector: string | undefined, candidate: string) => {
    const token = trimSentencePunctuation(candidate);
    if (token.length < 4 || wordsAfterCue.has(token.toLowerCase()) || notSecretShape(token)) return whole;
    // "my password is tulips" is a password however plain; "pass Hunter2024" needs the shape to tell.
    const plausible = connector !== undefined || characterClasses(token) >= 2 || /\d/.test(token);
    return plausible ? whole.slice(0, whole.length - candidate.length) + candidate.replace(token, SECRET_MASK) : whole;
  });

  const hasCue = credentialCue.test(text);
  redacted = redacted.replace(/\S+/g, (raw) => {
    const token = trimSentencePunctuation(raw);
    if (token.includes(SECRET_MASK) || token.length === 0) return raw;
    if (looksLikeToken(token) || (hasCue && looksLikePassword(token))) return raw.replace(token, SECRET_MASK);
    return raw;
  });

  return { containsSecret: redacted !== text, redacted };
}
