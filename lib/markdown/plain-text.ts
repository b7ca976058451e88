import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

// Excerpts (case-study cards, preview descriptions) show a few lines of a
// Markdown field: rendering it there would drop headings and lists into a
// three-line card, and printing it raw shows "**31 dogs**". So excerpts are
// the text alone, block by block.

const parser = unified().use(remarkParse).use(remarkGfm);

/** The words of a Markdown text without its markup, one line per block (paragraph, heading, list item). */
export function markdownToPlainText(markdown: string): string {
  if (!markdown.trim()) return "";
  const tree = parser.parse(markdown);
  const lines: string[] = [];
  const visit = (node: { type: string; children?: unknown[] }) => {
    if (node.type === "paragraph" || node.type === "heading" || node.type === "tableCell" || node.type === "code") {
      const text = toString(node).replace(/\s+/g, " ").trim();
      if (text) lines.push(text);
      return;
    }
    for (const child of (node.children ?? []) as { type: string; children?: unknown[] }[]) visit(child);
  };
  visit(tree);
  return lines.join("\n");
}
