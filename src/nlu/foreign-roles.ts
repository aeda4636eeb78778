// Who the customer is, in the other languages customers write in (German, French, Spanish, Italian,
// Dutch, Portuguese): the words of the role rules (roles.ts) put into the English those rules read, a
// word or a short phrase at a time, so that a sentence built differently still says its role. The
// relatives and outside helpers who set things up, what they did ("eingerichtet", "configurou"), the
// clients a webmaster works for, and doing it oneself. foreign.ts runs these after its own phrases.

export const W = (words: string) => new RegExp(String.raw`(?<!\p{L})(?:${words})(?!\p{L})`, 'gu');
/** "My" and "our" before a relative or a helper, in each language ("mi yerno", "il mio cognato", "o meu vizinho"). */
/** "My" and "our" before a relative or a helper, in each language ("mi yerno", "il mio cognato", "o meu vizinho", "vår webbyrå"). */
const MY =
  '(?:mi|mis|mein|meine|meinem|meinen|mon|ma|il mio|la mia|mio|mia|meu|minha|o meu|a minha|mijn|unser|unsere|unserem|notre|nuestro|nuestra|nosso|nossa|o nosso|a nossa|onze|il nostro|la nostra|vår|vårt|våra)';

/** Each relative's or helper's noun in English, with "my" where the customer's language had one. */
export function helperNouns(nouns: Record<string, string>): [RegExp, string][] {
  return Object.entries(nouns).flatMap(([english, words]): [RegExp, string][] => [
    [W(`${MY} (?:${words})`), ` my ${english} `],
    [W(words), ` ${english} `],
  ]);
}

