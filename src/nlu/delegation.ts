// A login an owner made for their helper (delegated), or none made for anyone, said in the words
// customers pick: a verb of granting, what was granted (a login, a user, access, credentials) and the
// helper it went to, in one clause and either order ("I added the freelancer as a user", "gave the web
// developer his own access", "our agency logs in with a user I created"). roles.ts reads these beside
// its own phrases. A question about making one says nothing, and staff are no helpers.
import { affirmed } from './negation.js';
import { helpers } from './helper-words.js';

const GRANTED = String.raw`(made|make|created|create|set up|setup|gave|give|given|granted|grant|added|add|issued|provided|handed out|assigned|opened|registered)`;
const ACCESS = String.raw`(login|logins|log-in|sub-?logins?|sub-?accounts?|users?|user accounts?|access|credentials|accounts?|seats?)`;
/** A helper from outside: not one on the staff ("our in-house developer", "my business partner"). */
const HELPER = String.raw`(?<!\b(in-house|inhouse|staff|internal|own) )${helpers}`;
const TO_HELPER = String.raw`(my|our|the|an?) (outside |external )?${HELPER}`;

/** Who granted it: "I", "we", or nobody named at the start of a clause or after "and" ("Gave the developer a sub-login", "…, and created a user for…"). */
const GRANTER = String.raw`(\b(i|we) (\w+ ){0,2}|^|[,;] |\band (also )?)`;
const GRANTED_TO_HELPER = new RegExp(
  [
    // "…for", and in the languages customers mix in ("ho creato un login per il nostro sviluppatore").
    String.raw`${GRANTER}${GRANTED}\b[^.;?]{0,40}\b${ACCESS}\b[^.;?]{0,40}\b(for|to|per|para|pour|fur|voor|dla) ${TO_HELPER}\b`,
    String.raw`${GRANTER}${GRANTED} ${TO_HELPER}\b[^.;?]{0,30}\b${ACCESS}\b`,
    String.raw`${GRANTER}${GRANTED} (for|to) ${TO_HELPER}\b[^.;?]{0,20}\b${ACCESS}\b`,
    String.raw`${GRANTER}(added|add) ${TO_HELPER} (as|to) (a |an |the )?(user|account|login)\b`,
    // "set our web designer up with access to the SSL"
    String.raw`${GRANTER}(set|sets|setting) ${TO_HELPER} up with (a |an |the |their |his |her )?(own )?(\w+ )?${ACCESS}\b`,
    // "yes, I set one up for our IT contractor": the login asked about, by "one".
    String.raw`\b(i|we|i've|we've)( have| already| just| actually| did)* (made|created|set|gave|opened|registered|added) one (up )?(for|to) ${TO_HELPER}\b`,
    // "For our web agency I have created one user", the helper said first.
    String.raw`\b(for|to) ${TO_HELPER}( ,)? (i|we) (\w+ ){0,2}${GRANTED} (\w+ ){0,2}${ACCESS}\b`,
    String.raw`\b${HELPER}\b[^.;?]{0,30}\b(logs? in|signs? in|logs? on|uses?)\b[^.;?]{0,20}\b${ACCESS} (that )?(i|we) (made|created|set up|gave|granted)\b`,
  ].join('|'),
);
const GRANTING_DENIED =
  /\b(not|never|haven't|have not|hasn't|didn't|did not)\b[^.;?]{0,15}\b(handed out|made|created|set up|given|gave|granted|added)\b[^.;?]{0,20}\b(any )?(logins?|sub-?logins?|users?|accounts?|access)\b|\bno (sub-?logins?|extra users|other users|additional users|extra logins)\b|\bzero logins\b/;

/** "No, I did NOT make a login for the developer", "I never created a login for a developer": the grant denied. */
const GRANT_NEGATED = new RegExp(String.raw`\b(not|never|didn't|haven't|hasn't|did not|have not)\b[^.;?]{0,20}\b${GRANTED}\b`);

/** Asking whether to make one ("Should I make a separate login for the guy…?", "is it possible to add our agency as a user"). */
const ASKED = /^\s*(should|shall|can|could|may|is it possible|do i|do we|would|whether)\b/;

const clauses = (t: string) => t.split(/(?<=[.;?!])\s+/);

/** `pattern` said in a clause that does not ask whether to do it ("Should I make a login for…?"). */
export function statedNotAsked(t: string, pattern: RegExp): boolean {
  return clauses(t).some((clause) => !ASKED.test(clause) && affirmed(clause, pattern));
}

/**
 * "My daughter does the website, so I made her a login", "…the ISO login I made for them has stopped
 * working": the helper named before, granted to by pronoun.
 */
const GRANTED_BY_PRONOUN = new RegExp(
  [
    String.raw`\b(i|we) (\w+ ){0,2}?${GRANTED} (him|her|them) (a |an |his |her |their )?(own )?${ACCESS}\b`,
    String.raw`\b(i|we) (\w+ ){0,2}?${GRANTED} (a |an |the |his |her |their )?(own )?(\w+ )?${ACCESS} for (him|her|them)\b`,
    String.raw`\b${ACCESS} (that |which )?(i|we) (\w+ )?${GRANTED} (for|to) (him|her|them)\b`,
    String.raw`\b(i|we) (\w+ )?set (that|the|this|a|an|his|her|their) (\w+ )?${ACCESS} up for (him|her|them)\b`,
    String.raw`\b(i|we) (\w+ )?set (him|her|them|my \w+|our \w+) up with (a |an |the |their |his |her )?(own )?(\w+ )?${ACCESS}\b`,
    String.raw`\b${ACCESS}\b[^.;?]{0,30}\b(i|we) (\w+ )?(made|created|set up|setup|set it up|opened|registered) (it )?for (him|her|them)\b`,
  ].join('|'),
);
const HELPER_NAMED = new RegExp(String.raw`\b(${HELPER}|son|daughter|nephew|niece|brother|sister|cousin|husband|wife|friend|grandson|granddaughter)\b`);

export function grantedToHelper(t: string): boolean {
  return clauses(t).some(
    (clause) =>
      !GRANTING_DENIED.test(clause) &&
      !GRANT_NEGATED.test(clause) &&
      (statedNotAsked(clause, GRANTED_TO_HELPER) || (statedNotAsked(clause, GRANTED_BY_PRONOUN) && helperNamedBefore(t, clause))),
  );
}

/** A helper named before the grant by pronoun, in its own clause or the ones before it. */
function helperNamedBefore(t: string, clause: string): boolean {
  // "I'm the webmaster for a bakery, I set up a login for them": the customer is the helper, "them" the clients.
  const before = t.slice(0, t.indexOf(clause) + clause.search(GRANTED_BY_PRONOUN)).replace(SELF_DESCRIBED, ' ');
  return HELPER_NAMED.test(before) && !/\b(in-house|inhouse|staff|internal|own|employees?)\b/.test(before);
}
const SELF_DESCRIBED = new RegExp(String.raw`\b(i'm|i am|we're|we are|as|i run|we run|i work as|i own)( the| a| an| your)?( \w+){0,2} ${helpers}`, 'g');

export function grantingDenied(t: string): boolean {
  return GRANTING_DENIED.test(t);
}
