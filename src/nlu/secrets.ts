// Finding secrets a customer pastes into the chat and masking them before the text reaches a
// snapshot, a log, a transcript or an agent. A secret is judged by its shape first (secret-shapes.ts:
// key formats, the character mix of a typed password, entropy), and by the words before it second: a
// plain word or an all-digit PIN is a secret when a cue in any of the customers' languages says so
// ("password: hunter2", "Passwort ist 123456", "我的密码是abc"). User names, email addresses and order
// or customer numbers are identifiers the bot asks for and stay as typed.
import { coreOf, isIdentifierShape, knownFormats, looksLikeCredential } from './secret-shapes.js';
import { editDistance } from './text.js';

export const SECRET_MASK = '[secret removed]';

const cueWords = [
  'password', 'passwords', 'passwort', 'kennwort', 'passwd', 'pass word', 'passcode', 'pass code', 'pwd', 'pw', 'pass', 'pin',
  'mot de pa+s+e', 'passphrase', 'pass phrase', 'secret word', 'secret phrase', 'secret answer', 'security answer', 'secret key', 'secret', 'token', 'api[ -]?key', 'access key', 'mot de passe',
  'mdp', 'contraseña', 'contrasena', 'clave', 'wachtwoord', 'пароль', 'парольь', '密码', '密碼', '口令', 'senha', 'parola', 'hasło',
  'haslo', 'lösenord', 'losenord', 'salasana', 'adgangskode', 'passord', 'パスワード', '비밀번호',
].join('|');
const phraseCue = /^(pass ?phrase|secret (word|phrase|answer)|security answer)$/i;

/** Cue words customers misspell ("psasowrd", "Paswsot", "wachtwwoodr"): matched within a small edit distance. */
const fuzzyCues = ['password', 'passwort', 'passphrase', 'kennwort', 'wachtwoord', 'contraseña', 'contrasena', 'secret', 'lösenord'];
/** Real words a few letters from a cue. */
const nearCueWords = new Set(['passport', 'passports', 'postcode', 'passwords', 'secrets', 'secrete', 'second', 'select']);

/**
 * The text with misspelt cue words written as "pw" and padded to their length, so that every offset
 * still points into the original.
 */
function withCuesSpelled(text: string): string {
  return text.replace(/[\p{L}]{5,}/gu, (word) => {
    const lower = word.toLowerCase();
    const near = fuzzyCues.some((cue) => {
      if (Math.abs(cue.length - lower.length) > 2) return false;
      const allowed = cue.length >= 8 ? 2 : 1;
      return editDistance(lower, cue, allowed) <= allowed;
    });
    return near && !cueExact.test(word) && !nearCueWords.has(lower) ? `pw${' '.repeat(word.length - 2)}` : word;
  });
}
const CUE = String.raw`(?<![\p{Script=Latin}\p{Script=Cyrillic}\p{N}_])(?<cue>${cueWords})(?![\p{Script=Latin}\p{Script=Cyrillic}\p{N}])`;
/** Words between the cue and its verb: "password I've been using is", "Passwort für das Konto ist". */
const FILLER = String.raw`(?:\s+(?!(?:is|was|ist|est|es|era|war|lautet|order|number|no|nr|username|user|email|customer|id|phone|serial|reference|ref|invoice|ticket)\b)[\p{L}\p{N}'’]+){0,5}?`;
const CONNECTOR = String.raw`(?<connector>\s*[:=：]|\s+(?:is|was|would be|should be|will be|has been|ist|lautet|war|est|était|etait|c'est|es|era|sería|is nu|это|是|为|為|:)(?![\p{L}])(?:\s+(?:still|just|now|currently|simply|literally|actually|probably|either|maybe|nu|gewoon|toujours|immer noch|noch))?(?:\s*[:=])?|(?<=[\p{Script=Han}])(?:是|为|為)?)`;
/** The cue, its verb, then the secret: a quoted phrase or one token. */
const cuedSecret = new RegExp(
  String.raw`${CUE}(?:${FILLER}${CONNECTOR})?\s*(?:(?<quote>["“”'‘’«„])(?<quoted>[^"“”'‘’«»„\n]{1,120}?)["“”'‘’»]|(?<token>[^\s"“”'‘’«»，。！？、]+))`,
  'giu',
);
/** A message that ends on a cue and its verb: the next message is the secret ("my password is" / "hunter2"). */
const trailingCue = new RegExp(String.raw`(?:${CUE}${FILLER}${CONNECTOR}|here(?:'s| is) (?:my|the) (?:${cueWords}))\s*[.…]*\s*$`, 'iu');
const userCue = /(?<![\p{L}\p{N}_])(user ?name|user ?id|user|login|log in|logon|sign[- ]?in|account|customer|order|email|e-mail|id|benutzer(name)?|utilisateur|usuario|gebruikersnaam|логин)(?![\p{L}\p{N}])/iu;
const passwordCue = new RegExp(CUE, 'iu');
const cueExact = new RegExp(`^(?:${cueWords})$`, 'iu');

