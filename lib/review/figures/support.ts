// The support figures of a review year: what supporters reported (accepted
// reports only), the consultations SIKC gave, and the calls for proposals
// open during the year with their budgets.
import type { Db, Tx } from "@/lib/db";
import { readAll } from "@/lib/db-parallel";
import { consultationStats } from "@/lib/consultations/stats";
import { callOpenDuringWhere } from "@/lib/stats/open-calls";
import { rigaYearRange } from "@/lib/time/riga";
import type { Dataset, DatasetRow } from "../schema";
import { byValue, countRows, type Terms } from "./terms";

export type SupportHeadline = {
  reportsAccepted: number;
  innovationsSupported: number;
  grantedEur: number;
  lentEur: number;
  sikcConsultations: number;
  callsOpen: number;
  callsBudgetEur: number;
  /** Open calls that state no total budget (not in callsBudgetEur). */
  callsWithoutBudget: number;
};

const REPORTS_SOURCE = {
  sourceLv: "SI atbalstītāju ziņojumi SIKC (pieņemtie)",
  sourceEn: "Supporters' reports to SIKC (accepted)",
};
const CONSULTATIONS_SOURCE = {
  sourceLv: "SIKC konsultāciju pieteikumi portālā",
  sourceEn: "SIKC consultation requests in the portal",
  noteLv: "Pieteikumi, kas saņemti gada laikā (Rīgas laiks); rezultāts ir pieteikuma pašreizējais statuss.",
  noteEn: "Requests received during the year (Riga time); the outcome is the request's current status.",
};
const CALLS_SOURCE = {
  sourceLv: "SIKC portāla finansējuma sadaļa",
  sourceEn: "SIKC portal, funding calls",
  noteLv:
    "Publicētie projektu konkursi, kas gada laikā bija atvērti (sākuma datums nav vēlāks par gada beigām un beigu datums nav agrāks par gada sākumu, vai pastāvīgi konkursi bez beigu datuma).",
  noteEn:
    "Published calls open at some time during the year (opening on or before the year's end and closing on or after its start, or rolling calls without a closing date).",
};

const OUTCOMES: { key: string; labelLv: string; labelEn: string }[] = [
  { key: "NEW", labelLv: "Jauns, vēl nav izskatīts", labelEn: "New, not yet handled" },
  { key: "IN_PROGRESS", labelLv: "Tiek izskatīts", labelEn: "In progress" },
  { key: "SCHEDULED", labelLv: "Konsultācija ieplānota", labelEn: "Consultation scheduled" },
  { key: "COMPLETED", labelLv: "Konsultācija notikusi", labelEn: "Consultation given" },
  { key: "REFERRED", labelLv: "Nosūtīts pie partnera", labelEn: "Referred to a partner" },
  { key: "CANCELLED", labelLv: "Atcelts", labelEn: "Cancelled" },
];

const sum = (values: (number | null)[]) => values.reduce<number>((total, v) => total + (v ?? 0), 0);
const euros = (v: { toNumber(): number } | null) => (v === null ? null : v.toNumber());

