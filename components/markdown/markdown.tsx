import ReactMarkdown from "react-markdown";
import { markdownOptions } from "@/lib/markdown/options";
import { cn } from "@/lib/utils";

type MarkdownProps = {
  source: string;
  className?: string;
};

// Typography for rendered Markdown without a plugin: headings, lists, tables
// (scrolling sideways on phones), quotes, code, images and task lists.
const prose = cn(
  "min-w-0 text-sm leading-relaxed text-fg [overflow-wrap:anywhere]",
  "[&>*+*]:mt-3 [&_h1]:text-xl [&_h1]:font-semibold [&_h2]:mt-6 [&_h2]:text-lg [&_h2]:font-semibold [&_h3]:mt-5 [&_h3]:font-semibold",
  "[&_h4]:font-semibold [&_h5]:font-medium [&_h6]:font-medium [&_h6]:text-muted",
  "[&_ul]:list-disc [&_ul]:pl-5 [&_ol]:list-decimal [&_ol]:pl-5 [&_li+li]:mt-1 [&_li>ul]:mt-1 [&_li>ol]:mt-1",
  "[&_.contains-task-list]:list-none [&_.contains-task-list]:pl-0 [&_input]:mr-2 [&_input]:align-middle",
  "[&_a]:text-accent [&_a]:underline [&_a]:underline-offset-2 [&_a:hover]:no-underline",
  "[&_blockquote]:border-l-2 [&_blockquote]:border-border [&_blockquote]:pl-4 [&_blockquote]:text-muted",
  "[&_code]:rounded [&_code]:bg-surface [&_code]:px-1 [&_code]:py-0.5 [&_code]:text-[0.85em]",
  "[&_pre]:overflow-x-auto [&_pre]:rounded-lg [&_pre]:bg-surface [&_pre]:p-3 [&_pre_code]:bg-transparent [&_pre_code]:p-0",
  "[&_hr]:border-border [&_img]:h-auto [&_img]:max-w-full [&_img]:rounded-lg",
  "[&_table]:block [&_table]:max-w-full [&_table]:overflow-x-auto [&_table]:border-collapse [&_table]:tabular",
  "[&_th]:border-b [&_th]:border-border [&_th]:px-3 [&_th]:py-2 [&_th]:text-left [&_th]:font-semibold [&_th]:whitespace-nowrap",
  "[&_td]:border-b [&_td]:border-border [&_td]:px-3 [&_td]:py-2 [&_td]:align-top",
);

/**
 * Renders user-written Markdown safely: no raw HTML, no scripts or event
 * handlers, links only to http(s)/mailto (with rel="noopener noreferrer
 * nofollow ugc"), images only from the owner's uploads. Works in server and
 * client components alike.
 */
export function Markdown({ source, className }: MarkdownProps) {
  return (
    <div className={cn(prose, className)}>
      <ReactMarkdown {...markdownOptions}>{source}</ReactMarkdown>
    </div>
  );
}
