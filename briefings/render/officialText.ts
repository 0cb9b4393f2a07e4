import type { OfficialProfile } from "../officialProfile.js";
import { renderSources } from "./terminal.js";
import { wrap } from "./wrap.js";

/** An official's profile for the terminal: who, where, what they said, what they did, sources. */
export function renderOfficialText(
  profile: OfficialProfile,
  options: { width?: number } = {},
): string {
  const width = options.width ?? 100;
  const official = profile.official;
  if (!official) {
    const lines = [profile.message ?? `no official named '${profile.query}'`];
    // The closest names are in the message already; people sharing the name need their roles.
    if (profile.miss === "ambiguous")
      for (const c of profile.candidates)
        lines.push(`  • ${c.name}${c.role ? ` — ${c.role}` : ""}`);
    return `${lines.join("\n")}\n`;
  }
  const role = [
    official.role,
    official.roleEn && official.roleEn !== official.role ? official.roleEn : null,
  ]
    .filter(Boolean)
    .join(" / ");
  const out = [wrap(`${official.name}${role ? ` — ${role}` : ""}`, width, "", "")];
  const spelled = profile.spellings.filter((s) => s !== official.name);
  out.push(
    wrap(
      `Named in ${profile.mentions} sentence${profile.mentions === 1 ? "" : "s"}${spelled.length > 0 ? ` (also written ${spelled.join(", ")})` : ""}.`,
      width,
      "",
      "",
    ),
  );
  if (profile.topics.length > 0) {
    out.push(
      wrap(
        `Topics: ${profile.topics.map((t) => `${t.title} (${t.mentions})`).join(", ")}`,
        width,
        "",
        "  ",
      ),
    );
  }
  out.push("");
  if (profile.quotes.length > 0) {
    out.push("What they said");
    profile.quotes.forEach((q, i) => {
      const text = q.kind === "direct" ? `« ${q.text} »` : q.text;
      out.push(wrap(`${text} [${q.citation}]`, width, ` ${i + 1}. `, "    "));
    });
    out.push("");
  } else {
    out.push("No quote or statement attributed to them in the corpus.", "");
  }
  if (profile.summary.length > 0) {
    out.push("In the news");
    profile.summary.forEach((s, i) => {
      out.push(wrap(`${s.text} [${s.citation}]`, width, ` ${i + 1}. `, "    "));
    });
    out.push("");
  }
  if (profile.sources.length > 0) out.push(...renderSources(profile.sources, width));
  return `${out.join("\n")}\n`;
}