export const ROLE_PHRASES: [RegExp, string][] = [
  // Relatives and friends who do the site (English: "my brother-in-law set it all up").
  ...helperNouns({
    'brother-in-law': 'schwager|beau-frère|beau frère|cuñado|cognato|zwager|cunhado',
    'son-in-law': 'schwiegersohn|gendre|yerno|genero|schoonzoon|genro',
    neighbour: 'nachbar|nachbarin|voisin|voisine|vecino|vecina|vicino|vicina|buurman|buurvrouw|vizinho|vizinha',
    cousin: 'cousine|cugino|cugina',
  }),
  // Outside helpers: a firm or a person from outside, not staff.
  [
    W(
      "externer dienstleister|externen dienstleister|dienstleister|prestataire( informatique| web)?|consultant externe|consultante externe|consulente esterno|consulente esterna|consultor externo|consultora externa|externe ict'er|ict'er|externe it-partner|it-partner|it-dienstleister|empresa externa|ditta esterna|société externe|zzp'er",
    ),
    ' it contractor ',
  ],
  [
    W('(mi|mio|il mio|meu|o meu|o nosso|nuestro|el) (informático|informatico|técnico|tecnico)|il tecnico|el técnico|o técnico|l[ae] technicien(ne)?'),
    ' my it contractor ',
  ],
  // What such a helper did.
  [
    W(
      'eingerichtet|eingestellt|installiert|aufgesetzt|opgezet|ingericht|ingesteld|geïnstalleerd|configurou|configurado|configuró|configurato|configurata|configuré|configurée|montado|montó|installé|installée|instalado|instalou|instaló|installato|impostato',
    ),
    ' set up ',
  ],
  [
    W(
      "s'occupe de|s'occupait de|kümmert sich um|kümmerte sich um|se encarga de|se encargaba de|si occupa di|si occupava di|ci pensa|cuida de|cuidava de|tratou d[eoa]|trata d[eoa]|zorgt voor|zorgde voor",
    ),
    ' handles ',
  ],
  [W('geregeld'), ' handled '],
  // One of them ("a un cliente", "per un cliente", "de um cliente meu").
  [W('(a|para|per|pour|für|voor|de|di) (un|uno|um|einen|een) (cliente|client|kunden|klant)( meu| mio| mine)?'), ' for a client of mine '],
  // Those a webmaster works for ("pour mes clients", "per conto dei miei clienti", "voor zo'n twintig klanten").
  [
    W(
      "(für|pour|para|per|voor)( conto dei| conto di| rekening van)? (meine|unsere|mes|nos|mis|nuestros|meus|nossos|i miei|i nostri|mijn|onze|zo'n \\S+|\\d+|plusieurs|varios|vari|diversi|meerdere|vários) (kunden|clients|clientes|clienti|klanten)",
    ),
    ' for my clients ',
  ],
  [
    W(
      "(une|d'une|de una|di una|una|uma|van een|de uma|von einer) (vingtaine|dizaine|douzaine|quinzaine|veintena|decena|quincena|ventina|decina|quindicina|twintigtal|tiental|vijftiental|vintena|dezena|quinzena) (de|di|van) (pme|entreprises|sociétés|empresas|aziende|clients|clientes|clienti)|(für|pour|para|per|voor) (\\d+|zwanzig|zehn|vingt|dix|veinte|diez|venti|dieci|twintig|tien|vinte|dez) (firmen|unternehmen|entreprises|pme|empresas|aziende|bedrijven|klanten|kunden|clients|clientes|clienti)",
    ),
    ' for twenty clients ',
  ],
  [
    W(
      '(dei|de mes|de nos|de mis|de nuestros|van mijn|van onze|dos meus|dos nossos|der|meiner|unserer) (miei |nostri )?(clienti|clients|clientes|klanten|kunden)',
    ),
    ' of my clients ',
  ],
  [W('(gère|gérons|gestiono|gestionamos|gestisco|gestiamo|beheer|beheren|verwalte|verwalten|betreue|betreuen|cuido|curo|curiamo)'), ' i manage '],
  // Doing it oneself.
  [W('selber|moi-même|eu mesmo|eu mesma|yo mismo|yo misma|io stesso|io stessa|zelf'), ' myself '],
  [W('achetés|acheté|achetée|comprado|comprados|comprati|comprato|gekocht|koop|kaufe|achète|compro'), ' bought '],
  [W("ich kümmere mich um|je m'occupe (?:des|du|de)|me encargo (?:de|del)|mi occupo (?:dei|del|di)|eu cuido d[eoa]s?|ik zorg (zelf )?voor"), ' i handle '],
  // A login made for a helper ("j'ai créé un accès pour", "criei um acesso para", "aangemaakt voor").
  [
    W(
      "(j'ai|j'avais) créé|(ich habe|ich hatte|hab) (\\S+ ){0,3}angelegt|(he|había) creado|creé|(ho|avevo) creato|heb (\\S+ ){0,4}aangemaakt|criei|tinha criado",
    ),
    ' i created ',
  ],
  [W('gemacht|gemaakt|fatto|fatti|fatta|fatte|fait|hecho|feito|gedaan'), ' made '],
  [W('un accès|um acesso|un acceso|un utente|un accesso|een account|een login|einen zugang|einen login'), ' a login '],
  // Bought oneself, in the order the words arrived in: "hab ich selber gekauft", "je les ai achetés moi-même".
  [W('((ich|ik|eu|yo|io)\\s+)?myself\\s+bought|(les|los|las|li|sie|ze|os)\\s+((ai|habe|hab|heb|ho|he)\\s+)?bought\\s+myself'), ' i bought them myself '],
];

/**
 * "Ich", "mijn", "nuestro": the pronouns the role rules hinge on, put into English last, and only in a
 * message already found to be in another language (English has "EU", "mes" and "io" of its own).
 */
export const PRONOUNS: [RegExp, string][] = [
  [W('ich|ik|eu|yo|io'), ' i '],
  [W('mein|meine|meinen|meinem|meiner|mijn|meu|minha|meus|minhas|mis|mon|mes|mio|mia|il mio|la mia|i miei'), ' my '],
  [W('klanten|kunden|clientes|clienti'), ' clients '],
  [W('(de|di|van|dos|das|von|der)\\s+my clients'), ' of my clients '],
  [W('unser|unsere|unseren|unserem|unserer|onze|nosso|nossa|nossos|nuestro|nuestra|nuestros|notre|nostro|nostra|il nostro|la nostra'), ' our '],
];
