// A value the customer guesses at with no cue word before it: "maybe it was Falcon2019?", "it's either 'nightowl' or
// 'nightowl!'", "Vielleicht war es Eichhorn77?", "forse era Colosseo80?", "the one with the dog's name, rexrex2016, I
// think". What a customer tries to recall in a chat about getting in is what they type to get in: a password. A value
// named as a user name or a number, an address, a file, a product or a code is not one.
import type { Range } from './passphrases.js';
import { shapedAsOtherThing, valueNamedAsIdentifier } from './values-said-to-fail.js';

/** The guess said before the value, in the languages customers write in. */
const GUESS_BEFORE = new RegExp(
  String.raw`(?:\b(?:maybe|perhaps|possibly|probably)(?: it(?:'s|’s| is| was))?|\bit(?:'s|’s| is| was) (?:either|probably|maybe|perhaps)|\bor (?:maybe|perhaps|was it)|\b(?:was it|could it be|could it have been|might have been)|\bi(?:'m| am) (?:sure|pretty sure|fairly sure) it(?:'s|’s| is| was)|\bi think it(?:'s|’s| is| was)|\bvielleicht(?: war es| ist es| war's)?|\boder (?:doch|vielleicht)|\bwar es|\bforse(?: era| è| è stato)?|\bo forse|\bpeut-être(?: que c'était| c'était| était-ce)?|\bc'était peut-être|\bou (?:bien|peut-être|era|seria)|\bquizás?(?: era| sea| fue)?|\btal vez(?: era| sea)?|\btalvez(?: fosse| seja| era)?|\bmisschien(?: was het| is het)?|\bof (?:was het|misschien)|\bmoże(?: to było| było)?|\bkanske(?: var det| är det)?|\bbelki(?: de)?)\s*[:,]?\s*['"‘“]?$`,
  'iu',
);
/** The guess said after it: "rexrex2016, I think", "Falcon2019 maybe?". */
const GUESS_AFTER = /^['"’”]?\s*(?:,\s*)?(?:i think|i believe|i guess|maybe|probably|perhaps|glaube ich|je crois|credo|creo)\b/iu;
const TOKEN = /(?<![\p{L}\p{N}_@.#/\\-])[\p{L}\p{N}][^\s,;:"'“”‘’()?…]{3,40}/gu;
/** Letters with a digit or a symbol, as passwords are built ("Ravenwood_1", "ILoveHorses!!"); a plain word only quoted. */
const passwordShaped = (value: string, quoted: boolean) => /\p{L}/u.test(value) && (/\d|[!#$%&*+~^]/u.test(value) || (quoted && /^\p{L}{4,}$/u.test(value)));

/**
 * The thing guessed at, by the nearest word naming one before the value: "username maybe BakeryBob_01?", "non ricordo
 * con quale nome utente… Forse marco.bellini78?" guess at a user name; "the pfx pw … its Larch_7731 or maybe larch7731" at a password.
 */
const IDENTIFIER_WORD =
  /\b(?:user ?names?|usernames?|user id|login name|login id|logins?|e-?mails?|customer (?:number|no|id)|account (?:number|name|id)|order|ticket|host ?name|host|domain|subdomain|serial|client id|alias|(?:reseller|promo|discount|voucher|error|product|activation) code|company|brand|user|admin|common name|san|server|product|csr|kundennummer|n[uú]mero de cliente|num[ée]ro (?:de )?client|klantnummer|nome utente|benutzername|identifiant|usuario|usuário|gebruikersnaam|nazwa użytkownika|användarnamn|kullanıcı adı)\b/giu;
const SECRET_WORD =
  /\b(?:pass ?words?|pw|pass|passphrase|pin|passwort|kennwort|mot de passe|contraseña|senha|wachtwoord|hasło|lösenord|şifre|parola|phrase)\b/giu;
const lastAt = (pattern: RegExp, text: string) => Math.max(-1, ...[...text.matchAll(pattern)].map((match) => match.index));
const guessAtIdentifier = (before: string) => lastAt(IDENTIFIER_WORD, before) > lastAt(SECRET_WORD, before);

/** The other value offered after a guess: "either 'nightowl' or 'nightowl!'", "Eichhorn77 oder Eichhorn78". */
const OTHER_AFTER_GUESS = /\b(?:or|oder|o|ou|of|oppure|eller|albo|lub|veya|yoksa)\s*['"‘“]?$/iu;

/** Some word of a guess anywhere, tested first: most messages guess at nothing, and the token scan costs a tenth of a millisecond. */
const ANY_GUESS =
  /maybe|perhaps|possibly|probably|either|was it|could it|might|sure it|i think|i believe|i guess|vielleicht|oder|war es|forse|peut-être|c'était|ou bien|quiz|tal vez|talvez|misschien|of was het|może|kanske|belki|glaube|je crois|credo|creo/i;

export function valuesGuessedRanges(text: string): Range[] {
  if (!ANY_GUESS.test(text)) return [];
  const ranges: Range[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const value = match[0].replace(/\.+$/, '');
    const at = match.index;
    const before = text.slice(Math.max(0, at - 40), at);
    const after = text.slice(at + value.length);
    const quoted = /['"‘“]$/u.test(before) && /^['"’”]/u.test(after);
    const guessed = GUESS_BEFORE.test(before) || GUESS_AFTER.test(after) || (ranges.length > 0 && OTHER_AFTER_GUESS.test(before));
    if (!guessed || !passwordShaped(value, quoted) || shapedAsOtherThing(value) || valueNamedAsIdentifier(text, at, value)) continue;
    if (guessAtIdentifier(text.slice(Math.max(0, at - 160), at))) continue;
    ranges.push([at, at + value.length]);
  }
  return ranges;
}
