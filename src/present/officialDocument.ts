import type { OfficialProfile } from "../../briefings/officialProfile.js";
import type { OfficialRef } from "../../briefings/types.js";
import { quoteLine, sentenceLines, sourcesSection } from "./citedLines.js";
import type { Audience, Line, ReplyDocument, Section } from "./document.js";
import { section, text } from "./document.js";
import { nothingSince, sinceLine } from "./sinceWording.js";

/**
 * An official's profile: who, how often named and where, what they said (numbered quotes, all
 * theirs: the title names the speaker), what the news says of them, the sources. A terminal reader
 * also gets the English role and the other spellings of the name.
 */
export function officialDocument(p: OfficialProfile, audience: Audience): ReplyDocument {
  const o = p.official;
  if (o === null) return missDocument(p, audience);
  const terminal = audience === "terminal";
  const spelled = terminal ? p.spellings.filter((s) => s !== o.name) : [];
  const named = `Named in ${p.mentions} sentence${p.mentions === 1 ? "" : "s"}${spelled.length > 0 ? ` (also written ${spelled.join(", ")})` : ""}.`;
  const intro = [
    text(named),
    ...(p.topics.length > 0
      ? [
          text(`Topics: ${p.topics.map((t) => `${t.title} (${t.mentions})`).join(", ")}`, {
            runOn: true,
          }),
        ]
      : []),
  ];
  const title = `${o.name}${roleOf(o, terminal) ? ` — ${roleOf(o, terminal)}` : ""}`;
  if (p.subject !== null) {
    // Narrowed to a subject: it comes first; with nothing on it, it is the whole answer.
    const on =
      p.subject.kind === "topic"
        ? p.subject.title
        : `the story “${p.subject.title}” (${p.subject.id})`;
    if (p.quotes.length === 0 && p.summary.length === 0 && p.mentions === 0) {
      return {
        tone: "answer",
        private: false,
        title,
        summary: o.name,
        preface: [],
        sections: [
          section(null, [
            text(
              p.since === null
                ? `Nothing in this corpus has ${o.name} on ${on}.`
                : nothingSince(p.since, `has ${o.name} on ${on}`),
            ),
          ]),
        ],
      };
    }
    intro.unshift(text(`On ${on}`));
  }
  if (p.since !== null) {
    // Under --since the window comes first; with nothing in it, it is the whole answer.
    if (p.quotes.length === 0 && p.summary.length === 0 && p.mentions === 0) {
      const nothing = text(nothingSince(p.since, `names ${o.name}`));
      return {
        tone: "answer",
        private: false,
        title,
        summary: o.name,
        preface: [],
        sections: [section(null, [nothing])],
      };
    }
    intro.unshift(text(sinceLine(p.since)));
  }
  const speaker = { name: o.name, role: o.role };
  const quotes = p.quotes.map((q, i) => quoteLine(speaker, q, i + 1));
  const noQuote = text(
    terminal
      ? "No quote or statement attributed to them in the corpus."
      : "No quote or statement attributed to them.",
  );
  // A terminal has room for "What they said" as a section of its own; a chat message keeps the
  // quotes under the name, with the intro.
  const sections: Section[] = terminal
    ? [quotes.length > 0 ? section("What they said", quotes) : section(null, [noQuote])]
    : [
        section(null, [
          ...intro,
          { kind: "gap" },
          { kind: "subheading", text: "What they said" },
          ...(quotes.length > 0 ? quotes : [noQuote]),
        ]),
      ];
  if (p.summary.length > 0) sections.push(section("In the news", sentenceLines(p.summary)));
  if (p.sources.length > 0) sections.push(sourcesSection(p.sources, p.dateRange));
  return {
    tone: "answer",
    private: false,
    title,
    summary: o.name,
    preface: terminal ? intro : [],
    sections,
  };
}

/** The role, and in a terminal its English form too when it differs: "X / Y". */
function roleOf(o: OfficialRef, both: boolean): string {
  const roles = [o.role, both && o.roleEn && o.roleEn !== o.role ? o.roleEn : null];
  return roles.filter(Boolean).join(" / ");
}

/** No such person, or several: the asker's to fix, with the people it could be. */
function missDocument(p: OfficialProfile, audience: Audience): ReplyDocument {
  const message =
    p.message ?? (audience === "terminal" ? `no official named '${p.query}'` : "no such official");
  // The closest names are in the message already; people sharing the name need their roles.
  const people: Line[] =
    p.miss === "ambiguous"
      ? p.candidates.map((c) => ({
          kind: "bullet",
          text: `${c.name}${c.role ? ` — ${c.role}` : ""}`,
        }))
      : [];
  return {
    tone: "user-error",
    private: true,
    title: null,
    summary: message,
    preface: [],
    sections: [section(null, [text(message, { echo: true }), ...people])],
  };
}
