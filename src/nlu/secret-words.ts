// The words around a secret: cues that announce one, in the customers' languages; words that say
// something about a password without being it; verbs of typing one in; what names an identifier;
// and the technical names and addresses that carry digits without being secrets. secrets.ts uses
// them to find secrets; nothing here masks anything.
import { editDistance, rememberedPerWord } from './text.js';

export const cueWords = [
  'password',
  'passwords',
  'passwort',
  'kennwort',
  'passwd',
  'pass word',
  'passcode',
  'pass code',
  'pwd',
  'pw',
  'pass',
  'pinn?',
  'pin-?codes?',
  'puk',
  'so-?pin',
  'frase de acesso',
  'frase de paso',
  'wachtzin',
  'phrase secr[eè]te',
  'frase secreta',
  'mot de pa+s+e',
  'passphrase',
  'pass phrase',
  'secret word',
  'secret phrase',
  'secret answer',
  'security answer',
  'secret key',
  'heslo(?: je)?',
  '[şs]ifre(?:m|miz|n|si)?',
  '(?:backup|recovery)[- ]codes?',
  'secret',
  'token',
  'api[ -]?key',
  'access key',
  'mot de passe',
  'mdp',
  'contraseña',
  'contrasena',
  'clave',
  'wachtwoord',
  'пароль',
  'парольь',
  '密码',
  '密碼',
  '口令',
  'senha',
  'palavra[- ]passe',
  'parola',
  'hasło',
  'haslo',
  'lösenord(?:et)?',
  'losenord(?:et)?',
  'lösenfras(?:en)?',
  'losenfras(?:en)?',
  'salasana',
  'adgangskode',
  'passord',
  'パスワード',
  '비밀번호',
  'storepass',
  'keypass',
  'storepassword',
  'keypassword',
].join('|');
// "password's gone", "password'd": an apostrophe right after the cue is a contraction, not a quote.
export const CUE = String.raw`(?<![\p{Script=Latin}\p{Script=Cyrillic}\p{N}_])(?<cue>${cueWords})(?![\p{Script=Latin}\p{Script=Cyrillic}\p{N}_])(?!['’](?:s|d|ll|re|ve)\b)`;
export const userCue =
  /(?<![\p{L}\p{N}_])(user ?name|user ?id|user|login|log in|logon|sign[- ]?in|account|customer|order|email|e-mail|id|benutzer(name)?|utilisateur|usuario|gebruikersnaam|логин)(?![\p{L}\p{N}])/iu;
export const passwordCue = new RegExp(CUE, 'iu');
export const cueExact = new RegExp(`^(?:${cueWords})$`, 'iu');
export const phraseCue = /^(pass ?phrase|secret (word|phrase|answer)|security answer|phrase secr[eè]te|frase (secreta|de acesso|de paso)|wachtzin)$/i;

/** Cue words customers misspell ("psasowrd", "Paswsot", "wachtwwoodr"): matched within a small edit distance. */
export const fuzzyCues = [
  'password',
  'passwort',
  'passphrase',
  'kennwort',
  'wachtwoord',
  'contraseña',
  'contrasena',
  'secret',
  'lösenord',
  'senha',
  'storepass',
];
/** Real words a few letters from a cue. */
export const nearCueWords = new Set(['passport', 'passports', 'postcode', 'passwords', 'secrets', 'secrete', 'second', 'select']);

/** Words that say something about a password rather than being it ("password is lost!!!"). */
export const notSecrets = new Set(
  `not no none nothing wrong incorrect invalid lost gone missing forgotten forgot expired locked blocked broken stuck reset changed
  correct right fine ok okay the a an my your our his her their its same different too very really definitely probably still just
  also now being been never rejected refused refusing declined denied failing failed required needed unknown empty blank weak strong long short case hard saved stored encrypted
  secret private safe working valid accepted there here that this what which where when why how it in on at for of to with and or
  but so because since if doesnt doesn't isnt isn't wont won't didnt didn't cant can't does did will would should could is was
  be reset. field page link prompt asked asking requested please pls thanks thank help supposed meant new old current same one asap urgent
  from by into about as any some all mine yours ours theirs hidden shown visible sent emailed set built protected needed
  bought ordered purchased issued installed created made given renewed revoked exported imported through via asked told chosen taken done
  falsch vergessen abgelaufen nicht kein keine gesperrt ungültig weg kwijt gelöst erledigt opgelost réglé resuelto risolto resolvido perdu oublié oublie expiré expire pas faux bloqué incorrecte
  incorrecta incorrecto olvidada olvidé olvide perdida caducada bloqueada vergeten verkeerd verlopen niet geblokkeerd ongeldig
  неверный неправильный не забыл забыла утерян 错误 忘了 不对 是 problem issue mystery unclear mislaid stolen written known misplaced kept
  sure certain positive convinced confident inside within underneath after before until during later dead toast kaput lock block expire history useless outdated out up off only both whatever something anything everything nobody anybody anyone somebody someone everybody everyone either neither remembering
  anymore anyway anyways anyhow again apparently actually honestly exactly currently supposedly normally usually originally basically
  notre votre mon ma mes le la les un une du des son sa ses leur nuestro nuestra mi mis su sus el los las unser unsere mein meine das der die
  ein eine het de een mijn ons onze il lo gli che chi cosa come dove perché que qui quoi dass weil
  gar überhaupt doch auch schon eigentlich wirklich nur ya muy vraiment toujours encore jamais davvero proprio ancora echt wel nog
  già déjà já al pareil pareille même igual gleich gleiche hetzelfde uguale stesso stessa mesmo mesma`.split(/\s+/),
);

