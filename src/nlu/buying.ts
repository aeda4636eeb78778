// How the customer bought: through a web host, a reseller, an E-PKI contract, an affiliate's link, or
// directly; read over normalised text (text.ts), negation-aware, with the doubt and questions that
// say no way at all (corpus/README.md).
import type { CustomerType } from '../../machines/domain.js';
import { affirmed } from './negation.js';

const T: Record<Exclude<CustomerType, 'unknown'>, RegExp> = {
  web_host:
    /\b(web ?host|webhost|webhoster|hosting|host|hosts|hoster|hosting provider|hosting company|web ?space|godaddy|hostgator|bluehost|came with (our|my|the) (hosting )?(plan|package))\b/,
  // Or by what a reseller does (reset.unknownType): sends the order link, then asks for the money.
  reseller:
    /\b(sent|send|sends|emailed|mailed|gave|forwarded)(?<!\b(you|your( \w+){0,2}) \w+) (us|me) (a|an|the|their|his|her) (order(ing)? |purchase |payment )?link\b(?=[^.]*\b(paid|pay|invoice|invoiced|invoices|billed|bill|money)\b)|\b(they|he|she)(?<=\b(we|i) paid (?!you\b)[^.]{0,40}(they|he|she)) (sent|emailed|gave) (us|me) (a|the) link to (order|buy|purchase)\b|\b(paid|pay|paying) (him|her|them|the agency|that company|the company|the guy|that guy)\b[^.]{0,40}\bnot (to )?you\b|\b(invoices?|bills?) (come|comes|came) from (?!(you|your|example ca)\b)[^.]{0,40}\bnot (from )?you\b|\b(reseller|resellers|re-seller|resold|resale|distributor|distributors|third-party seller|partner shop)\b|\bsells? your (certs|certificates)\b|\b(they|who|that|which|shop|firm|company|people)( are| is)? (resell|resells|reselling)\b|\bsold us (the|a|our) (cert|certificate|ssl)\b|\b(invoices?|invoiced|bills?|billed|charges?|charged) us\b[^.]{0,20}\b(for )?(them|it|the (certs?|certificates?|ssl))\b|\bon (his|her|their|its) (own )?(invoice|invoices|bill)\b|\b(middleman|middle man|markup|mark-up)\b|\bsend the invoice, not you\b|\bpaid(?<!\b(web ?host|host|hosting|hoster)\b[^.]{0,60}paid) (their|his|her|there) invoice\b|\b(off|from|through|via) (the )?(guys|people|company|firm|folks|lot|outfit|shop) (who|that) (sold|sells|sell) us (?!(our |the |a )?(web ?)?host)(our |the |a )?\w+/,
  epki: /\b(epki|enterprise account|enterprise pki|epki manager|mpki|managed pki|(corporate|enterprise) contract|certificate allowance)\b|\bissue them (ourselves|our self|self)\b|\b(under|through|via|out of|from) (the |our |an? |their )?([\w']+ )?(agreement|contract) with (you|your company)\b|\b(contract|agreement) with (you|your company)\b[^.]{0,40}\b(covers|covering|for) (all|every|each)\b/,
  // Or a link on someone's blog, review or forum that earns them a commission.
  affiliate:
    /\b(blog|blog post|forum|review|newsletter|youtube|video|podcast|influencer|tutorial|article|articles|comparison|top \d+|top (five|ten))\b(?<!\b(your|help|support|the help|your help) (blog|blog post|forum|review|newsletter|youtube|video|podcast|influencer|tutorial|article|articles|comparison|top \d+|top (five|ten)))[^.]{0,60}\b(?<!\b(reset|login|password|verification|activation|confirmation|email) )(link|button|banner)\b(?=[^.]*\b(paid|bought|buy|ordered|purchased|discount|deal|coupon)\b)|\bclicked through from\b[^.]{0,60}\b(blog|article|articles|review|reviews|comparison|video|post|site|page)\b|\b(affiliate|affiliates)\b|\b(bought|buy|purchased|ordered|got|clicked|clicking|following|followed|came|landed|via|through|thru|from)\b[^.]{0,60}\b(link|banner|ad)\b[^.]{0,30}\b(blog|blogs|blogger|blogger's|forum|review|reviews|newsletter|youtube|video|podcast|influencer|docs|tutorial|bio|article|comparison)\b|\blink (on|in|from) (a|an|some|someone's|her|his|their) (\w+ ){0,2}(site|website|page|post|article|blog|bio)\b[^.]{0,40}\b(compare|compares|comparing|reviews?|recommends?|deals?)\b|\b(blog|site|tutorial|article|review|influencer|newsletter)\b[^.]{0,20}\b(whose|their|his|her) (discount |referral )?link\b|\b(gets|earns|got) a commission\b|\b(referral|affiliate) (link|code)\b/,
  // "Your website" says how they bought only next to a purchase: "I tried to log in on your website" does not.
  direct:
    /\b(direct|directly|straight (from|to|off) (you|your)|right off your (site|website|shop)|from you guys|regular account|your online (shop|store)|nobody in between|no middleman|no middle man)\b|\b(bought|buy|purchased|purchase|ordered|paid|got|placed (the|an|my|our) order)\b(?<!\b(tried|trying|try|tries|want|wanted|wants|wanting|going|need|needed|needs|wish|wished|attempted|attempting|planning|plan|meant|meaning) to \w+)[^.]{0,40}\b(on|from|through|via|at) your (site|website|store|shop|web ?shop|checkout|online checkout|payment page)\b|\b(bought|purchased|ordered) (a|an|the|my|our) [^.]{0,30}\bfrom you (myself|ourselves|directly)\b|\b(on|in|at) your (site|website|shop|store|web ?shop|online shop)\b[^.]{0,20}\b(bought|ordered|purchased)\b|\b(invoice|receipt|bill)s? (came|comes|was|is) (straight )?from (you|your company)\b|\bpaid (you|your company)\b|\b(bought|purchased|ordered|paid for)(?<!\b(have|has|had|did) (i|we|they) \w+)( (it|them|one|the \w+|(our|my) \w+))? (straight )?(from|off) (you|your company)\b/,
};

/** Doubt about which it was, wherever it stands: "either a reseller or you directly, I can't remember which". */
export const DOUBT =
  /\b(not sure|no idea|don't know|do not know|dont know|unsure|can't remember|cannot remember|can't recall|don't remember|either|maybe|might have been|could have been|or was it|no clue)\b/;

/** A way of buying offered as a maybe, in its own clause: "maybe the host?", "we may have used a reseller". */
const HEDGED =
  /\b(don't quote me|i want to say|couldn't swear|can't swear|wouldn't swear|something about (a|an|the)|maybe|may have|might have|might've|might be|could have|could be|could've|possibly|perhaps|can't confirm|cannot confirm|can't say|couldn't say|not sure|not (\d+|completely|totally|entirely|fully|quite|really) sure|unsure|no idea|or maybe not|or not|how (can|do|would|could) (i|we) (tell|know|find out))\b|\beither (the |a |an |our |my |your )?[\w-]+( \w+)? or\b|\bor (via|through|thru|from|direct|directly)\b[^.]*\?/;

const I_THINK = /\bi (think|believe|reckon|guess)\b/;
const DOUBLED =
  /\b(not (\d+|a hundred percent|completely|totally|entirely|fully|quite|really) sure|not sure|no idea|don't quote me|no clue)\b(?! (which|what|where|how|if|whether|about|who|of)\b)/;

/** "maybe a dozen certificates": a count said roughly, not a way of buying offered with doubt. */
const ROUGH_COUNT =
  /\b(maybe|perhaps|possibly) (a dozen|a few|half a dozen|a couple|\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|fifty|a hundred)\b/g;

/** Doubt about another thing beside the way of buying: "our reseller went bust and we've no idea which account our certs are in". */
const OTHER_DOUBT =
  /\b(not sure|no idea|don't know|do not know|dont know|unsure|can't remember|cannot remember|no clue) (which|what|where|whose) (\w+ ){0,2}(account|accounts|email|login|username|password|customer number|number|certificates?|certs?)\b/g;

/** Whether the only ways of buying named are offered with doubt (then no type is said, by rules or models). */
export function hedgedCustomerType(t: string): boolean {
  const clauses = t.replace(ROUGH_COUNT, ' ').split(/ [.;,] /);
  const naming = clauses.filter((clause) => (Object.keys(T) as (keyof typeof T)[]).some((type) => T[type].test(clause)));
  // "I think it was our host" is a mild hedge and counts; "I think it was a reseller but not sure" and
  // "I think it was through our host? not sure" do not.
  const doubled = (clause: string) => {
    const next = clauses[clauses.indexOf(clause) + 1] ?? '';
    return DOUBLED.test(clause) || (DOUBLED.test(next) && next.trim().split(' ').length <= 5);
  };
  return naming.length > 0 && naming.every((clause) => (I_THINK.test(clause) ? doubled(clause) : HEDGED.test(clause.replace(OTHER_DOUBT, ' '))));
}

/**
 * The customer is the host ("I host about 30 sites", "we're the hosting and web-design outfit", "the
 * guy who hosts and maintains our site"): hosting named so says nothing of how the certificate was
 * bought, unless the purchase is said to have gone through a host too.
 */
const HOSTING_NOT_BUYING =
  /\b(i|we) (host|hosts|handle hosting|run hosting|do hosting|do the hosting)\b|\b(i|we) (look after|manage|handle|run|do) (the )?hosting and\b|\bhosting (review|comparison|deals?) (blog|site|website|article)\b|\b(i|we) do (\w+ )?(and|&) hosting\b|\b(moved|switched|migrated|changed|transferred) (our|my|the) (web ?)?(hosting|host)\b|\b(we're|we are|i'm|i am) (a|the|an) ([\w-]+ )?(hosting|host)\b(?! (company |provider )?(customer|client)s?\b)|\b(sites?|domains?|restaurants?|shops?|clients?|customers?|businesses) (i|we) host\b|\bhosting[- ](and|&)[- ](web[- ]?)?design\b|\bhosting (customers|clients)\b|\bhosts and (maintains|builds|runs)\b|\bhosting and (building|maintaining)\b|\bhost(s|ing)? (sites|websites) for\b|\b(who|that) (does|do|did|handles|runs) (our|the) hosting\b|\b(my job|i work|work) at (the|a) hosting\b|\b(moved|migrated|switched)\b[^.]{0,25}\bto (a|another|the) new host\b|\b((hosting|host|site|website|sites|websites) (is|are) (with|at|hosted (with|by|at))|(we|i) host with)\b[^.]{0,40}\bbut\b[^.]{0,15}\b((i|we) (\w+ )?(bought|ordered|purchased)|(directly|direct) from|from (you|your (web ?)?site))\b|\b(web ?host|webhost|hosting company|hosting provider|host|hoster)('s)? (support |people |team |guys )?(said|says|told|meinte|sagte|mentioned|warned|pointed|sent|suggested|recommended|advised)\b/;
const PAID_SOMEONE_ELSE =
  /\b(paid|pay|paying) (him|her|them|the agency|that company|the company|the guy|that guy)\b|\b(invoiced|billed) (us|me)\b|\bnot (to )?you\b/;
/** "sold us the certificate" said of a host is the host's sale, not a reseller's. */
const SOLD_US = /\bsold us (the|a|our) (cert|certificate|ssl)\b|\bpaid (their|his|her|there) invoice\b/g;
const BOUGHT_VIA_HOST = /\b(through|via|from|with|thru|over|by) (our|the|a|my|their) (web ?host|webhost|hosting|host|hosting company|hosting provider)\b/;

/** "not a reseller, straight from you", "no, through our host": the way of buying told instead of the one denied, past the denial's reach. */
const TOLD_INSTEAD =
  /\b(not|no|never)\b(?! (sure|idea|clue|certain)\b)([^,.]{0,40}) , (?=(through|thru|via|straight|directly|direct|bought|ordered|purchased)\b)/g;
/** "we didn't buy it from a reseller or a host": the second way of a denied purchase is denied too, however far from the denial. */
const DENIED_LIST =
  /\b(didn't|did not|never|wasn't|weren't)( (buy|bought|purchase|order|get|got|go|come)\b[^,.]{0,30}) or (?=(a|an|the|any|through|thru|via|from|our|my|some) )/g;
const toldInsteadApart = (t: string): string => t.replace(TOLD_INSTEAD, '$1$3 . ').replace(DENIED_LIST, '$1$2 or not ');

/** A way of buying named only where it is denied ("we didn't buy it through a host", "it wasn't direct"): the models are not asked either. */
export function deniedCustomerType(said: string): boolean {
  const t = toldInsteadApart(said);
  const types = Object.keys(T) as (keyof typeof T)[];
  return types.some((type) => T[type].test(t)) && !types.some((type) => affirmed(t, T[type]));
}

export function readCustomerType(t: string): CustomerType | undefined {
  const hostingNotBuying = HOSTING_NOT_BUYING.test(t) && !BOUGHT_VIA_HOST.test(t);
  // "Can someone look at my case directly?", "I'd rather sort this out with someone from your support team
  // directly": a way of being helped, not of buying.
  const read = toldInsteadApart(t).replace(
    /\b(look at|help|talk to|speak to|speak with|contact|call|email|reach|ask)( \w+){0,2} directly\b|\b(with|to) (someone|somebody|a person|a human|an agent|one of (you|your \w+)|your (support|team|staff|people|agents))\b[^.]{0,30}\bdirectly\b/g,
    ' ',
  );
  const hits = (Object.keys(T) as (keyof typeof T)[]).filter((type) => affirmed(read, T[type]) && !(type === 'web_host' && hostingNotBuying));
  // Two ways of buying offered with doubt are the customer not knowing how they bought, which the
  // decision table answers on its own row; the first one named is no answer.
  if (hits.includes('web_host') && hits.includes('reseller') && !affirmed(read.replace(SOLD_US, ' '), T.reseller)) hits.splice(hits.indexOf('reseller'), 1);
  // A link found on a forum or blog that led to paying someone else, not Example CA, is a reseller's order link.
  if (hits.includes('reseller') && hits.includes('affiliate') && PAID_SOMEONE_ELSE.test(read)) hits.splice(hits.indexOf('affiliate'), 1);
  // …doubt about buying, that is, not about a password: "I've no idea what password she used".
  if (hits.length >= 2 && t.split(/ [.;] /).some((sentence) => DOUBT.test(sentence) && hits.some((type) => T[type].test(sentence)))) return 'unknown';
  // "Not sure if it was a reseller or something" names an option, not the answer.
  // "…but I don't know which email or user name the account is under" doubts something else.
  const doubtedOptions = /\b(not sure|no idea|don't know|unsure|can't remember)\b[^.]*\bor\b[^.]*/.exec(t)?.[0];
  if (doubtedOptions !== undefined && hits.some((type) => T[type].test(doubtedOptions))) return undefined;
  // "Direct" is the absence of a partner: a named partner wins ("directly from our reseller").
  const partners = hits.filter((type) => type !== 'direct');
  if (partners.length === 1) return partners[0];
  if (partners.length === 0 && hits.includes('direct')) return 'direct';
  return undefined;
}
