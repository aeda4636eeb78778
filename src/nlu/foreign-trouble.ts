// How customers writing German, French, Spanish, Portuguese, Italian, Dutch or Japanese say what is wrong
// and what they want: not getting in, a thing not seen or gone, neither one thing nor the other, a reset
// asked for, a person wanted (and the owner by another name). Whole phrases, put into English for the rules
// only (text.ts, normaliseForRules) before foreign.ts puts single words into English, which would break them up.

/** A phrase of its own words, not the inside of a longer word. */
const phrase = (words: string): RegExp => new RegExp(`(?<!\\p{L})(?:${words})(?!\\p{L})`, 'gu');

export const TROUBLE_PHRASES: [RegExp, string][] = [
  // Not let in: "no me deja entrar", "impossible de me connecter", "non riesco a entrare", "komme nicht mehr rein".
  [
    phrase(
      [
        'no me deja (entrar|acceder|iniciar sesión)',
        'no (puedo|consigo|logro) (acceder|entrar|iniciar sesión)',
        'não me deixa (entrar|acessar|aceder)',
        'não consigo (aceder|logar|iniciar sessão)',
        "impossible d[e'] ?(me connecter|se connecter|accéder|acceder|entrer)",
        "je n'arrive (pas|plus) à (accéder|entrer)",
        'non riesco (più )?(ad? )?(entrare|accedere|collegarmi|fare il login|loggarmi)',
        'non posso (più )?(entrare|accedere)',
        'komme? (ich |wir )?nicht (mehr )?(rein|hinein)',
        'kann mich nicht (mehr )?(einloggen|anmelden)',
        'kom (er )?niet (meer )?in',
      ].join('|'),
    ),
    " can't login ",
  ],
  [phrase('deixou de funcionar|non va più|werkt niet meer'), " doesn't work "],
  [phrase('klopt niet( meer)?|stimmt nicht( mehr)?|no es correct[oa]|não está correct[oa]|non è corrett[oa]'), ' is wrong '],
  // Not seen any more, and where it went.
  [
    phrase(
      [
        'non (si )?(vedono|vede|vedo|vediamo) più',
        'non (vedo|vediamo|trovo|troviamo)',
        'je ne retrouve (plus|pas)',
        'no encuentro',
        'não encontro',

        'je ne (les |le |la )?(vois|trouve) (plus|pas)',
        'on ne (les |le |la )?(voit|trouve) (plus|pas)',
        'no (los |las |lo |la )?(veo|vemos|encuentro|encontramos|encuentran)',
        'não (os |as |o |a )?(vejo|vemos|encontramos|acho)',
        'ich sehe (\\S+ ){0,3}nicht( mehr)?',
        'tauchen (\\S+ ){0,4}?(nicht mehr|nirgends) auf',
        'tauchen in keine[mr]? (\\S+ ){0,3}?(mehr )?auf',
      ]
        .map((words) => `(${words})( (os|as|los|las|les|i|gli))?`)
        .join('|'),
    ),
    " i can't find ",
  ],
  // "Dove sono finiti i nostri certificati?", "¿Dónde están mis certificados?": where the customer's things are.
  [
    /(?<!\p{L})(dove sono( finiti| finite| andati)?|où sont( passés)?|dónde están|onde estão|wo sind|waar zijn)( (i|gli|le|los|las|os|as|die|de))? (nostri|nostre|nos|nuestros|nuestras|nossos|nossas|unsere|onze)(?!\p{L})/gu,
    ' where are our ',
  ],
  [
    /(?<!\p{L})(dove sono( finiti| finite| andati)?|où sont( passés)?|dónde están|onde estão|wo sind|waar zijn)( (i|gli|le|los|las|os|as|die|de))? (miei|mie|mes|mis|meus|minhas|meine|mijn)(?!\p{L})/gu,
    ' where are my ',
  ],
  [
    phrase(
      "dove sono (finiti|finite|andati)|dov'è finit[oa]|ils sont où|elles sont où|où sont(-ils| passés)?|dónde están|onde estão|wo sind (sie|die)( hin)?|waar zijn (ze|die)( gebleven)?",
    ),
    ' where are they ',
  ],
  [
    phrase('(sono )?(spariti|sparite|sparito|scomparsi)|ont disparu|han desaparecido|desaparecieron|sumiram|desapareceram|verschwunden|verdwenen'),
    ' disappeared ',
  ],
  // "Ik ben mijn wachtwoord kwijt", "ich habe mein Passwort verloren".
  [/(?<!\p{L})(ben|zijn|bin) (ik |we )?(mijn|ons|onze|het|de|mein|meine|meinen) (\p{L}+) kwijt(?!\p{L})/gu, ' lost my $4 '],
  // Neither one thing nor the other: "weder meine Kundennummer noch mein Passwort", "ni mi usuario ni mi contraseña".
  // The second "noch / ni" is looked for before the first: the lookbehind tried at every position cost a message's reading 25 µs.
  [/(?<!\p{L})(weiß|weiss|wissen|kenne|kennen|habe|haben) (ich |wir )?weder(?!\p{L})/gu, " don't know "],
  [/(?<!\p{L})(no sé|no recuerdo|no tengo|je ne connais|je n'ai|não sei|non so|non ricordo) (ni|né|nem)(?!\p{L})/gu, " don't know "],
  [
    /(?<!\p{L})(?=(noch|ni|né|nem) )(?<=(?<!\p{L})(ni|né|nem|weder|don't know) .{1,60})(noch|ni|né|nem) (?=(de )?(mein|meine|meinen|unser|unsere|unseren|das|den|die|mi|mis|el|la|mon|ma|mes|le|notre|nos|meu|minha|o|a|il|la mia|il mio)(?!\p{L}))/gu,
    ' or ',
  ],
  [
    phrase(
      "non (ho|abbiamo) dimenticato|no (he|hemos) olvidado|no olvidé|je n'ai pas oublié|nous n'avons pas oublié|não esqueci|não me esqueci|ik ben (\\S+ ){0,3}niet vergeten",
    ),
    " i didn't forget ",
  ],
  [/(?<!\p{L})(ich habe|wir haben) ((\S+ ){0,3}?)nicht vergessen(?!\p{L})/gu, " i didn't forget $2 "],
  // The thing ruled out by name: "non è la password", "no es el usuario", "ce n'est pas le mot de passe", "het ligt niet aan mijn gebruikersnaam".
  [phrase("(ce n'est|c'est) pas un problème de|no es un problema de|non è un problema di|não é um problema de"), ' no problem with the '],
  [phrase("non è quello|no es eso|ce n'est pas ça|não é isso|das ist es nicht|dat is het niet"), " that's not it "],
  [
    phrase(
      "je l'ai (oublié|perdu)e?|(lo|la) (he )?(olvidé|olvidado|perdí|perdido)|l'ho (dimenticat|pers)[oa]|(ich )?hab(e)? (es|ihn|sie) (vergessen|verloren)|esqueci-(o|a)|perdi-(o|a)",
    ),
    ' i forgot it ',
  ],
  // Had, named before: "il nome utente ce l'ho", "le mot de passe, je l'ai" (after "je l'ai oublié" above).
  [/(?<!\p{L})(ce l'(ho|abbiamo)|je l'ai|nous l'avons)(?!\p{L})(?! (pas|plus|jamais|point|oublié|perdu|più|mai)(?!\p{L}))/gu, ' i have it '],
  // What was forgotten, named after it: "lo que olvidé es la contraseña", "ce que j'ai oublié, c'est l'identifiant".
  [
    phrase(
      "lo que no recuerdo|quello che non ricordo|lo que (he )?(olvidé|olvidado|perdí|perdido)|ce que j'ai (oublié|perdu)|quello che ho (dimenticato|perso)|o que (eu )?(esqueci|perdi)|was ich vergessen habe|wat ik (vergeten|kwijt) ben",
    ),
    ' what i forgot ',
  ],
  [phrase("c'est (celui|celle) (de|du|pour)|(es|é|è) (el|la|o|a|quello|quella) (del|de la|do|da|della|di)"), " it's the one for "],
  // A condition: "se non risolvo", "si no funciona", "si ça ne marche pas", "wenn es nicht klappt", "als het niet lukt".
  [
    phrase(
      'se non (risolvo|riesco|funziona)|si no (lo )?(resuelvo|consigo|funciona)|si (ça|cela) ne (marche|fonctionne) pas|wenn (das|es) nicht (klappt|funktioniert)|als het niet lukt|se não (funcionar|conseguir)',
    ),
    " if it doesn't work ",
  ],
  // Asked for later, not now: "c'est pour plus tard", "es para más tarde", "è per dopo", "für später", "voor later".
  [phrase('(pour|para|per|für|voor) (plus tard|más tarde|después|dopo|später|later|depois|mais tarde)'), ' for later '],
  // A person only spoken of, or turned down: "ya hablé con un agente", "pas besoin de parler à quelqu'un".
  [
    phrase("(ya |já )?(hablé|he hablado|falei) con?|j'ai (déjà )?parlé (avec|à)|ho (già )?parlato con|heb (al )?(gesproken|gebeld) met"),
    ' i already spoke to ',
  ],
  [
    phrase(
      "pas besoin de parler (à|avec)|no (necesito|hace falta) hablar con|non (serve|c'è bisogno di) parlare con|não (preciso|é preciso) falar com|ik hoef niet te (praten|spreken) met",
    ),
    ' no need to talk to ',
  ],
  // A call back or a person asked for: "¿me puede llamar alguien?", "alguém pode me ligar?", "vorrei essere richiamato",
  // "j'aimerais être rappelé", "ich brauche einen Rückruf", "mi passate un collega?", "graag een medewerker".
  [
    phrase(
      '(me |nos )?(puede|pueden|podría|podrían) llamar( alguien)?|(alguém|alguem) (pode|podia) (me )?ligar|essere richiamat[oa]|(mi )?(può|potete|puoi) (ri)?chiamare|être rappelée?|(pouvez|pourriez)-vous me rappeler|(können|könnten) sie mich (zurück)?rufen|einen rückruf|teruggebeld (worden)?',
    ),
    ' call me back ',
  ],
  [
    phrase(
      'mi passate (un|una) (collega|operatore|operatrice|tecnico)|pásame con (un|una) (compañero|compañera|agente|persona)|passez-moi (un|une) (collègue|conseiller|conseillère)',
    ),
    ' put me through to a person ',
  ],
  [phrase('graag (een )?(medewerker|mens|persoon)'), ' a person please '],
  // Over and done: "hat sich erledigt", "tutto risolto", "c'est réglé", "ya está resuelto", "opgelost", and found again.
  [
    phrase(
      "(hat sich |ist |alles )?erledigt|(ist |alles )?gelöst|(tutto )?risolto|(c'est |tout est )?(résolu|réglé)|(ya está |ya )?(resuelto|solucionado)|(já está )?resolvido|(is )?opgelost",
    ),
    ' solved ',
  ],
  [
    /(?<!\p{L})((ho|abbiamo|j'ai|nous avons|he|hemos) )?(wiedergefunden|retrouvée?|ritrovat[oa]|(lo |la )?encontrado|(lo |la )?encontré|encontrei|teruggevonden)( (il|la|lo|le|el|los|las|o|a|os|as|de|het)(?!\p{L})| l'|(?!\p{L}))/gu,
    ' found ',
  ],
  // Works, said plainly and ending its clause ("mein Passwort funktioniert, ich habe nur eine Frage"); not "funktioniert … nicht", whose
  // negation comes later, nor "ya funciona / werkt weer / funktioniert wieder", which withheld.ts reads as over and done.
  [
    /(?<!\p{L})(?<!(nicht|niet|non|não|no|ne|pas|plus|ya|já|schon|déjà|già|al|weer|wieder|nog|noch) )(funktioniert|funziona|fonctionne|funciona|werkt)(?=\s*[,.;!]|\s*$|\s+(pero|mais|aber|mas|maar|ma|but)(?!\p{L}))/gu,
    ' works ',
  ],
  // The code-signing token by its name in other languages: "die PIN vom Signatur-Token", "le token de signature".
  [phrase('signatur-?token|token de (signature|firma|assinatura)|token di firma|signeer-?token'), ' signing token '],
  // Not seen, without "any more": "non si vedono", "no veo los certificados", "ik zie … niet", "… sehe ich nicht".
  [
    phrase("non si (vedono|vede)|no (se )?(ven|veo|vemos)|não (vejo|vemos|aparecem|aparece)|ne (s'affichent|s'affiche|apparaissent|apparaît) pas"),
    " can't find ",
  ],
  [/(?<!\p{L})ik zie ((?:\S+ ){0,3}?\S+) niet(?!\p{L})/gu, " i can't find $1 "],
  [/(?<!\p{L})(\S+) sehe? (ich|wir) nicht(?!\p{L})/gu, " i can't find $1 "],
  [/(?<!\p{L})ich finde ((?:\S+ ){0,3}?\S+) nicht(?!\p{L})/gu, " i can't find $1 "],
  // Gone: "de certificaten zijn weg", "die Zertifikate sind weg", "i certificati sono spariti".
  [phrase('zijn weg|sind weg|sono (spariti|sparite|scomparsi)|han desaparecido|desapareceram|sumiram|ont disparu'), ' have vanished '],
  // Of a file, in other languages: "le mot de passe de mon fichier pfx", "hasło do pliku pfx", "das Passwort der PFX-Datei".
  [/(?<!\p{L})do\s+pliku(?!\p{L})/gu, 'of the file'],
  [/(?<!\p{L})(pfx|p12)-?(datei|bestand|filen)(?!\p{L})/gu, '$1 file'],
  [phrase('fichier|archivo|arquivo|bestand|datei|filen|dosyası|dosyasi'), ' file '],
  [
    /(?<!\p{L})(du|del|della|dello|vom|der|des)(?=\s+(?:(?:my|our|the|le|la|el|il|lo|het|den|dem|das|mon|ma|notre|mi|nuestro|nuestra|mio|mia|mein|meiner|meinem|unser|unserer|mijn|onze|meu|minha|nosso|nossa|mojego|naszego)\s+)?(?:pfx|p12|pkcs12|file|token|certificate|cert|keystore|codesigning)(?!\p{L}))/gu,
    'of the',
  ],
  [
    /(?<!\p{L})(de|di|da|von|dla)(?=\s+(?:(?:my|our|the|le|la|el|il|lo|het|den|dem|das|mon|ma|notre|mi|nuestro|nuestra|mio|mia|mein|meiner|meinem|unser|unserer|mijn|onze|meu|minha|nosso|nossa|mojego|naszego)\s+)?(?:pfx|p12|pkcs12|file|token|certificate|cert|keystore|codesigning)(?!\p{L}))/gu,
    'of',
  ],
  // Not this but that: "nicht das Passwort, sondern den Benutzernamen", "no la contraseña, sino el usuario".
  [/(?<!\p{L})(nicht (das|die|der|den)|no (el|la|los|las)|non (il|la|lo)|pas (le|la|les))(?!\p{L})/gu, 'not the'],
  [phrase('sondern|sino'), ' but '],
  // But, where a clause turns: "la contraseña funciona pero no veo…" (not Italian "ma", which is French "my").
  [phrase('pero|mais|aber|mas'), ' but '],
  // Only a question: "una duda de proceso", "es una duda general", "question générale", "allgemeine Frage", "algemene vraag".
  [
    phrase(
      '(una )?duda (de proceso|general)|(une )?question (de procédure|générale)|(una )?domanda (di procedura|generale)|allgemeine frage|frage zum ablauf|algemene vraag|procesvraag|dúvida (de processo|geral)',
    ),
    ' general question ',
  ],
  // Who they are, in words foreign.ts does not know: "sono il titolare", "soy el titular de la cuenta".
  [phrase('titolare|titular'), ' owner '],
  // Asking for a reset: "podem repor?", "puede resetear", "resettare".
  [phrase('repor|resetear|resettare|reiniciar|remettre à zéro'), ' reset '],
  // Wanting a person: "me gustaría que me atendiera una persona", "verbinden Sie mich bitte mit einem Kollegen".
  [phrase("me gustaría|j'aimerais|ich hätte gerne?|ik zou graag"), " i'd like "],
  [/(?<!\p{L})i'd like (hablar|parler|sprechen|spreken|falar|parlare) (con|avec|mit|met|com)(?!\p{L})/gu, " i'd like to talk to "],
  [phrase('que me (atienda|atendiera|atiendan) (una persona|alguien)|que (alguém|uma pessoa) me atenda'), ' a person to help me '],
  [/(?<!\p{L})verbinden sie mich (bitte )?mit (einem kollegen|einer kollegin|jemandem)(?!\p{L})/gu, ' connect me to a person '],
  // Japanese, Chinese and Korean, which have no spaces between words: the words themselves.
  [/担当者|オペレーター|人間の方|人工客服|人工服务|转人工|真人|담당자|상담원/gu, ' a person '],
  [/お話し(したい|できますか|させて)|話したい|話せますか|通话|통화/gu, ' talk '],
  [/ユーザー名|ユーザ名|ユーザーID|用户名|用戶名|사용자 ?이름|아이디/gu, ' username '],
  [/お客様番号|顧客番号|客户编号|客户号/gu, ' customer number '],
  [/証明書|证书|證書|인증서/gu, ' certificate '],
  [/アカウント|账户|账号|帳戶|帳號|계정/gu, ' account '],
  [/忘れ|忘了|忘记|忘記|잊어/gu, ' forgot '],
  [/表示されません|表示されない|見つかりません|見当たりません|找不到|看不到|보이지 않/gu, " can't find "],
  [/ログインできません|ログインできない|无法登录|登录不了|無法登入|로그인할 수 없|로그인이 안/gu, " can't login "],
  [/問題ありません|問題ない|没有问题|沒有問題|문제 없/gu, ' is fine '],
];

const TROUBLE_TESTS = TROUBLE_PHRASES.map(([pattern]) => new RegExp(pattern.source, pattern.flags.replace('g', '')));
/** Whether the lower-cased message holds a phrase above: most hold none, and the rules then read what the models read. */
export const saysForeignTrouble = (lowered: string): boolean => TROUBLE_TESTS.some((phrase) => phrase.test(lowered));

/** The lower-cased message with the phrases above in English, before foreign.ts puts the rest into English. */
export const inRulesEnglish = (lowered: string): string => TROUBLE_PHRASES.reduce((sofar, [pattern, english]) => sofar.replace(pattern, english), lowered);
