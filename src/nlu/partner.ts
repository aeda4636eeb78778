// Whether the customer's account is an ALTAIRE partner account (hard rule: never reset one). Only a
// statement counts: ALTAIRE asked about ("what is ALTAIRE?", "how would I know if mine is one?"),
// guessed at ("might've been ALTAIRE, no idea"), denied or left is not one, as corpus/README.md labels it.
import { affirmed } from './negation.js';

/**
 * ALTAIRE named and then denied or left: "ALTAIRE isn't ours", "we used to be with altaire but moved", "never dealt with them",
 * "nothing to do with ALTAIRE", "a competitor of ALTAIRE".
 * A symptom after the name denies nothing: "the password on our altaire account isn't working" is theirs.
 */
const DENIED =
  /\b(keine?|kein|geen|nicht bei|niet bij|no somos|non siamo|nao somos)\b[^.]{0,10}\baltaire\b|\b(thought|assumed|believed|said) (it was|it's|we were|we're) (with |through )?altaire\b[^.]{0,20}\bbut\b|\baltaire\b[^.,]{0,15}\b(isn't|is not|nein|not ours|no longer)\b(?! (\w+ )?(work|works|working|accept|accepts|accepting|take|takes|taking|let|lets|letting|load|loads|loading|open|opens|opening|recogni[sz]ed?|valid|exist|exists|available|reachable)\b(?! with (us|me|them)\b))|\b(used to be|were|was) (with|through|on) altaire\b[^.]{0,25}\b(moved|switched|left|changed)\b|\baltaire\b[^.]{0,50}\bbut ours (isn't|is not|was never|wasn't)\b|\b(left|quit|dropped|moved away from) altaire\b|\baltaire\b[^.]{0,40}\b(never (heard of|dealt with|used|bought from) (them|it)|not (a )?customers? of theirs|nothing to do with (them|us))\b|\b(use|uses|used|using) altaire for (our |the |my )?(?!(certificates?|certs?|ssl|account|login|password)\b)\w+|\bnever (heard of|dealt with|used|bought from) altaire\b|^altaire [.?] (no|nope|nah)\b/;

/**
 * ALTAIRE asked about, not said: what or who it is, whether one's account is one of theirs or the CA one of theirs ("is ALTAIRE a partner of yours?"),
 * what happens to its accounts, or whether to go through it ("should I be going through ALTAIRE?").
 */
const ASKED =
  /\b(what|who)('s| is| are) altaire\b|\b(is|are) altaire\b[^.?]{0,30}\b(one of )?your (partners?|resellers?)\b|\b(how|where) (would|do|can|could) (i|we) (know|tell|find out|check)\b[^.?]{0,40}\baltaire\b|\b(are|do|can|will|would|does) (the )?(altaire|partner accounts from altaire)\b[^.?]{0,20}\b(customers|accounts|users|ones)?\b[^.?]{0,20}\b(able|affected|use|need|have to|get)\b|\bwhat if\b[^.?]{0,40}\baltaire\b|\bshould (i|we) (be )?(go|going|contact|talk|ask)\w* (through|to|via|with) altaire\b|\b(do|does) (i|we) (need|have) to go (through|via) altaire\b|\b(you|you guys|your company) work with altaire\b|\b(do|does|would|will) (i|we) (need|have) to be (an? )?altaire\b|\b(become|becoming) (an? )?altaire\b|\b(does|do|will|would|can|could) altaire (handle|do|manage|reset|look after|deal with|take care of|own|run)\b|\b(trabajan|travaillez|arbeiten) (con|avec|mit) altaire\b/;

/** ALTAIRE guessed at: "might've been ALTAIRE", "ALTAIRE I think? not sure", "could be ALTAIRE's software, could be something else". */
const HEDGED =
  /\b(might|may|could|must)('ve| have)? (been|be) (through |with |via )?altaire\b|\b(perhaps|possibly|maybe|probably) (through |with |via )?altaire\b|\baltaire\b[^.]{0,30}( [.?] [^.]{0,10})?\b(not sure|no idea|dunno|or (maybe |perhaps )?(some|the|an?) (other|web|reseller|host))\b(?! (if|whether|what))|\b(not sure|no idea|don't know) (if|whether) (it|we|it was|we were|it's|we're)\b[^.]{0,20}\baltaire\b/;

/** Said as theirs without the name again: "No idea what's going on at ALTAIRE's end, but my account is through them". */
const THROUGH_THEM = /\baltaire\b[^.]{0,60}\b(my|our) (account|certificates?|certs?|login) (is|are|was|were) (through|with|via) (them|they)\b/;

const NO_PARTNER =
  /\b(no partner|not (through|via) (a |any )?partner|nobody else involved|no one else involved|not through (a |any |the )?(host|reseller|partner)[^.]{0,40}\b(anyone|anybody) else)\b/;

/**
 * ALTAIRE set apart ("nothing to do with ALTAIRE", "a competitor of ALTAIRE, not ALTAIRE itself") or asked about as the
 * CA's partner ("is ALTAIRE a partner of yours?", "are you part of ALTAIRE?", "does being with ALTAIRE change…"): taken out
 * before reading, so that ALTAIRE said elsewhere in the message ("we're with ALTAIRE. Are you part of ALTAIRE?") still counts.
 */
const SET_APART_OR_ASKED =
  /\bnothing to do with altaire\b|\b(competitors?|rivals?|competition) (of|to) altaire\b|\baltaire's (competitors?|rivals?)\b|\bnot altaire itself\b|(^|[.!?,] )(is|was) altaire (a |an |one of )?(your )?(partners?|resellers?|affiliates?|subsidiary|part of)\b|(^|[.!?,] )(are|is|were) (you|you guys|your company) (part of|owned by|related to|connected to|affiliated with|the same (company|firm|business|people) as|(a|an) (partner|reseller) of) altaire\b|\bis altaire the same (company|firm|business) as (you|yours)\b|\bare (you|you guys) and altaire the same\b|\b(does|would|will|could) being (with|through|on) altaire\b/g;

/** `altaire` when said to be the customer's partner, `none` when ALTAIRE or any partner is named only to be ruled out. */
export function readPartner(typed: string): 'altaire' | 'none' | undefined {
  if (!/\baltaire\b/.test(typed)) return NO_PARTNER.test(typed) ? 'none' : undefined;
  const t = typed.replace(SET_APART_OR_ASKED, ' ');
  if (!/\baltaire\b/.test(t)) return 'none';
  if (THROUGH_THEM.test(t)) return 'altaire';
  const said = affirmed(t, /\baltaire\b/) && !DENIED.test(t) && !ASKED.test(t) && !HEDGED.test(t);
  return said ? 'altaire' : 'none';
}
