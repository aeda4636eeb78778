// What a credential looks like, judged on the token itself: known key and token formats, and the
// character mix and randomness of a typed password. What an identifier looks like (user names,
// emails, order and customer numbers), which the bot asks customers for and must not mask.

/** Formats that are credentials wherever they appear, with or without a word around them. */
export const knownFormats: RegExp[] = [
  // PEM private keys (RSA, EC, OpenSSH, encrypted, PGP), also cut off before their END line.
  /-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|$)/g,
  // JSON Web Tokens.
  /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}/g,
  // AWS access key ids, GitHub, Slack, Stripe, Google, OpenAI-style and npm tokens.
  /\b(?:AKIA|ASIA|AGPA|AIDA|AROA)[0-9A-Z]{16}\b/g,
  /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})\b/g,
  /\bxox[abposr]-[A-Za-z0-9-]{10,}|\bxapp-[A-Za-z0-9-]{10,}|https:\/\/hooks\.slack\.com\/services\/\S+/g,
  /\b(?:sk|pk|rk)_(?:live|test)_[A-Za-z0-9]{8,}\b|\bsk-[A-Za-z0-9_-]{20,}|\bnpm_[A-Za-z0-9]{30,}\b|\bAIza[0-9A-Za-z_-]{30,}/g,
  // Azure connection strings and shared access signatures: the key part.
  /\b(?:AccountKey|SharedAccessKey|SharedAccessSignature|sig|client_secret|access_token|refresh_token)=[^\s;&"']{8,}/gi,
  // Credentials written into an address ("https://rkowal:Vistula2023@portal.example.net"): the password between the colon and the "@".
  /(?<=\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/]+:)[^\s@/]+(?=@)/gi,
  // A value in a configuration file under a password's key ("CertPassword": "…"), or after a command's password option
  // ("-srcstorepass …", "-deststorepass …", "-passin pass:…"), not a file, an environment variable or standard input named instead.
  /(?<="[\w.-]*(?:password|passwd|pwd|passphrase|secret)"\s*:\s*")[^"\n]{3,}(?=")/gi,
  /(?<=(?:^|\s)--?(?:src|dest)?(?:store|key)?pass(?:word|phrase)?[=\s]+)(?!(?:pass|file|env|fd|stdin):)[^\s"']{3,}/gim,
  /(?<=(?:^|\s)-pass(?:in|out)\s+pass:)[^\s"']+/gim,
  // SendGrid API keys.
  /\bSG\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}/g,
  // A product or licence key in groups of capitals and digits ("7HKQ-M29X-PL4W-83TZ").
  /\b(?=[A-Z0-9-]*[A-Z])(?=[A-Z0-9-]*\d)[A-Z0-9]{4,6}(?:-[A-Z0-9]{4,6}){3,5}\b/g,
  // A hex key or digest of 32 digits or more, all-decimal ones too (a key left at its default, "0102…0708"):
  // order, customer and phone numbers are far shorter, and a serial number is named as one.
  /\b(?=[0-9a-fA-F]*\d)[0-9a-fA-F]{32,}\b/g,
];

/** Character classes of a token: lower, upper, digit, symbol (apostrophes and hyphens are word characters). */
function characterClasses(token: string): number {
  return [/[a-z]/, /[A-Z]/, /\d/, /[^\p{L}\p{N}'-]/u].filter((re) => re.test(token)).length;
}

/** Shannon entropy per character. */
function entropy(token: string): number {
  const counts = new Map<string, number>();
  for (const ch of token) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) bits -= (n / token.length) * Math.log2(n / token.length);
  return bits;
}

/**
 * Shapes the bot asks for or customers mention freely: email addresses, URLs, numbers (order,
 * customer, phone, dates, prices), user names of words and a trailing number joined by `_ . -`
 * ("JSmith_2019", "bob_certs", "hannah.w"), domains, and technical names ("S/MIME", "PKCS#12").
 */
function isIdentifierShape(token: string): boolean {
  return (
    /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/.test(token) ||
    /^(https?:\/\/|www\.)/i.test(token) ||
    // A short prefix in one case ("ORD-2231", "inv#4410", "Ref:77"); a capitalised word before "#" and digits is a password's shape ("Lark#2231").
    /^[#(]*(?:[A-Z]{0,4}|[a-z]{0,4}|[A-Z][a-z]{0,2})[-#:]?[\d][\d ./:-]*[)]*$/.test(token) ||
    /^\$?\d[\d,.:/-]*(am|pm|h|k|kb|mb|gb|st|nd|rd|th|x|€|£)?$/i.test(token) ||
    /^[A-Za-z]+(?:[._-][A-Za-z]+)*(?:[._-]?\d{1,6})?$/.test(token) ||
    /^[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)+$/.test(token) ||
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(token) ||
    // A hex literal ("0x3A7F9C21E04B") is a serial number or an error code.
    /^0x[0-9a-f]{2,40}$/i.test(token) ||
    // …and so is one behind a capitalised prefix ("AUTH-0x19", "ERR_0x80070005").
    /^[A-Z]{2,8}[-_]0x[0-9a-fA-F]{1,16}$/.test(token) ||
    /^([0-9a-f]{2}[:-]){3,}[0-9a-f]{2}$/i.test(token) ||
    // A path on a server ("/.well-known/pki-validation/", "/var/www/html"): lower-case names between slashes, from the root.
    /^(?:\.{1,2}|~)?\/(?:[a-z0-9._-]+\/)+[a-z0-9._-]*$/.test(token) ||
    // Distinguished-name parts and other `key=value` pairs whose value is itself an identifier: "CN=www.example.com".
    (/^[A-Za-z]{1,12}=[^=]+$/.test(token) && isIdentifierShape(token.slice(token.indexOf('=') + 1))) ||
    /^(s\/mime|pkcs#\d+|x\.?509|sha-?\d+|tls ?1\.\d|ssl ?v?\d|c\+\+|c#|f#|\d+\/\d+)$/i.test(token)
  );
}

/** Sentence punctuation and brackets around a token are not part of it ("(Bluehost)", "it,"). */
export function coreOf(token: string): string {
  return token
    .replace(/^[("'“‘«[¿¡{]+/, '')
    .replace(/[.,;:?)"'”’»\]}…]+$/, '')
    .replace(/^(.*?[A-Za-z0-9])([!?]*!)$/, (_, body: string, shouted: string) =>
      // "lost!!!" and "either?!?" are words shouted; "Summer2019!" keeps its "!" because the rest is not a plain word.
      // Words run together with their capitals kept ("ILoveMyDog!") keep it too.
      /^[A-Za-z]+$/.test(body) && (body.match(/[a-z][A-Z]/g)?.length ?? 0) < 2 ? body : `${body}${shouted}`,
    );
}

/**
 * A token that is a credential by its shape alone, with no word around it saying so: a typed
 * password (letters mixed with digits or symbols inside, not an identifier shape) or a long random
 * key (high entropy).
 */
export function looksLikeCredential(token: string): boolean {
  // Words joined by a slash are prose: "Sir/Madam", "and/or".
  if (/^\p{L}+(\/\p{L}+)+$/u.test(token)) return false;
  // An acronym joined to a word is a compound noun: "MIME-certificaten", "SSL-Zertifikat", "PFX-Datei".
  if (/^(\p{Lu}\/)?\p{Lu}{2,6}(-\p{Lu}?\p{Ll}{3,})+$/u.test(token)) return false;
  // The passwords everyone tries: "password123", "Passw0rd", "qwerty2024".
  if (/^(pass(word|w0rd)?|passwort|pwd|qwerty|letmein|welcome|admin|secret|abc|iloveyou|monkey|dragon)\d+\W*$/i.test(token)) return true;
  if (token.length < 6 || token.length > 512) return false;
  // Random-looking letters ("XkQzMvPlRt"): case changing every two or three letters, unlike names ("WordPress").
  if (token.length >= 8 && /^[A-Za-z0-9]+$/.test(token) && (token.match(/[a-z][A-Z]/g)?.length ?? 0) >= 3) {
    const segments = token.match(/[A-Z]+[a-z0-9]*|[a-z0-9]+/g) ?? [];
    if (token.length / segments.length <= 3) return true;
  }
  if (isIdentifierShape(token)) return false;
  // A word and its punctuation is prose ("Hello!", "WordPress."); words run together with their capitals kept are not ("ILoveMyDog!").
  if (/[A-Za-z]/.test(token) && /^[A-Za-z'-]+[!?.,]*$/.test(token) && ((token.match(/[a-z][A-Z]/g)?.length ?? 0) < 2 || !/[!?]$/.test(token))) return false;
  const classes = characterClasses(token);
  const caseSwitches = token.match(/[a-z][A-Z]/g)?.length ?? 0;
  const digitSwitches = token.match(/[a-z][0-9]|[0-9][a-z]/gi)?.length ?? 0;
  if (token.length >= 20 && classes >= 2 && entropy(token) >= 3.5 && (/\d/.test(token) || /[+/=]/.test(token) || caseSwitches >= 3)) return true;
  // Letters and digits shuffled together ("k9pq7vz3"); reference codes in capitals and digits
  // ("AB12CD34") are left to the cue words, since orders look like that too.
  if (/^[A-Za-z]+$/.test(token)) return false;
  // Short hex strings are fingerprints and ticket ids more often than passwords.
  if (token.length >= 8 && digitSwitches >= 3 && /[a-z]/.test(token) && !/^[0-9a-f]+$/i.test(token)) return true;
  if (token.length >= 8 && classes >= 3) return true;
  // Shorter passwords need every sign: letters, digits and a symbol, with the symbol inside.
  return token.length >= 6 && classes >= 3 && /[A-Za-z0-9][^A-Za-z0-9'-]+[A-Za-z0-9]/.test(token);
}

/** A file named by its kind (".p12-Datei", "backup.pfx", ".pem"): where a secret is kept, not the secret. */
export const FILE_NAME =
  /^[\p{L}\p{N}_-]*(\.\d+)*\.(p12|pfx|pem|key|jks|keystore|crt|cer|der|zip|csr|req|p7b|p7s|spc|pvk|exe|msi|dll|jar|apk|txt|log|ps1|sh|bat|cmd|py|yml|yaml|json|xml|cfg|ini|env)(-\p{L}+)?$/iu;
/**
 * A Windows path ("C:\\build\\x.pfx", ".\\cert.pfx", "Cert:\\CurrentUser\\My", "\\\\fileserver\\builds\\setup.msi", a piece of "C:\\Program Files\\…"
 * after its space: two separators or a file's extension); not one backslash inside a word ("Tiger\\88").
 */
export const WINDOWS_PATH =
  /^(?:(?:[A-Za-z]+:|\\\\[\w.$-]+|\.{1,2})(?:\\{1,2}[\w.$()~-]+)+\\?|[\w.$()~-]+(?:\\{1,2}[\w.$()~-]+){2,}\\?|[\w.$()~-]+\\{1,2}[\w$()~-]+\.[A-Za-z][A-Za-z0-9]{0,4}|\(?\w+\)\\[\w.$()~-]+)$/;
/** A Windows domain account ("CONTOSO\\svc_sign"): its domain in capitals. */
export const DOMAIN_ACCOUNT = /^[A-Z][A-Z0-9-]{1,14}\\[\w.-]+$/;
/**
 * Where a file is, not a secret: a path with two or more separators from the root ("/etc/nginx/ssl/pass.txt", "file:/run/secrets/pfxpass",
 * "conf/tomcat.jks"), a Windows path, an IP address, a version with its build ("1.14.2-rc3+build.5521").
 */
export const PLACE_OR_VERSION = new RegExp(
  `${WINDOWS_PATH.source}|${/^(?:--?[\w-]+=(?=\.{0,2}\/|~\/))?(?:file:|classpath:(?=[\w./-]+$))?(?:(?:\.{0,2}|~)\/(?:[\w.@-]+\/)+[\w.@-]*|[\w-]+\/[\w.-]+\.(?:p12|pfx|pem|key|jks|keystore|crt|cer|der|p7b|txt|conf|xml|yml|yaml|json))$|^\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?$|^[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}$|^v?\d+(?:\.\d+){1,3}(?:[-+][A-Za-z0-9.]+)*$|^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.source}`,
  'i',
);

/** A device's or a program's name with its model or version ("iPhone15", "FritzBox7590", "Chrome120"): said to fail or tried, it is no password. */
export const PRODUCT_NAME =
  /^(?:iphone|ipad|macbook\w*|imac|outlook|excel|word|office|windows|win|chrome|firefox|edge|safari|etoken|epass|yubikey|safenet|fritzbox|galaxy|pixel|surface|thinkpad|android|ios|ubuntu|java|node|python)\d/i;
