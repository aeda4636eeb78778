// Whether the customer has the order number, clause by clause: a number given with it, or an order
// named by its id, says they have it; a negation within its clause says they do not; a question about
// it says neither (corpus/README.md).

/** "order ORD-77812", "our order is AL-55019", "order nr 30044712": an order named by its id. */
const ORDER_BY_ID =
  /\borders? (number |no |nr |# |id )?(is |was |: |= |# )?#?\s*([a-z]{0,4}-?\d{4,}|[a-z]{2,4}-[a-z0-9-]*\d{3,}|\d{2,}(-\d{2,}){1,3}(?=\D|$))\b/;
/** Having it, said outright. */
const HAS_IT = /\b(i|we) (have|got|do have|still have|have got)\b(?! (no|not)\b)|\b(i've|we've) (got|still got)\b(?! (no|not)\b)/;

/** Not having it, said of "it" after a question about it: "Will you need the order number? Because I don't have it." */
const DENIES_IT =
  /\b(i|we) (don't|do not|dont|haven't|have not) (have|got) (it|one|that)\b|\b(i|we|i've|we've) never (seen|had|got|received) (it|one)\b|\b(they|he|she|you) never (sent|gave|forwarded|passed on) (me|us) (it|one)\b|\b(je ne l'ai pas|je l'ai pas|no lo tengo|no la tengo|ich habe (sie|ihn|es) nicht|heb ik niet|não o tenho|non ce l'ho)\b/;

/** A sentence that asks: a question mark, or the words a question starts with. */
const QUESTION_START =
  /^\W*((also|and|so|oh|btw|unrelated|but|quick question|on the [\w ]{1,20} form|(i was |i'm |just )?wondering|i wonder)\W+)*(do|does|did|is|are|am|can|could|will|would|should|what|whats|what's|where|wheres|where's|how|which|when|why|if(?! so\b)|whether|wo|ou|donde|onde|est-ce|est ce|braucht|faut)\b/;
/**
 * Whether a sentence naming the order number asks about it: the part of it that names it, between
 * dashes, starts as a question, or ends the sentence on a question mark ("Got the order number in
 * front of me - what else do you want?" asks only about what follows its dash).
 */
const asksAbout = (sentence: string): boolean => {
  const parts = sentence.split(/ - /);
  return (
    (/\?\s*$/.test(sentence) && MENTION.test(parts.at(-1)!)) ||
    parts.some((part) => QUESTION_START.test(part.trim()) && (MENTION.test(part) || !MENTION.test(sentence)))
  );
};
/** Asking whether one has it ("do I have an order number?", "would I still have one if…"), not saying so. */
const HAVING_ASKED = /\b(do|does|did|would|will|should|could|can|might|if|whether) (i|we)( still)? (have|got)\b/g;

/** Not sure whether they have it: "not sure I still have it", "can't tell if it's yours", "kind of think we have it". */
const UNSURE =
  /\b(not sure|unsure|no idea|don't know|do not know|can't tell|cannot tell|couldn't tell you) (if |whether )?(i|we|it's|that's|this is|it is)\b[^.,;]{0,20}\b(have|got|yours|the order number|an order number|the one)\b|\bkind of think (i|we) have\b/;
/** The order number field of a form, not the number: "typing my invoice number into the order number box". */
const FIELD = /\border (number|no|nr) (box|field|form|slot)\b/g;

const MENTION = /\border (number|no|nr|#|id|confirmation)\b|\border numbers\b/;
/** A question about the order number answered by the customer straight after it. */
const ANSWERED = /\border (number|no|nr|#)s? ?\?+ ((yes|yeah|yep|yup|sure|got it|i've got it|i have it|have it|right here)\b|(it's|it is) #?\s*[a-z]{0,4}-?\d)/;
/** …and answered no: "the order number? no, I can't find that email anywhere". */
const ANSWERED_NO =
  /\border (number|no|nr|#)s? ?\?+ (no|nope|nah|sadly not|unfortunately not|not really|don't have it|haven't got it)\b(?! (problem|worries|wait)\b)(?![^.]{0,40}\d{4})/;

/**
 * The order number only asked about or wondered at ("do you need the order number?", "the order
 * number might be in an old email"): neither had nor not, and the models are not asked either.
 */
export function orderNumberAsked(typedT: string, typedAsked = typedT): boolean {
  const [t, asked] = [typedT.replace(FIELD, 'order form'), typedAsked.replace(FIELD, 'order form')];
  // Only the form's field named: nothing said of the number, by the rules or the models.
  if (t !== typedT && !MENTION.test(t)) return !ORDER_BY_ID.test(t);
  if (!MENTION.test(t) || ORDER_BY_ID.test(t)) return false;
  // By clause: "the reference on my statement is 4921-KX-0087, would that be an order number?" asks in its second.
  // `asked` is `t` with the sentence ends that were question marks written "?". Having it or not is read
  // from the clauses that do not ask ("do I have an order number? how would I know" says neither).
  const clauses = asked.split(/(?<=[.!?,;])/).map((clause) => ({ clause, asks: asksAbout(clause) }));
  const statements = clauses
    .filter(({ asks }) => !asks)
    .map(({ clause }) => clause)
    .join(' ');
  // "how do I find my account if all I've got is an order number?" says it has one inside its question.
  const told = clauses.map(({ clause, asks }) => (asks ? clause.replace(HAVING_ASKED, ' ') : clause)).join(' ');
  if (UNSURE.test(t) && !DENIES_IT.test(told)) return true;
  if (HAS_IT.test(told) || DENIES_IT.test(statements)) return false;
  // "order number? got it: 100-48-2271", "you want the order number? it's 20419937": asked and answered at once.
  if (ANSWERED.test(asked) || ANSWERED_NO.test(asked)) return false;
  return clauses.filter(({ clause }) => MENTION.test(clause)).every(({ asks }) => asks) || /\border (number|no|#) (might|may|could) be\b/.test(t);
}

/** "the number of the order": the order number, as non-native English often words it. */
const orderNumberWorded = (text: string): string => text.replace(/\bnumber of (the |my |our )?(original )?order\b/g, 'order number');

export function readOrderNumber(typedT: string, typedAsked = typedT): boolean | undefined {
  const t = orderNumberWorded(typedT).replace(FIELD, 'order form');
  const asked = orderNumberWorded(typedAsked);
  if (!MENTION.test(t) && !ORDER_BY_ID.test(t)) return undefined;
  // "do you need the order number?", "is the 10-digit one the order number?": every sentence naming it asks about it.
  if (orderNumberAsked(t, asked)) return undefined;
  if (ANSWERED_NO.test(asked)) return false;
  if (ORDER_BY_ID.test(t)) return true;
  // "I haven't lost the order number, it's right here": a loss denied is having it.
  if (/\b(haven't|have not|didn't|did not|never) lost (the |my |our )?order (number|no|#)\b/.test(t)) return true;
  // Not having it, said before it in its clause ("haven't got the order number", "zero idea where the order
  // number is"); in "password not working, order number is…" the "not" is the password's.
  const deniedBefore =
    /\b(don't|do not|dont|haven't|haven't got|have not|no longer|not|never|can't find|cannot find|lost|without|no|zero idea|no idea|nothing with|nobody(?![^.,;]{0,30}\b(can|could|log|logs|sign|signs|replied|answered|told|asked|asks|needs|needed|wants)\b)|none of (them|us)|jamais|n'ai pas|n'ai plus|plus de|sans|deleted|binned|threw away|thrown away|supprimé|gelöscht|verwijderd|apaguei|borré|não tenho|nao tenho|no tengo|no tenemos|heb geen|hebben geen|habe keine|haben keine|hab keine)\b[^.,;]{0,30}\border (number|no|nr|#)s?\b/.test(
      t,
    );
  if (deniedBefore && !/\b(do|still) have (the |my |our )?(original )?order (number|no|#)\b|\b(found it|still have it)\b/.test(t)) return false;
  if (DENIES_IT.test(t)) return false;
  // "Order number, no clue", "The order number I have not", "never kept", "went with my old inbox", "order number included".
  if (
    /\border (number|no|nr|#)s? ?[,:-]? (no clue|no idea|none)\b|\border (number|no|nr|#)s?\b[^.;]{0,30}\b((i|we) have not|(i|we) have none|never kept|went with|included|non lo trovo|not there|isn't there|is not there)\b/.test(
      t,
    )
  )
    return false;
  // "the order number though I do still have": said after it.
  if (/\border (number|no|nr|#)\b(?:(?!\bbut\b)[^.,;]){0,20}\b(i|we) (do |still |do still )*(have|got)\b/.test(t)) return true;
  // "Eine Bestellnummer habe ich leider nicht mehr", "lost all the old mail, including whatever order number".
  if (
    /\border (number|no|nr|#)\b[^.,;]{0,25}\b(nicht|kein\w*|pas|nao|não|niet|do not have|don't have|dont have|haven't got|have not got|no longer have)\b|\border (number|no|nr|#)s?\b(?:(?!\b(customer|user ?name|password|login|account)\b)[^.;]){0,40}\b(not with (me|us)|not me|not us|never mine|never ours|not mine|not ours|not (to|at) hand|not on me|nicht zur hand|pas (nous|moi)|(wij|we) (zelf |myself )?niet|(i|we) (don't|do not)( have( it| one)?)?\s*([.!,;]|$))|\border (number|no|nr|#)\b[^.,;]{0,25}\b(no (aparece|encuentro|tengo|tenemos)|doesn't show|does not show|isn't anywhere|is nowhere)\b|\b(whatever|can't give|cannot give|couldn't give|can't send|lost all)\b[^.,;]{0,30}\border (number|no|nr|#)\b/.test(
      t,
    )
  )
    return false;
  // "where would I find the order number??" asks about one: it says neither that the customer has it nor that they don't.
  const asks = /\b(where|how|what|which)\b[^.]{0,30}\b(find|get|locate|look|see|is|was)\b[^.]{0,20}\border (number|no|#)\b/.test(t);
  if (asks && !/\b(i|we) (have|don't have|do not have|haven't got|got|lost)\b/.test(t)) return undefined;
  // A number given with it says they have it, whatever else the message lacks.
  if (/\border (number|no|#)\s*(is |was |: |= |# )?#?\s*[a-z]{0,4}-?\d{4,}/.test(t)) return true;
  // "…order number but lost the password": what is lost there is the password.
  if (
    /\border (number|no|#|confirmation)s?\b[^.,;]{0,25}\b(lost|gone|missing|deleted|don't have|no longer|never (existed|got|received|came|arrived|had|saw|seen))\b(?! (the |my |our )?(password|username|login|email|access)\b)/.test(
      t,
    )
  )
    return false;
  // Had once and lost since ("I had the order number, but it's lost now"; "we used to have it"): the
  // past says nothing of now, what follows the "but" does.
  if (/\bused to have\b[^.;]{0,25}\border (number|no|#)\b/.test(t)) return false;
  if (
    /\border (number|no|#)\b[^.;]{0,40}\b(but|and|though)\b[^.;]{0,40}(\b(it's|it is|its|it was|it got|it has been|that's|that is) (\w+ )?(lost|gone|missing|deleted)\b|\b(lost|deleted|can't find|cannot find|can't locate|no longer have|don't have) (it|that)\b)/.test(
      t,
    ) &&
    !/\b(found it|still have it)\b/.test(t)
  )
    return false;
  // "Will you need the order number? Because I don't have it."
  if (/\border (number|no|#)\b.{0,30}\b(i|we) (don't|do not|haven't|have not) (have|got) (it|one)\b/.test(t)) return false;
  return true;
}
