// Upload names and types as people see them: names are display-only and
// cleaned, downloads end in the real type's extension, and the allow-list
// has no scriptable types.
import { describe, expect, it } from "vitest";
import { cleanFileName, contentDisposition, downloadName } from "@/lib/uploads/names";
import { acceptAttribute, ALLOWED_TYPES, dispositionFor } from "@/lib/uploads/policy";

describe("upload names", () => {
  it("keep only the last path segment without control characters or quotes", () => {
    expect(cleanFileName("..\\..\\windows\\system32\\a.pdf")).toBe("a.pdf");
    expect(cleanFileName("../../.htaccess")).toBe("htaccess");
    expect(cleanFileName('re"port\u202e\r\n.pdf')).toBe("report.pdf");
    expect(cleanFileName("   ")).toBe("file");
    expect(cleanFileName("Ā".repeat(300) + ".pdf")).toHaveLength(200);
  });

  it("download under the detected type's extension", () => {
    expect(downloadName("Metodika", "application/pdf")).toBe("Metodika.pdf");
    expect(downloadName("foto.jpeg", "image/jpeg")).toBe("foto.jpeg");
    expect(downloadName("foto.png", "image/jpeg")).toBe("foto.png.jpg");
  });

  it("encode non-ASCII names for Content-Disposition", () => {
    expect(contentDisposition("attachment", "Šūšanas ceļvedis.pdf")).toBe(
      `attachment; filename="Susanas celvedis.pdf"; filename*=UTF-8''%C5%A0%C5%AB%C5%A1anas%20ce%C4%BCvedis.pdf`,
    );
  });
});

describe("upload policy", () => {
  it("allows no SVG, HTML or executable types", () => {
    const mimes = ALLOWED_TYPES.map((t) => t.mime);
    for (const bad of [
      "image/svg+xml",
      "text/html",
      "application/x-msdownload",
      "application/x-elf",
      "application/javascript",
    ])
      expect(mimes).not.toContain(bad);
  });

  it("shows images inline and documents as attachments", () => {
    expect(dispositionFor("image/webp")).toBe("inline");
    expect(dispositionFor("application/pdf")).toBe("attachment");
    expect(dispositionFor("text/html")).toBe("attachment");
  });

  it("offers only images for a cover", () => {
    expect(acceptAttribute("cover")).toBe("image/png,.png,image/jpeg,.jpg,.jpeg,image/webp,.webp");
  });
});
