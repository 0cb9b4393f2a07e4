import { describe, expect, it } from "vitest";
import type { Person } from "../../src/officials/person.js";
import { RoleResolver } from "../../src/officials/resolveRole.js";
import { discoveredPerson } from "../helpers/discoveredPerson.js";

const holding = (name: string, roles: string[]): Person => ({
  ...discoveredPerson(name),
  roles,
});

describe("RoleResolver: a role phrase designates who holds that very post", () => {
  const blinken = holding("Antony Blinken", [
    "chef de la diplomatie américaine",
    "secrétaire d'État",
  ]);
  const rogel = holding("Bernard Rogel", ["chef d'état-major particulier"]);
  const macron = holding("Emmanuel Macron", ["président de la République", "chef de l'État"]);
  const deputy = holding("Paul Martin", ["vice-président du Sénat"]);
  const roles = new RoleResolver([blinken, rogel, macron, deputy]);

  it("finds every term of the phrase in one of the person's roles, not across two", () => {
    expect(roles.resolve("chef de l'État", "fr", [])?.name).toBe("Emmanuel Macron");
    expect(roles.resolve("chef de la diplomatie", "fr", [])?.name).toBe("Antony Blinken");
  });

  it("reads a compound as one post: 'état-major' holds no État, 'vice-président' no président", () => {
    expect(
      new RoleResolver([blinken, rogel, deputy]).resolve("chef de l'État", "fr", []),
    ).toBeNull();
    expect(new RoleResolver([deputy]).resolve("président du Sénat", "fr", [])).toBeNull();
    expect(new RoleResolver([deputy]).resolve("vice-président", "fr", [])?.name).toBe(
      "Paul Martin",
    );
  });
});

describe("RoleResolver: outside the article, posts but not professions", () => {
  const lawyer = holding("Yassine Yakouti", ["avocat"]);
  const premier = holding("Édouard Philippe", ["Premier ministre"]);
  const roles = new RoleResolver([lawyer, premier]);

  it("takes 'le Premier ministre' for the corpus's one holder, 'l'avocat' for nobody it names elsewhere", () => {
    expect(roles.resolve("Premier ministre", "fr", [])?.name).toBe("Édouard Philippe");
    expect(roles.resolve("avocat", "fr", [])).toBeNull();
    expect(roles.resolve("avocat", "fr", [lawyer.id])?.name).toBe("Yassine Yakouti");
  });

  it("does not take a bare profession for a configured official outside the article", () => {
    const peskov: Person = {
      ...holding("Dmitri Peskov", ["porte-parole du Kremlin"]),
      source: "config",
    };
    const resolver = new RoleResolver([peskov]);
    // "selon le porte-parole qui indique que la SNCF va …" is not the Kremlin's spokesman.
    expect(resolver.resolve("porte-parole", "fr", [])).toBeNull();
    expect(resolver.resolve("porte-parole du Kremlin", "fr", [])?.name).toBe("Dmitri Peskov");
    expect(resolver.resolve("porte-parole", "fr", [peskov.id])?.name).toBe("Dmitri Peskov");
  });

  it("reads a configured role at the article's date", () => {
    const biden: Person = {
      ...holding("Joe Biden", ["président américain"]),
      source: "config",
      roleDates: { since: "2021-01-20", until: null },
    };
    const resolver = new RoleResolver([biden]);
    expect(resolver.resolve("président américain", "fr", [], "2019-05-14")).toBeNull();
    expect(resolver.resolve("président américain", "fr", [], "2021-06-01")?.name).toBe("Joe Biden");
  });
});

describe("RoleResolver: a post of several holders, or one the article's own people may hold", () => {
  const rivasi: Person = {
    ...holding("Michèle Rivasi", ["députée européenne EELV"]),
    gender: "f",
  };
  const jadot: Person = { ...holding("Yannick Jadot", ["député européen"]), gender: "m" };
  const dati: Person = { ...holding("Rachida Dati", ["maire du 7e arrondissement"]), gender: "f" };
  const faure: Person = { ...holding("Olivier Faure", ["premier secrétaire du PS"]), gender: "m" };

  it("gives a post the corpus gives several people, of either gender, to none of them", () => {
    const roles = new RoleResolver([rivasi, jadot, dati]);
    expect(roles.resolve("députée européenne", "fr", [], null, new Set(), "m")).toBeNull();
    expect(
      new RoleResolver([rivasi, dati]).resolve("députée européenne", "fr", [], null, new Set(), "m")
        ?.name,
    ).toBe("Michèle Rivasi");
  });

  it("does not go past a woman the article has named to the one holder of 'la députée européenne' elsewhere", () => {
    const roles = new RoleResolver([rivasi, dati, faure]);
    expect(roles.resolve("députée européenne", "fr", [dati.id], null, new Set(), "m")).toBeNull();
    // A man named before does not stand for "la députée"; an epicene post still goes to its holder.
    expect(roles.resolve("députée européenne", "fr", [faure.id], null, new Set(), "m")?.name).toBe(
      "Michèle Rivasi",
    );
    expect(roles.resolve("député européen EELV", "fr", [dati.id])?.name).toBe("Michèle Rivasi");
  });
});