/** Words that say something about a password rather than being it ("password is lost!!!"). */
const notSecrets = new Set(
  `not no none nothing wrong incorrect invalid lost gone missing forgotten forgot expired locked blocked broken stuck reset changed
  correct right fine ok okay the a an my your our his her their its same different too very really definitely probably still just
  also now being been never rejected required needed unknown empty blank weak strong long short case hard saved stored encrypted
  secret private safe working valid accepted there here that this what which where when why how it in on at for of to with and or
  but so because since if doesnt doesn't isnt isn't wont won't didnt didn't cant can't does did will would should could is was
  be reset. field page link prompt asked asking requested please pls thanks thank help supposed meant new old current same one
  from by into about as any some all mine yours ours theirs hidden shown visible sent emailed set built protected needed
  bought ordered purchased issued installed created made given renewed revoked exported imported through via asked told
  falsch vergessen abgelaufen nicht kein keine gesperrt ungültig perdu oublié oublie expiré expire pas faux bloqué incorrecte
  incorrecta incorrecto olvidada olvidé olvide perdida caducada bloqueada vergeten verkeerd verlopen niet geblokkeerd ongeldig
  неверный неправильный не забыл забыла утерян 错误 忘了 不对 是`.split(/\s+/),
);

/** Replies that are not a secret even straight after "my password is" ("why?", "sorry"). */
const plainReplies = new Set(
  'yes no ok okay why what sorry thanks hello hi help agent human cancel stop back nevermind wait hmm um oh huh nope yeah yep'.split(' '),
);

type Range = [start: number, end: number];

