// Demo records from the source documents (data/*.json, copied from
// shared/domain/demo). Each loader inserts only records whose slug is missing,
// inside one transaction, so a re-run changes nothing and a failure leaves
// nothing half-written.
import { TZDate } from "@date-fns/tz";
import type { Prisma } from "@/generated/prisma/client";
import type { SeedDb } from "./types";
import { municipalityKey } from "./vocabularies";
import organisations from "./data/organisations.json" with { type: "json" };
import innovations from "./data/innovations.json" with { type: "json" };
import funding from "./data/funding.json" with { type: "json" };
import resources from "./data/resources.json" with { type: "json" };
import review from "./data/review-2025.json" with { type: "json" };
import sourceDocuments from "./data/source-documents.json" with { type: "json" };
import { computeFigures } from "@/lib/review/snapshot";

type Tx = Prisma.TransactionClient;

// One demo-data kind per transaction; generous, because a loaded CI machine can
// take longer than Prisma's 5 s default to insert a few hundred rows.
const SEED_TX = { maxWait: 30_000, timeout: 120_000 } as const;

async function missing<T extends { slug: string }>(items: T[], existing: Promise<{ slug: string }[]>): Promise<T[]> {
  const have = new Set((await existing).map((r) => r.slug));
  return items.filter((item) => !have.has(item.slug));
}

async function orgIds(tx: Tx): Promise<Map<string, string>> {
  const rows = await tx.organisation.findMany({ select: { id: true, slug: true } });
  return new Map(rows.map((r) => [r.slug, r.id]));
}

function idOf(ids: Map<string, string>, slug: string | null | undefined, where: string): string | null {
  if (!slug) return null;
  const id = ids.get(slug);
  if (!id) throw new Error(`${where}: unknown organisation "${slug}"`);
  return id;
}

/** A calendar date in the source is a whole day in Latvia's time zone. */
function rigaDay(date: string | null, end: boolean): Date | null {
  if (!date) return null;
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return end ? new TZDate(y, m - 1, d, 23, 59, 59, "Europe/Riga") : new TZDate(y, m - 1, d, 0, 0, 0, "Europe/Riga");
}

export async function seedOrganisations(db: SeedDb): Promise<number> {
  const todo = await missing(organisations.items, db.organisation.findMany({ select: { slug: true } }));
  await db.organisation.createMany({
    data: todo.map((o) => ({
      slug: o.slug,
      nameLv: o.name,
      nameEn: o.nameEn,
      type: o.type,
      roles: o.roles,
      supportTypes: o.supportTypes,
      stagesCovered: o.stagesCovered,
      country: o.country,
      region: o.region,
      municipality: municipalityKey(o.municipality),
      website: o.website,
      publicEmails: o.email,
      descriptionLv: o.descriptionLv,
      descriptionEn: o.descriptionEn,
      publication: "PUBLISHED",
      sourceRefs: o.source,
    })),
  });
  return todo.length;
}

// Latvian cases at a mature stage make the best first impression on the home page.
const FEATURED_STAGES = new Set(["sustain", "scale", "systemic"]);