/** Replies that are not a secret even straight after "my password is" ("why?", "sorry"). */
export const plainReplies = new Set(
  'yes no ok okay why what sorry thanks hello hi help agent human cancel stop back nevermind wait hmm um oh huh nope yeah yep'.split(' '),
);

/**
 * Other languages' words for a password's state, and prepositions and pronouns after a cue ("Es para",
 * "non è quello"): not secrets when typed exactly, and no misspelling of them is looked for ("para" is
 * one letter from "lara", a password).
 */
const exactlyNotSecrets = `
  scaduta scaduto scadute sbagliata sbagliato errata errato dimenticata persa bloccata bloccato vencida vencido expirada expirado esquecida errada
  errado bloqueado inválida inválido caducado expirée wygasło wygasła wygasł błędne błędny zablokowane zablokowany nieprawidłowe abgelaufene
  bij bei beim tijdens door nach während lors pendant durante durch para por pour für voor per con sin sur dans avec mit ohne
  quello quella questo questa eso esto ese esa ça cela dies dat dit isso isto
  fel samma för inte rätt borta glömt glömd ogiltigt ogiltig utgånget utgången låst spärrat spärrad lång kort korrekt fortfarande nytt gammalt ändrat
`
  .split(/\s+/)
  .filter(Boolean);
for (const word of exactlyNotSecrets) notSecrets.add(word);

/** Longer words of `notSecrets`, which customers misspell too ("password is wong", "passwod is forget"). */
const statesOfAPassword = [...notSecrets].filter((word) => /^[a-z]{4,}$/.test(word) && !exactlyNotSecrets.includes(word));

/** A plain lower-case word one letter from a word about the password, not a password itself. */
export function isMisspeltState(lower: string): boolean {
  if (!/^[a-z]{4,14}$/.test(lower)) return false;
  return statesOfAPassword.some((word) => Math.abs(word.length - lower.length) <= 1 && editDistance(lower, word, 1) <= 1);
}

/**
 * What names the token that follows as an identifier the customer gives on purpose: "username is
 * Kx9_Delta2", "thumbprint A1B2…", "serial number 04d1…", "order #88310". Such a token stays as typed
 * whatever its shape.
 */
