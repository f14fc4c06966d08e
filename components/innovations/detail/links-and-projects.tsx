import { getTranslations } from "next-intl/server";
import { localized, langAttr } from "@/lib/i18n/content";
import type { InnovationDetail } from "@/lib/innovations/queries";
import type { Locale } from "@/lib/i18n/routing";

/** Only http(s) addresses become links: a stored "javascript:" URL must never be clickable. */
function safeUrl(raw: string | null): URL | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

function External({ href, children, note }: { href: URL; children: React.ReactNode; note: string }) {
  return (
    <a href={href.toString()} rel="noopener noreferrer nofollow" className="break-words">
      {children} <span className="sr-only">{note}</span>
    </a>
  );
}

type Props = { links: InnovationDetail["links"]; projects: InnovationDetail["projects"]; locale: Locale };

export async function LinksAndProjects({ links, projects, locale }: Props) {
  const t = await getTranslations("innovations.detail");
  const usable = links.map((link) => ({ link, url: safeUrl(link.url) })).filter((l) => l.url !== null);
  if (usable.length === 0 && projects.length === 0) return null;
  return (
    <div className="mt-10 grid gap-8 md:grid-cols-2">
      {usable.length ? (
        <section aria-labelledby="links-heading">
          <h2 id="links-heading" className="text-xl font-bold text-brand-strong">
            {t("links")}
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-6" data-links>
            {usable.map(({ link, url }) => {
              const label = localized(link, "label", locale);
              return (
                <li key={link.id}>
                  <External href={url!} note={t("externalLink")}>
                    {label.text ? <span lang={langAttr(label, locale)}>{label.text}</span> : url!.host + url!.pathname}
                  </External>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      {projects.length ? (
        <section aria-labelledby="projects-heading">
          <h2 id="projects-heading" className="text-xl font-bold text-brand-strong">
            {t("projects")}
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {projects.map(({ project }) => {
              const title = localized(project, "title", locale);
              const url = safeUrl(project.url);
              const text = <span lang={langAttr(title, locale)}>{title.text}</span>;
              return (
                <li key={project.slug}>
                  {url ? (
                    <External href={url} note={t("externalLink")}>
                      {text}
                    </External>
                  ) : (
                    text
                  )}
                  {project.code ? <span className="text-muted"> ({project.code})</span> : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
