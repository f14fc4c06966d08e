// Staff Markdown in the review: formatting renders, raw HTML and unsafe links
// never reach the page, and headings sit under the section's own heading.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "@/components/review/markdown";

const render = (text: string, level?: 2 | 3) => renderToStaticMarkup(createElement(Markdown, { text, level }));

describe("review Markdown", () => {
  it("renders emphasis, lists, links and tables", () => {
    const html = render(
      "**Svarīgi**: *tagad*\n\n- viens\n- divi\n\n[SIF](https://www.sif.gov.lv)\n\n| a | b |\n|---|---|\n| 1 | 2 |",
    );
    expect(html).toContain("<strong>Svarīgi</strong>");
    expect(html).toContain("<em>tagad</em>");
    expect(html).toMatch(/<ul>\s*<li>viens<\/li>/);
    expect(html).toContain('href="https://www.sif.gov.lv"');
    expect(html).toContain("<table");
  });

  it("drops raw HTML, script, event handlers and javascript: links", () => {
    const html = render(
      'Sveiki <script>alert(1)</script><img src=x onerror="alert(2)"> <b onclick="x()">b</b>\n\n[klikšķis](javascript:alert(3)) ![bilde](javascript:alert(4))\n\n<iframe src="https://evil.example"></iframe>',
    );
    expect(html).not.toMatch(/<script|<img|<iframe|<b |onerror|onclick|javascript:/i);
    expect(html).toContain("Sveiki");
    expect(html).toContain("klikšķis");
  });

  it("moves headings below the section heading", () => {
    expect(render("# Galvenais\n\n## Sīkāk")).toMatch(/<h3[^>]*>Galvenais<\/h3>[\s\S]*<h4[^>]*>Sīkāk<\/h4>/);
    expect(render("# Izaicinājums", 3)).toMatch(/<h4[^>]*>Izaicinājums<\/h4>/);
  });
});
