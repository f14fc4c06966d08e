// Staff-written Markdown (the review's introduction, sections, challenges),
// rendered on the server by react-markdown: raw HTML in the text is dropped
// (skipHtml), links and images keep only safe URLs (its default
// urlTransform), and rehype-sanitize's GitHub schema strips anything else.
// Headings move down under the section's own heading so a page keeps one h1
// and an unbroken heading order.
import type { Components } from "react-markdown";
import ReactMarkdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";

type Level = 2 | 3;

function components(level: Level): Components {
  // "#" in the text becomes the level below the section's heading, and so on down
  const tag = (depth: number) => `h${Math.min(6, level + depth)}` as "h3" | "h4" | "h5" | "h6";
  const heading = (depth: number): Components["h1"] =>
    function Heading({ children }) {
      const Tag = tag(depth);
      return <Tag className="mt-6 font-semibold text-brand-strong">{children}</Tag>;
    };
  return {
    h1: heading(1),
    h2: heading(2),
    h3: heading(3),
    h4: heading(4),
    h5: heading(4),
    h6: heading(4),
    img: ({ alt }) => <span>{alt}</span>,
    table: ({ children }) => (
      <div className="overflow-x-auto">
        <table className="my-4 border-collapse text-left [&_td]:border [&_td]:border-line [&_td]:px-2 [&_td]:py-1 [&_th]:border [&_th]:border-line [&_th]:px-2 [&_th]:py-1">
          {children}
        </table>
      </div>
    ),
  };
}

/** `level`: the heading level of the section the text sits in. */
export function Markdown({ text, level = 2, lang }: { text: string; level?: Level; lang?: string }) {
  return (
    <div
      lang={lang}
      className="markdown max-w-3xl space-y-3 leading-relaxed [&_li]:ml-6 [&_ol]:list-decimal [&_ul]:list-disc"
    >
      <ReactMarkdown
        skipHtml
        remarkPlugins={[remarkGfm]}
        rehypePlugins={[rehypeSanitize]}
        components={components(level)}
      >
        {text}
      </ReactMarkdown>
    </div>
  );
}