function mask(text: string, ranges: Range[]): string {
  if (ranges.length === 0) return text;
  const merged = ranges.sort((a, b) => a[0] - b[0]).reduce<Range[]>((out, range) => {
    const last = out[out.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else out.push([...range]);
    return out;
  }, []);
  let result = '';
  let at = 0;
  for (const [start, end] of merged) {
    result += text.slice(at, start) + SECRET_MASK;
    at = end;
  }
  return result + text.slice(at);
}

/** Whether `core`, said right after a cue and its verb, is the secret itself. */
function isCuedSecret(core: string, hasConnector: boolean): boolean {
  const lower = core.toLowerCase();
  if (core.length < 3 || notSecrets.has(lower) || /@/.test(core) || /^(https?:\/\/|www\.|\/\/)/i.test(core)) return false;
  // A participle says what happened to the password, or where it is: "is hard-coded into the software", "is saved".
  if (/^[a-z]+(?:-[a-z]+)*ed$/.test(core)) return false;
  if (hasConnector) return true;
  // "pass Hunter2024", "пароль 123456": without a verb the token must not read as a plain word.
  return /\d/.test(core) || /[^\p{L}\p{N}'-]/u.test(core) || /\p{Ll}\p{Lu}|\p{Lu}{2,}\p{Ll}/u.test(core);
}

/** Spans of secrets introduced by a cue word. */
function cuedRanges(text: string): Range[] {
  const ranges: Range[] = [];
  for (const match of text.matchAll(cuedSecret)) {
    const groups = match.groups!;
    const hasConnector = groups.connector !== undefined;
    if (groups.quoted !== undefined) {
      const quoted = groups.quoted;
      if (quoted.trim().length < 3 || notSecrets.has(quoted.trim().toLowerCase())) continue;
      const start = match.index + match[0].length - quoted.length - 1;
      ranges.push([start, start + quoted.length]);
      continue;
    }
    let token = groups.token!;
    // After a cue in a script without spaces the secret ends where that script starts again.
    token = token.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}].*$/u, '');
    const tokenStart = match.index + match[0].length - groups.token!.length;
    const core = coreOf(token);
    const clause = /^[^.,;!?\n]*/.exec(text.slice(tokenStart))![0].trimEnd();
    const phrase = phraseCue.test(groups.cue!) && hasConnector && clause.split(/\s+/).length >= 3;
    if (phrase) {
      // A passphrase runs to the end of its clause: "my passphrase is correct horse battery staple".
      ranges.push([tokenStart, tokenStart + clause.length]);
      continue;
    }
    if (!isCuedSecret(core, hasConnector)) continue;
    const coreStart = tokenStart + token.indexOf(core);
    ranges.push([coreStart, coreStart + core.length]);
    // "the password is mango123 or mango1234": the alternatives offered are secrets too.
    const rest = text.slice(coreStart + core.length);
    for (const alternative of rest.matchAll(/^(?:[,/]?\s*(?:or|and|,|\/)\s*(?:maybe\s+)?)(\S+)/gu)) {
      const next = coreOf(alternative[1]!);
      if (!/\d|[^\p{L}\p{N}'-]/u.test(next) || notSecrets.has(next.toLowerCase())) break;
      const at = coreStart + core.length + alternative.index + alternative[0].length - alternative[1]!.length + alternative[1]!.indexOf(next);
      ranges.push([at, at + next.length]);
    }
  }
  return ranges;
}

/** Spans of tokens that are credentials by shape, or read as one from the nearest cue before them. */
function shapeRanges(text: string): Range[] {
  const ranges: Range[] = [];
  const tokens = [...text.matchAll(/[^\s，。！？、：；（）]+/g)];
  let lastCue: { kind: 'password' | 'user'; at: number } | undefined;
  tokens.forEach((match, i) => {
    const raw = match[0];
    const core = coreOf(raw);
    const start = match.index + raw.indexOf(core);
    if (core.length === 0) return;
    if (looksLikeCredential(core)) {
      ranges.push([start, start + core.length]);
      return;
    }
    const pairedWithUser = i >= 2 && /^[/|]$/.test(tokens[i - 1]![0]) && lastCue?.kind === 'user' && i - lastCue.at <= 6;
    const nearPassword = lastCue?.kind === 'password' && i - lastCue.at <= 8;
    // "login bob_certs / Rainbow77", "tried Summer2019 as the password": letters and digits in a password's place.
    if ((pairedWithUser || nearPassword) && core.length >= 5 && /\d/.test(core) && /\p{L}/u.test(core) && !/@/.test(core) && !/^[\d\W]*$/.test(core)) {
      if (pairedWithUser || !isIdentifierShape(core) || /\p{Ll}\p{Lu}|\p{L}\d+\p{L}/u.test(core) || /^\p{Lu}\p{Ll}+\d+$/u.test(core)) {
        ranges.push([start, start + core.length]);
        return;
      }
    }
    if (passwordCue.test(raw)) lastCue = { kind: 'password', at: i };
    else if (userCue.test(raw)) lastCue = { kind: 'user', at: i };
  });
  return ranges;
}

export type SecretScan = { containsSecret: boolean; redacted: string };

export type RedactOptions = {
  /** The customer's previous message ended on a cue ("my password is"): this one is likely the secret. */
  afterCue?: boolean;
};

/** Masks every secret in `text`; `containsSecret` tells whether anything was masked. */
export function redactSecrets(text: string, options: RedactOptions = {}): SecretScan {
  const ranges: Range[] = [];
  for (const format of knownFormats) for (const match of text.matchAll(format)) ranges.push([match.index, match.index + match[0].length]);
  if (options.afterCue) ranges.push(...followingCueRanges(text));
  const spelled = withCuesSpelled(text);
  ranges.push(...cuedRanges(spelled));
  const taken = (start: number, end: number) => ranges.some(([s, e]) => start < e && end > s);
  ranges.push(...shapeRanges(spelled).filter(([s, e]) => !taken(s, e)));
  const redacted = mask(text, ranges);
  return { containsSecret: ranges.length > 0, redacted };
}

/** The message after "my password is": a lone token is the secret, and so is a first token that is not a plain word. */
function followingCueRanges(text: string): Range[] {
  const trimmed = text.trim();
  const offset = text.indexOf(trimmed);
  const quoted = /^["“'‘«](.+)["”'’»]$/su.exec(trimmed);
  if (quoted) return [[offset + 1, offset + trimmed.length - 1]];
  if (!/\s/.test(trimmed)) {
    const core = coreOf(trimmed);
    const plain = core.length === 0 || plainReplies.has(core.toLowerCase()) || notSecrets.has(core.toLowerCase());
    return plain ? [] : [[offset + trimmed.indexOf(core), offset + trimmed.indexOf(core) + core.length]];
  }
  const first = /^\S+/.exec(trimmed)![0];
  if (/^\p{Ll}+[,.!?]*$/u.test(first)) return [];
  const prefix = 'password is ';
  return cuedRanges(prefix + trimmed)
    .filter(([start]) => start === prefix.length || start === prefix.length + 1)
    .map(([start, end]) => [start - prefix.length + offset, end - prefix.length + offset]);
}

/** Whether a message ends on a cue and its verb, so that the customer's next message is the secret. */
export function endsWithSecretCue(text: string): boolean {
  return trailingCue.test(text.trim());
}
