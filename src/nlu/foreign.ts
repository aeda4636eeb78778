// Words and phrases of the languages customers mix into English, put into the English words the
// rules and the models read (normalise in text.ts calls this before anything else).
import { helperNouns, PRONOUNS, ROLE_PHRASES } from './foreign-roles.js';
import { SWEDISH_TURKISH_PHRASES } from './foreign-sv-tr.js';

/**
 * "Password" in the languages customers mix into English (the secret detector knows the same cues):
 * the rest of the message is read as the English around it is, so the need is not lost with the word.
 */
const FOREIGN_PASSWORD =
  /(?<!\p{L})(passwort|kennwort|wachtwoord|mot de passe|contraseña|contrasena|senha|palavra-passe|palavra passe|пароль|hasło|hasła|hasla|haslo|lösenord|adgangskode|salasana|şifre)(?!\p{L})|密码|密碼|パスワード|비밀번호/gu;

/**
 * Whole phrases of the languages customers write in (German, French, Spanish, Dutch, Portuguese,
 * Italian), put into the English words the rules read, so a sentence in another language states its
 * need as the English one does. Matched before accents are stripped; English words stay as typed.
 */
const FOREIGN_PHRASES: [RegExp, string][] = [
  // Portuguese "no"/"na" is "in the" ("tenho o número da encomenda no e-mail"), never the English "no": only after a Portuguese word.
  [
    /(?<!\p{L})n[oa](?<=(?<!\p{L})(tenho|temos|encomenda|número|numero|está|senha|guardei|recebi|recebemos|aparece)(?!\p{L})[^.]{0,40}n[oa]) (?=(e-?mail|meu|minha|nosso|nossa|site|portal|painel|conta|recibo|fatura)(?!\p{L}))/gu,
    ' in the ',
  ],
  [
    /(?<!\p{L})(benutzername|benutzernamen|benutzerkennung|nom d'utilisateur|nombre de usuario|gebruikersnaam|nome de usuário|nome de utilizador|nome utente|användarnamnet|användarnamn|brukernavnet|brukernavn|brugernavnet|brugernavn|nazwa użytkownika|nazwę użytkownika|nazwy użytkownika|kullanıcı adı|kullanıcı adımı)(?!\p{L})/gu,
    ' username ',
  ],
  [
    /(?<!\p{L})(brauche (kein|keine|keinen)( neues| neue| neuen)?|no necesito (una? )?(nueva |nuevo )?|não preciso de (uma? )?(nova |novo )?)(?!\p{L})/gu,
    " don't need a new ",
  ],
  [
    /(?<!\p{L})(kundennummer|numéro client|numéro de client|número de cliente|klantnummer|número do cliente|numero cliente|codice cliente|numero di cliente|kundnummer|kundnumret|kundenummer|kundenummeret|numer klienta)(?!\p{L})/gu,
    ' customer number ',
  ],
  [
    /(?<!\p{L})(bestellnummer|auftragsnummer|num[ée]ro de commande|n[úu]mero de pedido|n[úu]mero de orden|bestelnummer|ordernummer|n[úu]mero da encomenda|n[úu]mero do pedido|numero d'ordine|numero (di )?ordine)(?!\p{L})/gu,
    ' order number ',
  ],
  // "(commande CMD-88213)", "(Auftrag 4471902)": an order named by its id.
  [/(?<!\p{L})(commande|auftrag|bestellung|pedido|encomenda|ordine|bestelling)(?=\s+[\p{L}]{0,4}-?\d)/gu, ' order '],
  [
    /(?<!\p{L})(code-?signing-?zertifikat\w*|codesignatur\w*|codesignier\w*|signature de code|certificat de signature( de code)?|firma de código|firma del codice|firma de codigo|codeondertekening\w*|assinatura de código|code signing-certificaat)(?!\p{L})/gu,
    ' codesigning ',
  ],
  [
    /(?<!\p{L})(zertifikat|zertifikate|zertifikats|certificat|certificats|certificado|certificados|certificaat|certificaten|certificato|certificati)(?!\p{L})/gu,
    ' certificate ',
  ],
  [
    /(?<!\p{L})(vergessen|oublié|oubliée|olvidé|olvidado|olvidada|esqueci|esquecida|esquecido|vergeten|dimenticato|dimenticata|je ne me souviens (plus|pas) d[e']|je ne me rappelle (plus|pas)|no recuerdo|no me acuerdo de|não me lembro d[oae]|não lembro( d[oae])?|weiß (ich |wir )?(auch |leider )?nicht mehr|weet (ik )?(ook )?niet meer|non ricordo|non mi ricordo|tampoco (recuerdo|me acuerdo)|je ne (sais|connais) plus|não sei mais|ist mir entfallen|sind mir entfallen|entfallen|jag minns inte|jeg husker ikke|jeg kan ikke huske|nie pamiętam|me he olvidado de|non ricordo più|weet ik niet meer|weet niet meer|zapomniałam|zapomniałem|zapomnialam|zapomnialem)(?!\p{L})/gu,
    ' forgot ',
  ],
  [
    /(?<!\p{L})(funktioniert nicht( mehr)?|klappt nicht( mehr)?|geht nicht( mehr)?|ne marche (pas|plus)|ne fonctionne (pas|plus)|no funciona|ya no funciona|não funciona|werkt niet( meer)?|non funziona( più)?|wird abgelehnt|не работает|no entra|não entra|non entra( più)?|est refusé|es rechazada|wordt geweigerd|é recusada|me la rechaza|la rechaza|rechaza|nie działa|nie działają|przestał działać|przestało działać|parou de funcionar|dejó de funcionar|dejo de funcionar|a cessé de fonctionner|hat aufgehört zu funktionieren|ha smesso di funzionare|est rejeté|wird nicht (mehr )?akzeptiert)(?!\p{L})/gu,
    " doesn't work ",
  ],
  [
    /(?<!\p{L})(ich kann mich nicht (mehr )?anmelden|ich komme nicht (mehr )?rein|je n'arrive (pas|plus) à me connecter|je ne peux (pas|plus) me connecter|no puedo (iniciar sesión|entrar)|ya no puedo entrar|não consigo (entrar|acessar|fazer login)|ik kan niet (meer )?inloggen|ik kom niet (meer )?binnen|non riesco ad accedere)(?!\p{L})/gu,
    " can't login ",
  ],
  [
    /(?<!\p{L})(welches konto|welchem konto|quel compte|cuál cuenta|qué cuenta|en qué cuenta|welk account|welke account|qual conta|em que conta|quale account)(?!\p{L})/gu,
    ' which account ',
  ],
  [/(?<!\p{L})(sprechen|reden|parler|hablar|praten|spreken|falar|parlare|rozmawiać|porozmawiać|prata|konuşmak)(?!\p{L})/gu, ' talk '],
  // "accepteert de pincode niet meer", "akzeptiert die PIN nicht mehr": the negation after what is refused.
  [/(?<!\p{L})(accepteert|akzeptiert)\s+((?:\S+\s+){0,4}?)(niet|nicht)( meer| mehr)?(?!\p{L})/gu, " doesn't accept $2 "],
  [/(?<!\p{L})(n'accepte (plus|pas)|ya no acepta|no acepta|non accetta( più)?|não aceita( mais)?|nie akceptuje)(?!\p{L})/gu, " doesn't accept "],
  [/(?<!\p{L})(pincode|pin-code|code pin|código pin|codice pin|kod pin|pin-kod|pinkod)(?!\p{L})/gu, ' pin '],
  [/(?<!\p{L})(firm(ie|a|ą|y) hostingow\p{L}*|hostingodawc\p{L}*)(?!\p{L})/gu, ' hosting company '],
  [/(?<!\p{L})(płaciliśmy|zapłaciliśmy|zapłaciłem|zapłaciłam|płaciłem|płaciłam)(?!\p{L})/gu, ' we paid '],
  [/(?<!\p{L})w pakiecie z hostingiem(?!\p{L})/gu, ' came with our hosting package '],
  [
    /(?<!\p{L})(proszę o połączenie|połączcie mnie|połącz mnie) z (konsultantem|konsultantką|człowiekiem|pracownikiem|osobą|kimś)(?!\p{L})/gu,
    ' please connect me to a person ',
  ],
  [/(?<!\p{L})(het gaat om|es geht um|il s'agit d[eu']|se trata d[e']|si tratta d[i']|chodzi o|det gäller)(?!\p{L})/gu, " it's about "],
  [/(?<!\p{L})(diretamente|directamente|direttamente|directement|rechtstreeks|bezpośrednio)(?!\p{L})/gu, ' directly '],
  [
    /(?<!\p{L})(keine ahnung|aucune idée|je n'en ai aucune idée|ni idea|no tengo (ni )?idea|geen idee|geen flauw idee|não faço ideia|não faço a menor ideia|nessuna idea|non ne ho idea|nie mam pojęcia|ingen aning|ingen anelse)(?!\p{L})/gu,
    ' no idea ',
  ],
  // "nunca creé un login para nadie más": a login never made for anyone.
  [
    /(?<!\p{L})(nunca (he )?(creé|creado|hice|hecho|di|dado)|jamais (créé|fait|donné)|n'ai jamais (créé|fait|donné)|habe nie( \p{L}+)? (erstellt|angelegt|gemacht|eingerichtet)|nooit (\p{L}+ )?(aangemaakt|gemaakt)|nunca (criei|fiz|dei)|non ho mai (creato|fatto|dato)|nigdy nie (utworzyłem|utworzyłam|założyłem|założyłam))(?!\p{L})/gu,
    ' never created ',
  ],
  [
    /(?<!\p{L})(para nadie( más)?|pour personne( d'autre)?|für niemand(en)?( sonst)?|voor niemand( anders)?|para ninguém|per nessuno|dla nikogo)(?!\p{L})/gu,
    ' for anyone ',
  ],
  // "il numero d'ordine … non ce l'abbiamo più", "die Bestellnummer haben wir nicht mehr": what we no longer have.
  [
    /(?<!\p{L})(non ce l'abbiamo( più)?|non ce l'ho( più)?|non l'abbiamo( più)?|haben wir nicht( mehr)?|habe ich nicht( mehr)?|hab ich nicht( mehr)?|nous ne l'avons (plus|pas)|on ne l'a (plus|pas)|je ne l'ai (plus|pas)|no lo tenemos|ya no lo tenemos|no la tenemos|ya no la tenemos|no lo tengo|ya no lo tengo|hebben we niet( meer)?|heb ik niet( meer)?|não (o |a )?temos( mais)?|já não (o |a )?temos|nie mamy|nie mam go)(?!\p{L})/gu,
    " we don't have it ",
  ],
  [/(?<!\p{L})(einloggen|anmeldung|se connecter|connexion|iniciar sesión|inloggen|accedere)(?!\p{L})/gu, ' login '],
  [/(?<!\p{L})(iemand|jemand|jemanden|quelqu'un|alguien|alguém|qualcuno)(?!\p{L})/gu, ' someone '],
  [/(?<!\p{L})(perdón|perdon|pardon|entschuldigung|desculpa|desculpe|scusa|scusi)(?!\p{L})/gu, ' sorry '],
  [/(?<!\p{L})(scaduto|scaduta|scaduti|caducado|caducada|caducó|abgelaufen|expiré|expirée|verlopen|expirou|expirado|expirada)(?!\p{L})/gu, ' expired '],
  [/(?<!\p{L})(chiuso fuori|ausgesperrt|gesperrt|bloqueado|bloqueada|bloqué|bloquée|geblokkeerd|bloccato|bloccata)(?!\p{L})/gu, ' locked '],
  // "wie lange ist der Link gültig?", "hoeveel keer mag je…": how long, how many times.
  [/(?<!\p{L})(wie lange|combien de temps|cu[áa]nto tiempo|cu[áa]nto tarda|hoe lang|quanto tempo|quanto dura|por quanto tempo)(?!\p{L})/gu, ' how long '],
  [
    /(?<!\p{L})(wie oft|wie viele (male|versuche)|combien de fois|cu[áa]ntas veces|cu[áa]ntos intentos|hoeveel keer|hoe vaak|quante volte|quantas vezes)(?!\p{L})/gu,
    ' how many times ',
  ],
  // "nur zur Info", "simple curiosité", "domanda generale": only asking, nothing wrong.
  [
    /(?<!\p{L})(nur zur info|nur aus neugier|reine neugier|frag(e)? nur( mal)?( vorsichtshalber)?|allgemeine frage|(simple |juste |par |pure )+curiosité|question générale|(solo |sólo |pura )?por curiosidad|pregunta general|(só |apenas )?por curiosidade|pergunta geral|(solo |pura )?per curiosità|chiedo solo( per capire)?|domanda generale|(gewoon )?uit nieuwsgierigheid|algemene vraag)(?!\p{L})/gu,
    ' just curious ',
  ],
  // "(het is) niet mijn X maar mijn Y": "it's not my X but my Y".
  [/(?<!\p{L})(het is\s+)?niet\s+(mijn|de|het)\s+(\p{L}+)\s+maar(\s+mijn)?(?!\p{L})/gu, " it's not my $3 but my "],
  [
    /(?<!\p{L})(me passer|passez-moi|me mettre en relation avec|pásame con|páseme con|verbinden sie mich mit|verbinde mich mit|me passe para|passami)(?!\p{L})/gu,
    ' connect me to ',
  ],
  // A password or user name said wrong or not known any more: "ist 'onjuist'", "sale 'contraseña incorrecta'", "weiß ich mein eigenes Passwort nicht mehr".
  [
    /(?<!\p{L})(onjuist|incorrecta|incorrecto|incorrects|incorrecte|incorreta|incorreto|errata|errato|sbagliata|sbagliato|errada|errado|ungültig|ongeldig|falsche|falschen|falscher|falsch|faux|fausse|stimmt (aber |leider )?nicht)(?!\p{L})/gu,
    ' wrong ',
  ],
  [
    /(?<!\p{L})(sigue sin funcionar|continua a non funzionare|werkt nog steeds niet|funktioniert immer noch nicht|ne marche toujours pas|continua sem funcionar)(?!\p{L})/gu,
    " still doesn't work ",
  ],
  [/(?<!\p{L})(weiß|weiss) (ich |wir )?((\p{L}+ ){0,3}?)(passwort|kennwort|benutzername\p{L}*|kundennummer) nicht mehr(?!\p{L})/gu, " don't know my $5 "],
  [/(?<!\p{L})(het )?(wachtwoord|gebruikersnaam|klantnummer) weet niemand meer(?!\p{L})/gu, ' nobody knows the $2 '],
  // "Ich weiß meinen Benutzernamen nicht mehr", "Könnte mich bitte jemand von Ihnen anrufen?"
  [/(?<!\p{L})(weiß|weiss)\s+(meinen|mein|meine|das|den|die|unseren|unser|unsere)\s+(\p{L}+)\s+nicht\s+mehr(?!\p{L})/gu, " don't know my $3 "],
  [/(?<!\p{L})(mich|uns)(\s[^.?!]{0,40}?)?\s(anrufen|zurückrufen)(?!\p{L})/gu, '$2 call me back '],
  [/(?<!\p{L})(peut|pourrait|pouvez-vous|pourriez-vous)\s+m'appeler(?!\p{L})/gu, ' can call me back '],
  [/(?<!\p{L})(lien|enlace|ligação|koppeling)(?!\p{L})/gu, ' link '],
  [/(?<!\p{L})(comparatif|comparativo|comparatore|vergelijkingssite|vergleichsportal)(?!\p{L})/gu, ' comparison '],
  [/(?<!\p{L})(tramite|en passant par|por medio de|através de|via een)(?!\p{L})/gu, ' via '],
  [/(?<!\p{L})bei\s+ihnen\s+im\s+(shop|online-shop|webshop)(?!\p{L})/gu, ' in your shop '],
  [/(?<!\p{L})(bestellt|commandé|encargué|ordinato|besteld|encomendei)(?!\p{L})/gu, ' ordered '],
  [/(?<!\p{L})(ons|mijn)\s+(ict|it)-bedrijf(?!\p{L})/gu, ' our it firm '],
  [/(?<!\p{L})(regelde|regelt|verzorgde|verzorgt)(?!\p{L})/gu, ' handled '],
  [/(?<!\p{L})(pra|para)\s+(vários|varios|muitos|muchos)\s+(clientes)(?!\p{L})/gu, ' for several clients '],
  [/(?<!\p{L})(me )?(puede|pueden|podría|podrían) atender(me)?\s+(una persona|alguien)(?!\p{L})/gu, ' can a person help me '],
  [/(?<!\p{L})(cómo|como)\s+(cambio|restablezco|reseteo|recupero)(?!\p{L})/gu, ' how do i reset '],
  [/(?<!\p{L})(un conseiller|une conseillère|un asesor|una asesora|einem berater|einer beraterin|um consultor|un consulente)(?!\p{L})/gu, ' a person '],
  [
    /(?<!\p{L})(echte menschen|echten menschen|einen echten menschen|ein echter mensch|alguna persona|una persona real|une vraie personne|echte mensen|een echt persoon|uma pessoa real|una persona vera)(?!\p{L})/gu,
    ' a real person ',
  ],
  [/(?<!\p{L})(gibt es|hay|y a-t-il|is er|há|c'è)\s+(bei ihnen\s+)?(auch\s+)?(?=a real person|a person|someone)/gu, ' is there '],
  [
    /(?<!\p{L})(rufen sie mich (bitte )?zurück|ruft mich zurück|rappelez-moi|me rappeler|llámenme|llamarme|bel me terug|mij terugbellen|me ligue de volta|richiamarmi|mi richiami)(?!\p{L})/gu,
    ' call me back ',
  ],
  [
    /(?<!\p{L})(mitarbeiter|mitarbeiterin|einem menschen|einem mitarbeiter|einer person|einen menschen|un humain|une personne|un agent|una persona|un agente|een medewerker|een mens|uma pessoa|um atendente|un operatore|un vostro operatore|un vostro tecnico|un tecnico|z konsultantem|z konsultantką|z człowiekiem|z pracownikiem|z kimś|z osobą|med en människa|med någon|en handläggare|bir insanla|bir temsilciyle)(?!\p{L})/gu,
    ' a person ',
  ],
  // Wanting to talk to someone: "gostaria de falar com", "ik wil graag iemand spreken", "quero falar com".
  [/(?<!\p{L})(ik wil graag|ik wil)\s+(iemand|someone)\s+(spreken|talk)(?!\p{L})/gu, " i'd like to talk to someone "],
  [
    /(?<!\p{L})(gostaria de|quero|quisiera|quiero|vorrei|voglio|je voudrais|je veux|ich möchte|ich will)\s+(talk|falar|hablar|parlare|parler|sprechen)\s+(com|con|avec|mit)(?!\p{L})/gu,
    " i'd like to talk to ",
  ],
  [/(?<!\p{L})(foi desativado|fue desactivado|a été désactivé|wurde deaktiviert|è stato disattivato|is gedeactiveerd)(?!\p{L})/gu, ' was deactivated '],
  [/(?<!\p{L})(separado|separada|séparé|séparée|separater|separates|separato|separata|aparte)(?!\p{L})/gu, ' separate '],
  [/(?<!\p{L})(login|access|acesso|acceso|accès|zugang)\s+separate(?!\p{L})/gu, ' separate login '],
  [/(?<!\p{L})(zurücksetzen|réinitialiser|restablecer|resetten|redefinir|reimpostare)(?!\p{L})/gu, ' reset '],
  [/(?<!\p{L})(la clave|mi clave|clave|kodeord|wachtwoord)(?!\p{L})/gu, ' password '],
  [/(?<!\p{L})(usuario|mi usuario|identifiant|utilisateur|nome utente|utente|gebruiker|usuário)(?!\p{L})/gu, ' username '],
  [/(?<!\p{L})(recuperar|récupérer|wiederherstellen|recuperare|herstellen)(?!\p{L})/gu, ' recover '],
  [/(?<!\p{L})(necesito|brauche|j'ai besoin d[e']|preciso|ho bisogno d[i']|ik heb .{0,20} nodig)(?!\p{L})/gu, ' i need '],
  [/(?<!\p{L})(otra cuenta|autre compte|outra conta|anderen konto|einem anderen konto|un altro account)(?!\p{L})/gu, ' another account '],
  [/(?<!\p{L})(cuentas|konten|kundenkonten|comptes|contas)(?!\p{L})/gu, ' accounts '],
  [/(?<!\p{L})(cuenta|konto|compte|conta|kundenkonto)(?!\p{L})/gu, ' account '],
  [/(?<!\p{L})(wo finde ich|où trouver|où puis-je trouver|dónde encuentro|onde encontro|waar vind ik|dove trovo)(?!\p{L})/gu, ' where do i find '],
  [/(?<!\p{L})(in welchem|dans lequel|en cuál|em qual|in quale)(?!\p{L})/gu, ' in which '],
  [
    /(?<!\p{L})(no aparecen?|n'apparaît pas|n'apparaissent pas|não aparecem?|erscheint nicht|erscheinen nicht|wird nicht angezeigt)(?!\p{L})/gu,
    " doesn't show ",
  ],
  [/(?<!\p{L})(ist weg|sind weg|a disparu|ha desaparecido|sumiu)(?!\p{L})/gu, ' is gone '],
  [/(?<!\p{L})(weg|perdu|perdue|perdido|perdida|perso|persa|kwijt)(?!\p{L})/gu, ' lost '],
  // "celui du certificat…", "la del certificado…": the one of the thing named next.
  [/(?<!\p{L})(pas|no|nicht|niet|non) (celui du|celle du|el del|la del|quello del|quella del|die vom|die des)(?!\p{L})/gu, ' not the one for the '],
  [
    /(?<!\p{L})(celui du|celle du|celui de la|celle de la|el del|la del|el de la|la de la|quello del|quella del|die vom|die des|die van de|die van het)(?!\p{L})/gu,
    ' the one for the ',
  ],
  [/(?<!\p{L})(haben wir noch|habe ich noch|hebben we nog|heb ik nog|(?<!(no|tampoco|ni) )lo tengo|je l'ai)(?!\p{L})/gu, ' i still have '],
  [/(?<!\p{L})no,? (espera|espere|attends|attendez|warte|wacht|aspetta)(?!\p{L})/gu, ' no wait '],
  [/(?<!\p{L})(no lo sé|no sé|je ne sais pas|não sei|weiß ich nicht|weet ik niet|non lo so)(?!\p{L})/gu, " i don't know "],
  [/(?<!\p{L})(weiß ich (aber |ja )?noch|weiss ich (aber |ja )?noch|weet ik nog|lo sé|je le connais)(?!\p{L})/gu, ' i still know '],
  [
    /(?<!\p{L})(server di posta|serveur de messagerie|serveur mail|servidor de correo|servidor de e-?mail|mailserver|e-mailserver)(?!\p{L})/giu,
    ' mail server ',
  ],
  // Polish: a login of its own for the certificates, made by a helper, gone since the change.
  [/(?<!\p{L})(nasz|nasza|nasze|naszego|naszej|naszym)(?!\p{L})/gu, ' our '],
  [/(?<!\p{L})(mój|moja|moje|mojego|mojej|moim)(?!\p{L})/gu, ' my '],
  [/(?<!\p{L})(osobny login|osobne konto|oddzielny login|oddzielne konto)(?!\p{L})/gu, ' separate login '],
  [/(?<!\p{L})tylko (do|dla) certyfikatów(?!\p{L})/gu, ' only for certificates '],
  [/(?<!\p{L})od (czasu )?zmiany( systemu| logowania)?(?!\p{L})/gu, ' since the change '],
  [/(?<!\p{L})(założył|założyła|utworzył|utworzyła|ustawił|ustawiła) (nam|mi)(?!\p{L})/gu, ' set up for us '],
  [
    /(?<!\p{L})(funciona bien|funciona perfectamente|funciona normalmente|fonctionne (bien|normalement)|marche bien|funziona (bene|normalmente|regolarmente)|funktioniert (ganz )?(gut|einwandfrei|normal)|werkt (wel )?(prima|goed|gewoon)|werkt wel|funciona bem|działa (normalnie|dobrze|bez problemu)|fungerar (bra|fint))(?!\p{L})/gu,
    ' works fine ',
  ],
  // "je connais mon identifiant, c'est le mot de passe que j'ai oublié": knowing one half names the other as the trouble.
  [/(?<!\p{L})(?<!(?:non|no|não|ne) )(je connais|conozco|conosco|eu conheço)(?= (mon|ma|mes|le|la|mi|il|o|meu|minha) )(?!\p{L})/gu, ' i know '],
  // Knowing or seeing a thing not, its verb apart from its negation: "ich kenne den Benutzernamen nicht", "ik zie mijn certificaten niet".
  [/(?<!\p{L})ich kenne (den|die|das|meinen|meine|unseren|unsere)\s+(\S+)\s+nicht(?!\p{L})/gu, " i don't know the $2 "],
  [/(?<!\p{L})ik zie (mijn|de|onze)\s+(\S+)\s+niet(?!\p{L})/gu, " i can't see my $2 "],
  [/(?<!\p{L})(je ne retrouve (plus|pas)|no encuentro|não encontro|ich finde (\S+ ){0,3}nicht)(?!\p{L})/gu, " i can't find "],
  [/(?<!\p{L})(mi|el|su|tu|mon|le) (usuario|utilisateur)(?!\p{L})/gu, ' my username '],
  [/(?<!\p{L})(mit )?welchem (benutzer)?namen(?!\p{L})/gu, ' which username '],
  [/(?<!\p{L})(retrouvé|encontré|encontrei|gefunden|trovato|gevonden)(?!\p{L})/gu, ' found '],
  [/(?<!\p{L})(revendeur|revendedor|revendedora|rivenditore|wederverkoper|händler|wiederverkäufer|revenda)(?!\p{L})/gu, ' reseller '],
  [
    /(?<!\p{L})(empresa de hospedagem|provedor de hospedagem|hébergeur|hebergeur|offre d'hébergement|hébergement|hebergement|hospedagem|alojamiento web|proveedor de hosting|hosting-anbieter|società che ospita|webhoster)(?!\p{L})/gu,
    ' hosting company ',
  ],
  [/(?<!\p{L})(zugang|zugriff|acceso|accès|acesso|accesso|toegang)(?!\p{L})/gu, ' access '],
  [/(?<!\p{L})(independente|independiente|indépendant|indépendante|unabhängige[nrs]?|indipendente|onafhankelijke?)(?!\p{L})/gu, ' independent '],
  // Who the customer is: their helpers ("mi sobrino", "meine Agentur"), and those they work for.
  ...helperNouns({
    son: 'hijo|sohn|fils|filho|figlio|zoon',
    daughter: 'hija|tochter|fille|filha|figlia|dochter',
    nephew: 'sobrino|neffe|neveu|sobrinho|nipote|neef',
    agency: 'agencia|agence|agentur|webagentur|agência|agenzia|webbureau',
    developer: 'desarrollador|développeur|entwickler|webentwickler|webentwicklerin|desenvolvedor|sviluppatore|ontwikkelaar|programador|programmeur',
    'it contractor': 'it-dienstleister|it-konsult|it-consultant|it-bedrijf|it-firma|webbyrå|webbyra',
    designer: 'diseñador|diseñadora|webdesigner|webdesignerin|concepteur|webontwerper|webbouwer|websitebouwer|websitemaker',
  }),
  [/(?<!\p{L})(mi|mein|mon|il mio|meu|o meu|mijn) webmaster(?!\p{L})/gu, ' my webmaster '],
  [/(?<!\p{L})(gestisce|gérait|gère|gestionaba|gestiona|gestiva|verwaltete|betreute|skötte|sköter|beheerde|cuidaba)(?!\p{L})/gu, ' handled '],
  [
    /(?<!\p{L})(il ragazzo|el chico|le gars|der typ|o rapaz|de jongen) (che|que|qui|der|die) (ci|nos|nous|uns|ons) (ha fatto|hizo|a fait|gemacht hat|fez|heeft gemaakt) (il|el|le|die|o|de) (sito|sitio|site|webseite|website)(?!\p{L})/gu,
    ' the guy who made our website ',
  ],
  // What a helper made, keeping what was made ("hat mir einen Login eingerichtet", "heeft een login voor mij gemaakt").
  [/(?<!\p{L})hat (mir|uns) (.{0,30}?)\s*(erstellt|angelegt|eingerichtet|gemacht)(?!\p{L})/gu, ' made me $2 '],
  [/(?<!\p{L})heeft (.{0,30}?)\s*gemaakt(?!\p{L})/gu, ' made $1 '],
  [/(?<!\p{L})(mi aveva creato|mi ha creato|ci ha creato|ci aveva creato)(?!\p{L})/gu, ' made me '],
  [
    /(?<!\p{L})(hat (mir|uns) .{0,30}(erstellt|angelegt|eingerichtet|gemacht)|m'avait créé|m'a créé|nous a créé|nous avait créé|me creó|nos creó|me criou|nos criou)(?!\p{L})/gu,
    ' made me ',
  ],
  // "hat damals mein Schwager eingerichtet": made, and by whom kept.
  [/(?<!\p{L})hat (.{0,30}?) (erstellt|angelegt|eingerichtet)(?!\p{L})/gu, ' made $1 '],
  [/(?<!\p{L})(heeft|heb|hebben|had|hadden) (.{0,60}?) (gemaakt|aangemaakt|ingesteld|opgezet)(?!\p{L})/gu, ' made $2 '],
  [/(?<!\p{L})(me hizo|hizo|creó|ha creato|a créé|criou|fez)(?!\p{L})/gu, ' made '],
  [/(?<!\p{L})(für (den|das|die|dem)|pour (le|la)|para (el|la|o|a)|voor (de|het)|per (il|la))(?!\p{L})/gu, ' for the '],
  [/(?<!\p{L})(para mí|para mi|pour moi|für mich|para nós|para nosotros|pour nous|für uns|voor mij|voor ons)(?!\p{L})/gu, ' for us '],
  [
    /(?<!\p{L})(mis clientes|mes clients|meine kunden|meinen kunden|meus clientes|i miei clienti|mijn klanten|mein kunde|meinem kunden|meiner kunden|meine klienten|mon client|mi cliente)(?!\p{L})/gu,
    ' my clients ',
  ],
  [/(?<!\p{L})(je suis (le|la)|ich bin (der|die)|soy (el|la)|sou (o|a)|sono (il|la)|ik ben de)(?!\p{L})/gu, " i'm the "],
  [/(?<!\p{L})(je suis|ich bin|yo soy|sou|sono|ik ben)(?!\p{L})/gu, " i'm "],
  [/(?<!\p{L})(propriétaire|eigentümer|eigentümerin|inhaber|inhaberin|dueño|dueña|proprietario|proprietaria|proprietário|eigenaar)(?!\p{L})/gu, ' owner '],
  [
    /(?<!\p{L})(gehören (uns|mir)|è (nostro|nostra|mio|mia)|sont à (moi|nous)|son (nuestros|míos|mios)|são (nossos|meus)|sono (nostri|miei)|zijn van (ons|mij))(?!\p{L})/gu,
    ' are ours ',
  ],
  [/(?<!\p{L})(clients? d'une|cliente de una|clientes de una|kundin einer|kunde einer|kunden einer|klant van een|cliente di una)(?!\p{L})/gu, ' client of an '],
  [/(?<!\p{L})(gestiono|je gère|ich verwalte|ich betreue|gerencio|gestisco|ik beheer)(?!\p{L})/gu, ' i manage '],
  [/(?<!\p{L})(yo mismo|yo misma|moi-même|moi même|selbst|eu mesmo|eu mesma|io stesso|io stessa|zelf)(?!\p{L})/gu, ' myself '],
  [/(?<!\p{L})(compré|j'ai acheté|gekauft|comprei|ho comprato|gekocht)(?!\p{L})/gu, ' bought '],
  // How they bought: a supplier who passes the certificate on with its invoice, or straight from the CA.
  [
    /(?<!\p{L})((nous )?(le |les )?refacture|refactura|ci (manda|invia) la fattura|ci fattura|nos (lo |los )?factura|(uns )?in rechnung stellt|stellt (es |sie )?(uns )?in rechnung|doorfactureert|nos fatura)(?!\p{L})/gu,
    ' invoices us for them ',
  ],
  [/(?<!\p{L})((mich|uns) direkt an (sie|euch) wenden|(me|nous) (contacter|adresser) directement à vous)(?!\p{L})/gu, ' contact you directly '],
  [
    /(?<!\p{L})(direttamente da voi|directement chez vous|directement de vous|directamente de ustedes|directamente con ustedes|direkt bei (ihnen|euch)|rechtstreeks bij (jullie|u)|diretamente (de|com) (vocês|voces|vós))(?!\p{L})/gu,
    ' directly from you ',
  ],
  [
    /(?<!\p{L})(na loja do vosso site|na loja de vocês|en su tienda( online| web)?|en vuestra tienda|dans votre boutique( en ligne)?|sur votre boutique|in eurem shop|in ihrem (online-)?shop|nel vostro (negozio|shop)( online)?|in jullie (web)?winkel)(?!\p{L})/gu,
    ' in your online shop ',
  ],
];

// Swedish and Turkish first: their phrases hold words the others would put into English one by one.
const ALL_PHRASES = [...SWEDISH_TURKISH_PHRASES, ...FOREIGN_PHRASES, ...ROLE_PHRASES];
/**
 * Whether any phrase is there: most messages hold none, and then none of the replacements below can match either (they only
 * ever run on what the ones before them left). Each phrase is tested on its own: one alternation of them all took three times
 * as long on a long message (a third of a millisecond), the engine trying every phrase at every word.
 */
const PHRASE_TESTS = ALL_PHRASES.map(([pattern]) => new RegExp(pattern.source, pattern.flags.replace('g', '')));

/** The lower-cased message with the phrases above in English. */
export function inEnglishWords(lowered: string): string {
  let text = lowered;
  if (PHRASE_TESTS.some((phrase) => phrase.test(text))) for (const [pattern, english] of [...ALL_PHRASES, ...PRONOUNS]) text = text.replace(pattern, english);
  return text.replace(FOREIGN_PASSWORD, ' password ');
}
