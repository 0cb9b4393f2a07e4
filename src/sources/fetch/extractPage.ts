import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { canonicalUrl } from "../canonicalUrl.js";
import { type PageArticle, SourceFetchError } from "../types.js";
import { htmlToText, oneLine } from "./htmlToText.js";
import { pageMetadata } from "./pageMetadata.js";

/**
 * Elements past which Readability gives up (it throws): a page that big is not an article.
 * The HTML is already capped by `maxDecodedBytes` before it gets here.
 */
const MAX_ELEMENTS = 50_000;

/**
 * The article on an HTML page, as Firefox's reader view reads it (@mozilla/readability over a
 * linkedom document): its text as plain paragraphs, its title, and the page's metadata
 * (`pageMetadata`). `pageUrl` is where the page was read after redirects: the URL when the page
 * declares none. A page with no article to find throws `malformed`.
 */
export function extractPage(html: string, pageUrl: string): PageArticle {
  const { document } = parseHTML(html);
  const metadata = pageMetadata(document, pageUrl);
  let article: ReturnType<Readability["parse"]>;
  try {
    article = new Readability(document, { maxElemsToParse: MAX_ELEMENTS }).parse();
  } catch (error) {
    throw new SourceFetchError(
      "malformed",
      `${pageUrl} could not be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const text = article?.content ? htmlToText(article.content) : "";
  if (article === null || text === "") {
    throw new SourceFetchError("malformed", `${pageUrl} has no article text to read`);
  }
  const url = metadata.url ?? canonicalUrl(pageUrl) ?? pageUrl;
  const title = article.title ? oneLine(article.title) : undefined;
  const outlet = metadata.outlet ?? article.siteName?.trim();
  const author = metadata.author ?? article.byline?.trim();
  return {
    url,
    ...(title ? { title } : {}),
    text,
    ...(outlet ? { outlet } : {}),
    ...(author ? { author } : {}),
    ...(metadata.published === undefined ? {} : { published: metadata.published }),
  };
}