const identifierBefore =
  /(?<![\p{L}])(user ?name|user ?id|user|login name|benutzername|thumbprint|fingerprint|serial( number| no\.?)?|order( number| no\.?| id| ref(erence)?)?|ticket( number| no\.?)?|invoice( number| no\.?)?|reference( number)?|(?:si?gn+\w{0,4}|log+\w{0,5})[- ]?in as|sn|s\/n|((numero|número|numéro|nummer) (di |de |du |da |van )?)?(fattura|factura|facture|factuur|fatura|ordine|pedido|commande|encomenda)|rechnungs?(nummer)?|\/?sha-?(1|256)( hash| thumbprint| fingerprint)?( of (the|my|our|this) \w+)?|\(id|(customer|cust\.?)( number| no\.?| nr\.?| id| #)|account( number| no\.?| id)|case( number| no\.?)?|(key|token|app|tenant)[- ]?id|(number|numero|nr) of (the |my |our )?(order|invoice|customer|account)|thru|through|via|bought (it |them )?(from|at)|hosted (by|with|at)|vat( number)?|phone( number)?|(command|commande|purchase|contract|client|transaction|payment|receipt|tracking|licen[cs]e|certificate|cert|bestell|kunden)(-| )?(number|no\.?|nr\.?|nummer|id)|tracking|caso|dossier|zaak|(compte|conta|cuenta|conto|account) n[°º]|n[°º]|(n[uú]mero|numéro|numero) (de |di )?(s[ée]rie|cliente|client)|seriennummer|serienummer|cliente|kunde|klant|version|versie|ref|(thumbprint|fingerprint|serial)( number)? (ends|starts|begins) (in|with))(\s+(on hand|here|below|again|for reference))?\s*,?\s*(is|was|es|é|è|ist|est|:|=|#)?\s*$/iu;

/** A word every alternative of `identifierBefore` holds: most windows hold none, and this costs a tenth of that test. */
const IDENTIFIER_BEFORE_WORDS =
  /user|log|benutzer|(key|token|app|tenant)[- ]?id|thru|through|via|bought|hosted|thumb|finger|serial|order|ticket|invoice|ref|cust|account|case|vat|phone|command|purchase|contract|client|transaction|payment|receipt|tracking|licen|cert|bestell|kunden|sha|gn|sn|s\/n|fattura|factu|fatura|rechnung|ordine|pedido|commande|encomenda|n[°º]|s[ée]rie|kunde|klant|version|versie|caso|dossier|zaak/i;

const identifierWords = `
  username thumbprint fingerprint serial order ticket invoice reference customer account command purchase contract kundennummer klantnummer bestellnummer ordernummer rechnungsnummer factuurnummer usuario usuário utilisateur utente użytkownik gebruikersnaam identifiant användarnamn brukernavn auftragsnummer bestelnummer bestelling zamówienia kundnummer
`
  .trim()
  .split(/\s+/);

/**
 * Named an identifier by what comes after it: "Tiger_88x is my USERNAME, not the password", or, after
 * "login is", set apart from the password that follows ("login is p3t3r_w00d, the password I've forgotten").
 */
const identifierAfter =
  /^\s+(?:is ?n[o']t|is not|was ?n[o']t|was not) (?:a |my |the )?(?:password|passwort|pin|pw)\b[^.]{0,10}\b(?:it's|it is|that's) (?:my|the|our) (?:user ?name|login|user id|customer number)\b|^\s+(?:is|was|=)\s+(?:just\s+|only\s+)?(?:my|the|our|his|her|their)\s+(?:old\s+|new\s+)?(?:user ?name|user ?id|login name|login id|log-?in|sign-?in name|e-?mail(?: address)?|(?:customer|account) (?:number|no\.?|id|name))\b|^\s+in(?:to| to)?\s+(?:the|my|your)\s+(?:order|customer|account|user ?name|login|e-?mail)(?: number| no\.?| id| name)?\s+(?:field|box|form|slot)\b/iu;
/** "bluefinch77 isn't a password, it's my username"; "I typed 2291-4471 into the order field"; after "the username is …": "odd as it looks, that's definitely the username". */
const insistedUsername = /^[^.]{0,40}\b(that's|that is|it's|it is) (definitely |really |actually |honestly )?(the|my) (username|user name|login name)\b/iu;
const loginBefore = /(?<![\p{L}])log-?in(?: name| id)?\s*(?:is|was|:|=)\s*$/iu;
const passwordApartAfter = /^\s*(?:[,;]|\s(?:and|but))?\s*(?:(?:and|but)\s+)?(?:the|its|my|our)\s+(?:password|pw|pass)\b/iu;
/** "Kx7Qm2Lp is the USERNAEM our agency gave us": the name after "is the", typos and all. */
const nameAfter = /^\s+(?:is|was|=)\s+(?:just\s+|only\s+)?(?:my|the|our|his|her|their)\s+(?:old\s+|new\s+)?(\p{L}+)/iu;
export function namedAsIdentifierAfter(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 60);
  const named = nameAfter.exec(after);
  // "Kx7Qm2Lp is our customer account password": the identifier's name only describes the password.
  const describesAPassword = named !== null && /^(\s+\p{L}+){0,2}\s+(password|passwort|pw|pin|passphrase|pass)\b/iu.test(after.slice(named[0].length));
  return (
    identifierAfter.test(after) ||
    (named !== null && named[1]!.length >= 5 && isIdentifierWord(named[1]!) && !describesAPassword) ||
    (loginBefore.test(text.slice(Math.max(0, start - 20), start)) && passwordApartAfter.test(after)) ||
    (namedAsIdentifier(text, start) && insistedUsername.test(after))
  );
}

/** Whether the words just before `at` name what follows as an identifier, typos and all ("tumbprit", "orrder #"). */
export function namedAsIdentifier(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  if (IDENTIFIER_BEFORE_WORDS.test(before) && identifierBefore.test(before)) return true;
  const words = before.toLowerCase().match(/[\p{L}]+(?=[\s#:=.]*$)|[\p{L}]+(?=\s+(?:is|was|no|number|#)[\s#:=.]*$)/gu) ?? [];
  return words.some((word) => nearIdentifierWord(word));
}

/** A word naming an identifier, typos and all ("emali", "usernmae", "custmer"), and not a password's. */
const nearIdentifierOrLoginWord = rememberedPerWord(
  (word) => !realWordsNearAnIdentifier.has(word) && isNear(word, [...identifierWords, 'email', 'login', 'handle']) && !isNear(word, ['password', 'passwort']),
);
export const isIdentifierWord = (word: string): boolean => nearIdentifierOrLoginWord(word.toLowerCase());

/** Words one letter from an identifier's name that are no typo of it ("the account one of them uses"). */
const realWordsNearAnIdentifier = new Set(['uses', 'used']);

/** Within reach of an identifier's name, and not of a password's. */
const nearIdentifierWord = rememberedPerWord((word) => isNear(word, identifierWords) && !isNear(word, ['password', 'passwort']));

/** Verbs of typing a password in: what follows them, shaped like a password, is one ("tried Summer2019", "changed it to Velvet.Rain.2031"). */
const entryVerbs = [
  'reset',
  'tried',
  'trying',
  'typed',
  'typing',
  'entered',
  'entering',
  'using',
  'changed',
  'pasted',
  'takes',
  'accepted',
  'essayé',
  'essaye',
  'probé',
  'probado',
  'versucht',
  'probiert',
  'geprobeerd',
  'tentei',
  'provato',
];
// "the login took Kiln-Harbor-204 until this morning": what a login took or accepted was typed into it;
// "the dongle keeps refusing kiwi-7-harbor": so was what it refused.
const shortEntryVerbs = new Set(['try', 'type', 'enter', 'used', 'use', 'put', 'set', 'reset', 'paste', 'took', 'accepted', 'take', 'takes']);
const refusalVerbs = new Set(['refuse', 'refuses', 'refused', 'refusing', 'reject', 'rejects', 'rejected', 'rejecting']);
// Typed in, in the customers' other languages ("J'ai tapé Chamonix2020", "ho messo 4471902 come PIN"): matched
// exactly, since their one-letter neighbours are everyday words ("entre", "mess").
const typedInOtherLanguages = new Set(
  'tapé tapée saisi tecleé tecleado introduje ingetypt ingevoerd ingetikt digitei digitado digitato inserito messo probeerde probeerden wpisałem wpisałam wpisalem wpisalam próbowałem próbowałam probowalem probowalam testade provade'.split(
    ' ',
  ),
);
export const entryVerb = (word: string): boolean =>
  [shortEntryVerbs, refusalVerbs, typedInOtherLanguages].some((verbs) => verbs.has(word.toLowerCase())) || isNear(word.toLowerCase(), entryVerbs);

/** Within one edit (two for words of seven letters or more) of one of `words`: customers' typos ("tride", "cahngde", "tumbprit"). */
function isNear(word: string, words: string[]): boolean {
  if (word.length < 4) return false;
  return words.some((candidate) => {
    const allowed = candidate.length >= 7 ? 2 : 1;
    return Math.abs(candidate.length - word.length) <= allowed && editDistance(word, candidate, allowed) <= allowed;
  });
}

/** Names of formats, algorithms, versions and tools that carry digits: "pkcs12", "PKCS#11", "sha256", "Windows11", "v2", "1Password". */
export const isTechnicalName = (core: string): boolean =>
  // "64-character ones", "a 6-digit PIN": a size with its unit says how long a secret is, and is none.
  /^\d{1,3}-?(characters?|chars?|digits?|letters?|symbols?|words?|numbers?|bits?|bytes?)$/i.test(core) ||
  /^(pkcs#?\d+|1password|p12|pfx\d*|x\.?509|sha-?\d+|md5|rsa-?\d+|ecc?-?\d*|ecdsa\d*|p-?\d{3}|tls-?v?\d(\.\d)?|ssl-?v?\d|win(dows)?\d+|ie\d+|iis\d+|java\d+|jdk\d+|node\d+|php\d+|python\d+|ubuntu\d+|debian\d+|macos\d*|ios\d+|android\d+|office\d+|server\d{4}|v\d+(\.\d+)*|\d+(bit|k|mb|gb))$/i.test(
    core,
  );

/** An email address, a URL or a domain name: where to go or whom to write to, never a secret. */
export const isAddress = (core: string): boolean =>
  /@/.test(core) ||
  /^(https?:\/\/|www\.)/i.test(core) ||
  // "Gl4cier.Moss": an ending capitalised like a word is no top-level domain.
  (/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(\/\S*)?$/i.test(core) && !/\.\p{Lu}\p{Ll}+$/u.test(core));