export async function seedInnovations(db: SeedDb): Promise<number> {
  const todo = await missing(innovations.items, db.innovation.findMany({ select: { slug: true } }));
  const featured = new Set(
    innovations.items
      .filter((i) => i.country === "LV" && FEATURED_STAGES.has(i.stage))
      .slice(0, 3)
      .map((i) => i.slug),
  );
  await db.$transaction(async (tx) => {
    const ids = await orgIds(tx);
    for (const i of todo) {
      const assessment = (i as { assessment?: { sif?: string[]; eapn?: string[] } }).assessment ?? {};
      await tx.innovation.create({
        data: {
          slug: i.slug,
          titleLv: i.titleLv,
          titleEn: i.titleEn,
          summaryLv: i.summaryLv,
          summaryEn: i.summaryEn,
          problemLv: i.problemLv,
          problemEn: i.problemEn,
          solutionLv: i.solutionLv,
          solutionEn: i.solutionEn,
          noveltyLv: i.noveltyLv,
          noveltyEn: i.noveltyEn,
          impactLv: i.impactLv,
          impactEn: i.impactEn,
          impactKind: i.status === "in_development" ? "EXPECTED" : "EXISTING",
          stage: i.stage,
          status: i.status,
          startYear: i.startYear,
          endYear: i.endYear,
          themes: i.themes,
          targetGroups: i.targetGroups,
          region: i.region,
          municipality: municipalityKey(i.municipality),
          country: i.country,
          publication: "PUBLISHED",
          publishedAt: new Date(),
          featured: featured.has(i.slug),
          source: "STAFF",
          sourceRefs: i.source,
          organisations: {
            create: [
              ...i.implementers.map((slug, position) => ({
                organisationId: idOf(ids, slug, i.slug)!,
                role: "IMPLEMENTER" as const,
                position,
              })),
              ...i.supporters.map((slug, position) => ({
                organisationId: idOf(ids, slug, i.slug)!,
                role: "SUPPORTER" as const,
                position,
              })),
            ],
          },
          links: { create: i.links.map((url, position) => ({ url, position })) },
          indicators: {
            create: i.indicators.map((x, position) => ({
              labelLv: x.labelLv,
              labelEn: x.labelEn,
              value: x.value,
              unit: x.unit,
              position,
            })),
          },
          assessments: {
            create: [
              ...(assessment.sif ?? []).map((criterion) => ({ framework: "SIF" as const, criterion })),
              ...(assessment.eapn ?? []).map((criterion) => ({ framework: "EAPN" as const, criterion })),
            ],
          },
        },
      });
    }
  }, SEED_TX);
  return todo.length;
}

const PROGRAMME_COLUMNS = new Set([
  "slug",
  "titleLv",
  "titleEn",
  "kind",
  "period",
  "funder",
  "operator",
  "managingAuthority",
  "summaryLv",
  "summaryEn",
  "themes",
  "url",
  "urlLv",
  "demo",
  "source",
]);
const CALL_COLUMNS = new Set([
  "slug",
  "programme",
  "titleLv",
  "titleEn",
  "funder",
  "summaryLv",
  "summaryEn",
  "totalBudgetEur",
  "maxPerProjectEur",
  "minPerProjectEur",
  "aidIntensityPct",
  "advancePct",
  "opensAt",
  "closesAt",
  "rolling",
  "eligibleApplicantTypes",
  "themes",
  "targetGroups",
  "stages",
  "url",
  "demo",
  "demoNote",
  "source",
  "callNumber",
  "contactEmail",
]);

/** Fields without a column of their own are kept, structured, in `details`. */
function rest(record: Record<string, unknown>, columns: Set<string>): Prisma.InputJsonObject | undefined {
  const extra = Object.fromEntries(Object.entries(record).filter(([k]) => !columns.has(k)));
  return Object.keys(extra).length ? (extra as Prisma.InputJsonObject) : undefined;
}

export async function seedFunding(db: SeedDb): Promise<number> {
  const programmes = await missing(funding.programmes, db.fundingProgramme.findMany({ select: { slug: true } }));
  const calls = await missing(funding.calls, db.fundingCall.findMany({ select: { slug: true } }));
  await db.$transaction(async (tx) => {
    const ids = await orgIds(tx);
    for (const p of programmes as ((typeof funding.programmes)[number] & Record<string, unknown>)[]) {
      if (rest(p, PROGRAMME_COLUMNS))
        throw new Error(`programme ${p.slug}: unmapped fields ${Object.keys(rest(p, PROGRAMME_COLUMNS)!)}`);
      await tx.fundingProgramme.create({
        data: {
          slug: p.slug,
          titleLv: p.titleLv,
          titleEn: p.titleEn,
          kind: p.kind,
          period: p.period,
          summaryLv: p.summaryLv,
          summaryEn: p.summaryEn,
          themes: p.themes,
          url: p.url,
          urlLv: (p.urlLv as string | undefined) ?? null,
          funderId: idOf(ids, p.funder, p.slug),
          operatorId: idOf(ids, p.operator, p.slug),
          managingAuthorityId: idOf(ids, p.managingAuthority as string | undefined, p.slug),
          isDemo: p.demo,
          sourceRefs: p.source,
        },
      });
    }
    const programmeIds = new Map(
      (await tx.fundingProgramme.findMany({ select: { id: true, slug: true } })).map((r) => [r.slug, r.id]),
    );
    for (const c of calls as ((typeof funding.calls)[number] & Record<string, unknown>)[]) {
      await tx.fundingCall.create({
        data: {
          slug: c.slug,
          programmeId: programmeIds.get(c.programme) ?? null,
          funderId: idOf(ids, c.funder, c.slug),
          titleLv: c.titleLv,
          titleEn: c.titleEn,
          summaryLv: c.summaryLv,
          summaryEn: c.summaryEn,
          callNumber: (c.callNumber as string | undefined) ?? null,
          totalBudgetEur: c.totalBudgetEur,
          minPerProjectEur: (c.minPerProjectEur as number | undefined) ?? null,
          maxPerProjectEur: c.maxPerProjectEur,
          aidIntensityPct: c.aidIntensityPct,
          advancePct: c.advancePct,
          opensAt: rigaDay(c.opensAt, false),
          closesAt: rigaDay(c.closesAt, true),
          rolling: c.rolling,
          eligibleApplicantTypes: c.eligibleApplicantTypes,
          themes: c.themes,
          targetGroups: c.targetGroups,
          stages: c.stages,
          url: c.url,
          contactEmail: (c.contactEmail as string | undefined) ?? null,
          details: rest(c, CALL_COLUMNS),
          isDemo: c.demo,
          demoNote: (c.demoNote as string | undefined) ?? null,
          sourceRefs: c.source,
        },
      });
    }
  }, SEED_TX);
  return programmes.length + calls.length;
}

