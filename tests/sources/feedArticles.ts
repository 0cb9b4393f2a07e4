import type { FeedItem } from "../../src/sources/types.js";

/** Three real-shaped French news items on the corpus's topics, each with its own words. */
export const THREE_ITEMS: readonly FeedItem[] = [
  {
    guid: "urn:live:1",
    url: "https://live.test/otan-sommet?utm_source=rss",
    title: "L'OTAN resserre les rangs face à Moscou",
    text: "Les alliés de l'OTAN ont affiché leur unité mardi à Bruxelles face aux exigences de Moscou. Le secrétaire général de l'OTAN a rappelé que la porte de l'Alliance atlantique restait ouverte. Les ministres ont promis une réponse écrite commune aux propositions russes avant la fin de la semaine. La réunion du Conseil OTAN-Russie doit se tenir mercredi, pour la première fois depuis deux ans.",
    teaser: false,
    published: "2026-01-14T09:00:00Z",
  },
  {
    guid: "urn:live:2",
    url: "https://live.test/geneve-pourparlers",
    title: "À Genève, Sherman et Riabkov poursuivent leurs pourparlers",
    text: "Les pourparlers américano-russes se sont poursuivis lundi à Genève entre Wendy Sherman et Sergueï Riabkov. La délégation américaine a jugé les entretiens francs et directs, sans percée sur les garanties de sécurité. Moscou réclame une réponse écrite sur l'élargissement de l'Alliance, que Washington refuse d'exclure.",
    teaser: false,
    published: "2026-01-14T12:00:00Z",
  },
  {
    guid: "urn:live:3",
    url: "https://live.test/iran-vienne",
    title: "Nucléaire iranien : reprise des discussions à Vienne",
    text: "Les négociations sur le nucléaire iranien ont repris à Vienne avec les délégations de Téhéran et des puissances signataires. Les diplomates européens ont évoqué des progrès sur l'enrichissement de l'uranium, sans accord à ce stade. Israël a de nouveau mis en garde contre tout allègement des sanctions visant l'Iran.",
    teaser: false,
    published: "2026-01-14T15:00:00Z",
  },
];