export async function supportFigures(
  client: Db | Tx,
  year: number,
  terms: Terms,
): Promise<{ headline: SupportHeadline; datasets: Dataset[] }> {
  const [reports, consultations, calls] = await readAll(client, [
    () =>
      client.supporterReport.findMany({
        where: { status: "ACCEPTED", review: { year } },
        select: {
          stages: true,
          supportTypes: true,
          innovationsSupported: true,
          consultations: true,
          trainings: true,
          trainingParticipants: true,
          grantedEur: true,
          lentEur: true,
        },
      }),
    () => consultationStats(year, client),
    () =>
      client.fundingCall.findMany({
        where: callOpenDuringWhere(rigaYearRange(year)),
        select: { slug: true, titleLv: true, titleEn: true, totalBudgetEur: true },
        orderBy: [{ totalBudgetEur: { sort: "desc", nulls: "last" } }, { titleLv: "asc" }],
      }),
  ]);

  const granted = sum(reports.map((r) => euros(r.grantedEur)));
  const lent = sum(reports.map((r) => euros(r.lentEur)));
  const tally = (pick: (r: (typeof reports)[number]) => string[]) => {
    const counts = new Map<string, number>();
    for (const r of reports) for (const key of pick(r)) counts.set(key, (counts.get(key) ?? 0) + 1);
    return counts;
  };
  const budgets = calls.map((c) => euros(c.totalBudgetEur));
  const headline: SupportHeadline = {
    reportsAccepted: reports.length,
    innovationsSupported: sum(reports.map((r) => r.innovationsSupported)),
    grantedEur: granted,
    lentEur: lent,
    sikcConsultations: consultations.total,
    callsOpen: calls.length,
    callsBudgetEur: sum(budgets),
    callsWithoutBudget: budgets.filter((b) => b === null).length,
  };

  const reportRows: DatasetRow[] = [
    {
      key: "reports",
      labelLv: "Pieņemtie ziņojumi",
      labelEn: "Reports accepted",
      value: reports.length,
      unit: "count",
    },
    {
      key: "innovationsSupported",
      labelLv: "Atbalstītās inovācijas",
      labelEn: "Innovations supported",
      value: headline.innovationsSupported,
      unit: "count",
    },
    {
      key: "consultations",
      labelLv: "Konsultācijas",
      labelEn: "Consultations",
      value: sum(reports.map((r) => r.consultations)),
      unit: "count",
    },
    {
      key: "trainings",
      labelLv: "Mācības",
      labelEn: "Trainings",
      value: sum(reports.map((r) => r.trainings)),
      unit: "count",
    },
    {
      key: "trainingParticipants",
      labelLv: "Mācību dalībnieki",
      labelEn: "Training participants",
      value: sum(reports.map((r) => r.trainingParticipants)),
      unit: "count",
    },
    { key: "grantedEur", labelLv: "Piešķirtie granti", labelEn: "Grants awarded", value: granted, unit: "EUR" },
    { key: "lentEur", labelLv: "Aizdevumi un investīcijas", labelEn: "Loans and investment", value: lent, unit: "EUR" },
  ];
  const reportsNote = {
    noteLv:
      "Atbalstītāju pašu sniegtie skaitļi par gadu, ko SIKC pārbaudījis un pieņēmis; neatbildētie skaitļi netiek pieskaitīti. Vairāki atbalstītāji var būt atbalstījuši vienu un to pašu inovāciju.",
    noteEn:
      "Figures supporters gave for the year, checked and accepted by SIKC; figures left blank count as none. Several supporters may have supported the same innovation.",
  };
  const outcomeCounts = new Map(consultations.byStatus.map((s) => [s.key, s.count]));
  return {
    headline,
    datasets: [
      {
        key: "supporter-reports-totals",
        section: "support",
        titleLv: "Atbalstītāju sniegtais atbalsts",
        titleEn: "Support given by supporters",
        unit: "mixed",
        ...REPORTS_SOURCE,
        ...reportsNote,
        n: reports.length,
        chart: "table",
        ordered: true,
        rows: reportRows,
      },
      {
        key: "supporter-reports-stages",
        section: "support",
        titleLv: "Atbalstītāji pēc atbalstītā posma",
        titleEn: "Supporters by stage supported",
        unit: "count",
        ...REPORTS_SOURCE,
        ...reportsNote,
        n: reports.length,
        ordered: true,
        rows: countRows(
          terms.STAGE,
          tally((r) => r.stages),
        ),
      },
      {
        key: "supporter-reports-support-types",
        section: "support",
        titleLv: "Atbalstītāji pēc atbalsta veida",
        titleEn: "Supporters by type of support",
        unit: "count",
        ...REPORTS_SOURCE,
        ...reportsNote,
        n: reports.length,
        rows: byValue(
          countRows(
            terms.SUPPORT_TYPE,
            tally((r) => r.supportTypes),
          ),
        ),
      },
      {
        key: "sikc-consultations-by-topic",
        section: "support",
        titleLv: "SIKC konsultācijas pēc tēmas",
        titleEn: "SIKC consultations by topic",
        unit: "count",
        ...CONSULTATIONS_SOURCE,
        n: consultations.total,
        rows: byValue(countRows(terms.CONSULTATION_TOPIC, new Map(consultations.byTopic.map((c) => [c.key, c.count])))),
      },
      {
        key: "sikc-consultations-by-stage",
        section: "support",
        titleLv: "SIKC konsultācijas pēc inovācijas posma",
        titleEn: "SIKC consultations by stage of the innovation",
        unit: "count",
        ...CONSULTATIONS_SOURCE,
        n: consultations.total,
        ordered: true,
        rows: countRows(terms.STAGE, new Map(consultations.byStage.map((c) => [c.key, c.count]))),
      },
      {
        key: "sikc-consultations-by-outcome",
        section: "support",
        titleLv: "SIKC konsultācijas pēc rezultāta",
        titleEn: "SIKC consultations by outcome",
        unit: "count",
        ...CONSULTATIONS_SOURCE,
        n: consultations.total,
        ordered: true,
        rows: OUTCOMES.map((o) => ({ ...o, value: outcomeCounts.get(o.key) ?? 0 })),
      },
      {
        key: "calls-open",
        section: "support",
        titleLv: "Gadā atvērtie projektu konkursi un to kopējais budžets",
        titleEn: "Calls for proposals open in the year and their total budgets",
        unit: "EUR",
        ...CALLS_SOURCE,
        n: calls.length,
        rows: calls.map((c) => ({
          key: c.slug,
          labelLv: c.titleLv,
          labelEn: c.titleEn ?? c.titleLv,
          value: euros(c.totalBudgetEur),
        })),
      },
    ],
  };
}
