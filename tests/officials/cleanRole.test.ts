import { describe, expect, it } from "vitest";
import { cleanRole } from "../../src/officials/cleanRole.js";

describe("cleanRole: a role phrase is never cut mid-phrase", () => {
  it.each([
    ["ministre sous", "ministre"],
    ["directrice de cabinet de", "directrice de cabinet"],
    ["homologue sous", "homologue"],
    ["directeur de campagne de", "directeur de campagne"],
    ["maire sortante de Paris et ses rivales", "maire sortante de Paris"],
    ["ambassadeur en Israël sous l'ex-président américain", "ambassadeur en Israël"],
    ["sénateur ex-socialiste Didier Guillaume qui remplace", "sénateur ex-socialiste"],
    ["secrétaire général de l'OTAN", "secrétaire général de l'OTAN"],
    ["German Foreign Minister", "German Foreign Minister"],
    [
      "ministre de l'Europe et des Affaires étrangères",
      "ministre de l'Europe et des Affaires étrangères",
    ],
    [
      "secrétaire d'État à l'Égalité entre les femmes et les hommes",
      "secrétaire d'État à l'Égalité entre les femmes et les hommes",
    ],
    ["vice-présidente de LR dimanche 11 mars", "vice-présidente de LR"],
    ["conseiller d'opposition explique", "conseiller d'opposition"],
    ["premier chef du Pentagone après l'arrivée en 2017", "premier chef du Pentagone"],
    ["ministre de l'Environnement sur BFMTV", "ministre de l'Environnement"],
    ["députée EELV du Calvados entre 2012 et 2017", "députée EELV du Calvados"],
    [
      "rapporteur de la commission d'enquête sur l'affaire",
      "rapporteur de la commission d'enquête sur l'affaire",
    ],
  ])("%s → %s", (phrase, clean) => {
    expect(cleanRole(phrase)).toBe(clean);
  });

  it("gives nothing when no clean phrase is left", () => {
    expect(cleanRole("de la")).toBeNull();
  });
});
