import { defaultUrlTransform, type Options } from "react-markdown";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import type { Element, Root, RootContent } from "hast";

// The one Markdown pipeline of the app (documents, profile bio, public page):
// GFM (tables, task lists, strikethrough, autolinks), raw HTML dropped, the
// result sanitized with GitHub's rules narrowed further (below).

/** Images may only come from the owner's uploads, served by the app itself. */
const UPLOADED_IMAGE = /^\/api\/media\/[A-Za-z0-9_-]+\/(?:display|thumb)$/;

export function isAllowedImageSrc(src: unknown): boolean {
  return typeof src === "string" && UPLOADED_IMAGE.test(src);
}

/** What links carry: user content must not pass referrers or rank, nor get a handle on the opener. */
export const LINK_REL = "noopener noreferrer nofollow ugc";

const schema: SanitizeSchema = {
  ...defaultSchema,
  // Absolute image URLs are never allowed (uploads are same-origin paths); links only to the web and mail.
  protocols: { href: ["http", "https", "mailto"], cite: ["http", "https"], src: [] },
};

/** Drops images not served from the owner's uploads and sets `rel` on every link. */
function rehypeSafeMedia() {
  return (tree: Root) => {
    const walk = (node: Root | Element) => {
      node.children = node.children.filter((child: RootContent) => {
        if (child.type !== "element") return true;
        if (child.tagName === "img" && !isAllowedImageSrc(child.properties.src)) return false;
        if (child.tagName === "a") child.properties.rel = LINK_REL.split(" ");
        walk(child);
        return true;
      });
    };
    walk(tree);
  };
}

/** Same as react-markdown's default (relative, http(s), mailto), but images must be the owner's uploads. */
function urlTransform(url: string, key: string, node: Element): string | null {
  if (node.tagName === "img") return isAllowedImageSrc(url) ? url : null;
  const safe = defaultUrlTransform(url);
  // defaultUrlTransform also lets irc:/xmpp: through; the sanitizer drops those, and protocol-relative URLs stay external.
  return safe === "" ? null : safe;
}

export const markdownOptions = {
  remarkPlugins: [remarkGfm],
  rehypePlugins: [[rehypeSanitize, schema], rehypeSafeMedia],
  skipHtml: true,
  urlTransform,
} satisfies Partial<Options>;