export async function seedResources(db: SeedDb): Promise<number> {
  const todo = await missing(resources.items, db.resource.findMany({ select: { slug: true } }));
  await db.resource.createMany({
    data: todo.map((r) => {
      const extra = r as { alternateUrls?: string[]; demoNote?: string };
      return {
        slug: r.slug,
        titleLv: r.titleLv,
        titleEn: r.titleEn,
        summaryLv: r.summaryLv,
        summaryEn: r.summaryEn,
        type: r.type,
        audiences: r.audiences,
        stages: r.stages,
        themes: r.themes,
        language: r.language,
        publisher: r.publisher,
        year: r.year,
        url: r.url,
        alternateUrls: extra.alternateUrls ?? [],
        isDemo: r.demo,
        demoNote: extra.demoNote ?? null,
        sourceRefs: r.source,
      };
    }),
  });
  return todo.length;
}

type SourceDocuments = Record<string, { lv: string; en: string } | string>;

/** "004_….txt, 1.2. sadaļa" → "<the document's title>, 1.2. sadaļa", in each language. */
function namedSources(source: string): { sourceLv: string; sourceEn: string } {
  const titles = sourceDocuments as SourceDocuments;
  const name = (lang: "lv" | "en") =>
    source.replace(/\b\d{3}_[0-9a-f]{16}\.txt\b/g, (file) => {
      const title = titles[file];
      return typeof title === "object" ? title[lang] : file;
    });
  return { sourceLv: name("lv"), sourceEn: name("en") };
}

/**
 * The 2025 review, published, with its figures frozen from the records just
 * seeded (the same computation as a staff member's "publish"). A published
 * review left without figures by an older seed gets them.
 */
export async function seedReview(db: SeedDb): Promise<number> {
  const existing = await db.annualReview.findUnique({
    where: { year: review.year },
    select: { id: true, publication: true, snapshot: true, datasets: true, challenges: true },
  });
  if (existing) {
    if (existing.publication !== "PUBLISHED" || existing.snapshot !== null) return 0;
    const snapshot = await computeFigures(db, { ...existing, year: review.year });
    await db.annualReview.update({
      where: { id: existing.id },
      data: { snapshot: snapshot as Prisma.InputJsonObject },
    });
    return 1;
  }
  const datasets = review.datasets.map((d) => ({ ...d, ...namedSources(d.source) }));
  const publishedAt = new Date();
  await db.$transaction(async (tx) => {
    const snapshot = await computeFigures(tx, { year: review.year, datasets, challenges: [] }, publishedAt);
    await tx.annualReview.create({
      data: {
        year: review.year,
        titleLv: review.titleLv,
        titleEn: review.titleEn,
        sections: review.sections as Prisma.InputJsonArray,
        datasets: datasets as unknown as Prisma.InputJsonArray,
        publication: "PUBLISHED",
        publishedAt,
        snapshot: snapshot as Prisma.InputJsonObject,
        isDemo: review.demo,
      },
    });
  }, SEED_TX);
  return 1;
}
