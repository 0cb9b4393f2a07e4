import { describe, expect, it } from "vitest";
import { discoverPeople } from "../../src/officials/discoverPeople.js";
import { discoverSpeakers } from "../../src/officials/discoverSpeakers.js";

describe("discoverPeople", () => {
  it.each([
    [
      "a déclaré le secrétaire général de l'OTAN, Jens Stoltenberg, à l'issue",
      "Jens Stoltenberg",
      "secrétaire général de l'OTAN",
    ],
    [
      "Son homologue polonais, Zbigniew Rau, a pour sa part affirmé",
      "Zbigniew Rau",
      "homologue polonais",
    ],
    [
      "German Foreign Minister Annalena Baerbock meets",
      "Annalena Baerbock",
      "German Foreign Minister",
    ],
    [
      "a souligné le porte-parole du Kremlin Dmitri Peskov avant",
      "Dmitri Peskov",
      "porte-parole du Kremlin",
    ],
    [
      "Antony Blinken, le nouveau secrétaire d'Etat américain, a déclaré",
      "Antony Blinken",
      "secrétaire d'Etat américain",
    ],
    [
      "United States Secretary of State Antony Blinken said",
      "Antony Blinken",
      "United States Secretary of State",
    ],
    [
      "La présidente de l'UE Ursula von der Leyen a insisté",
      "Ursula von der Leyen",
      "présidente de l'UE",
    ],
    // A former post is said so, before the name and after it.
    [
      "Valls s'est rendu auprès de l'ancien président Shimon Peres.",
      "Shimon Peres",
      "ancien président",
    ],
    [
      "Roger Karoutchi, ancien secrétaire d'État, a réagi.",
      "Roger Karoutchi",
      "ancien secrétaire d'État",
    ],
    [
      "Selon l'ancienne ministre Audrey Azoulay, tout va bien.",
      "Audrey Azoulay",
      "ancienne ministre",
    ],
    [
      "L'ancien Premier ministre François Fillon a parlé.",
      "François Fillon",
      "ancien Premier ministre",
    ],
  ])("%s → %s (%s)", (sentence, name, role) => {
    expect(discoverPeople(sentence)).toContainEqual(expect.objectContaining({ name, role }));
  });

  it("takes the gender from the role's article ('la ministre') and from honorifics", () => {
    expect(
      discoverPeople("a exigé la ministre des affaires étrangères britannique, Liz Truss."),
    ).toEqual([
      { name: "Liz Truss", role: "ministre des affaires étrangères britannique", gender: "f" },
    ]);
    expect(discoverPeople("a déclaré M. Haliva lors d'une cérémonie")).toEqual([
      { name: "Haliva", role: null, gender: "m" },
    ]);
  });

  it("reads a lawyer's 'Me' as an honorific, not inside a title-case run", () => {
    expect(discoverPeople("a plaidé Me Pauline Manesse devant le tribunal")).toEqual([
      { name: "Pauline Manesse", role: null, gender: null },
    ]);
    expect(discoverPeople('sur la chanson "Look What You Make Me Do" de Taylor Swift')).toEqual([]);
  });

  it("does not discover names without a role: credits, captions, passing references", () => {
    expect(
      discoverPeople("Des soldats sur la ligne de front, le 7 janvier. ANDRIY DUBCHAK / AP"),
    ).toEqual([]);
    expect(
      discoverPeople("Blinken lors d'une conférence. (Jonathan Nackstrand/Pool Photo via AP)"),
    ).toEqual([]);
    expect(
      discoverPeople("préparées par le ministère de la Vérité d'Orwell, et la presse"),
    ).toEqual([]);
  });
});

describe("discoverSpeakers", () => {
  it("finds people named in attributions, with or without a role", () => {
    expect(
      discoverSpeakers(`"Ce sont des citoyens", s'était insurgé Bruno Donnet après la diffusion.`),
    ).toEqual(["Bruno Donnet"]);
    expect(
      discoverSpeakers(`"Des citoyens", a précisé un responsable de la Croix-Rouge Marc Zyltman.`),
    ).toEqual(["Marc Zyltman"]);
    expect(
      discoverSpeakers("Pascal Pavageau, secrétaire général de FO, a expliqué qu'il s'agissait"),
    ).toEqual(["Pascal Pavageau"]);
    // An object pronoun before the inverted verb.
    expect(discoverSpeakers(`"Vous revenez à taux plein", lui assure Sibeth Ndiaye.`)).toEqual([
      "Sibeth Ndiaye",
    ]);
  });

  it("does not take the complement of a noun, or an organisation, for the speaker", () => {
    expect(
      discoverSpeakers(`"Ce n'est pas possible", assure le frère de Nordahl Lelandais.`),
    ).toEqual([]);
    expect(discoverSpeakers("Selon CBS New York, aucune arme n'a été utilisée.")).toEqual([]);
    // A name in apposition to a noun of a clause with its own verb is not the speaker after it.
    expect(
      discoverSpeakers(
        "Les enquêteurs ont perquisitionné la société voisine, Normandie Logistique, touchée par l'incendie, a indiqué une source judiciaire.",
      ),
    ).toEqual([]);
    // After a subordinate clause, the name is the main clause's subject.
    expect(
      discoverSpeakers(
        "Alors que les syndicats ont appelé à la grève, Jean Dupont, maire de Lyon, a expliqué qu'il restait.",
      ),
    ).toEqual(["Jean Dupont"]);
    expect(discoverSpeakers(`"Pour autant, il faut rester prudent", prévient Matignon.`)).toEqual(
      [],
    );
  });
});
