import { notFound } from "next/navigation";

// Any path that matches no page inside a locale (e.g. /xx/innovations, which
// the proxy serves as Latvian) ends here, so the 404 is localized and framed.
export default function CatchAll() {
  notFound();
}
