"use client";
// The innovation's relations as repeatable rows: organisations with their
// role, experts, links, indicators and assessments.
import { useTranslations } from "next-intl";
import type { FormBinding } from "@/components/ui/form";
import type { InnovationFormOptions } from "@/lib/innovations/admin-queries";
import { RepeatableRows } from "./repeatable-rows";
import { RowSelect, RowText } from "./row-fields";
import { SearchableSelect } from "./searchable-select";

type Props = { f: FormBinding; formId: string; options: InnovationFormOptions };

export function RelationRows({ f, formId, options }: Props) {
  const t = useTranslations("curationInnovations.form");
  const common = { formId, values: f.values, error: f.error };
  const grid = "grid gap-3 md:grid-cols-2";
  return (
    <>
      <RepeatableRows
        {...common}
        group="organisations"
        legend={t("organisations")}
        hint={t("organisationsHint")}
        rowLabel={(n) => t("organisationRow", { n })}
        addLabel={t("addOrganisation")}
      >
        {(row) => (
          <div className="space-y-3">
            <SearchableSelect
              id={row.id("organisationId")}
              name={row.name("organisationId")}
              label={t("organisation")}
              options={options.organisations}
              defaultValue={row.value("organisationId")}
              error={row.error("organisationId")}
            />
            <RowSelect
              row={row}
              field="role"
              label={t("role")}
              className="sm:w-64"
              options={[
                { value: "IMPLEMENTER", label: t("roles.IMPLEMENTER") },
                { value: "SUPPORTER", label: t("roles.SUPPORTER") },
              ]}
            />
          </div>
        )}
      </RepeatableRows>

      <RepeatableRows
        {...common}
        group="experts"
        legend={t("experts")}
        hint={t("expertsHint")}
        rowLabel={(n) => t("expertRow", { n })}
        addLabel={t("addExpert")}
      >
        {(row) => (
          <div className="space-y-3">
            <SearchableSelect
              id={row.id("contactId")}
              name={row.name("contactId")}
              label={t("expert")}
              options={options.contacts}
              defaultValue={row.value("contactId")}
              error={row.error("contactId")}
            />
            <div className={grid}>
              <RowText row={row} field="roleLv" label={t("expertRoleLv")} lang="lv" />
              <RowText row={row} field="roleEn" label={t("expertRoleEn")} lang="en" />
            </div>
          </div>
        )}
      </RepeatableRows>

      <RepeatableRows
        {...common}
        group="links"
        legend={t("links")}
        hint={t("linksHint")}
        rowLabel={(n) => t("linkRow", { n })}
        addLabel={t("addLink")}
      >
        {(row) => (
          <div className="space-y-3">
            <RowText row={row} field="url" label={t("url")} type="url" />
            <div className={grid}>
              <RowText row={row} field="labelLv" label={t("linkLabelLv")} lang="lv" />
              <RowText row={row} field="labelEn" label={t("linkLabelEn")} lang="en" />
            </div>
          </div>
        )}
      </RepeatableRows>

      <RepeatableRows
        {...common}
        group="indicators"
        legend={t("indicators")}
        hint={t("indicatorsHint")}
        rowLabel={(n) => t("indicatorRow", { n })}
        addLabel={t("addIndicator")}
      >
        {(row) => (
          <div className="space-y-3">
            <div className={grid}>
              <RowText row={row} field="labelLv" label={t("indicatorLabelLv")} lang="lv" />
              <RowText row={row} field="labelEn" label={t("indicatorLabelEn")} lang="en" />
            </div>
            <div className="grid gap-3 sm:grid-cols-3">
              <RowText row={row} field="value" label={t("indicatorValue")} inputMode="decimal" />
              <RowText row={row} field="unit" label={t("indicatorUnit")} />
              <RowText row={row} field="year" label={t("indicatorYear")} inputMode="numeric" />
            </div>
          </div>
        )}
      </RepeatableRows>

      <RepeatableRows
        {...common}
        group="assessments"
        legend={t("assessments")}
        hint={t("assessmentsHint")}
        rowLabel={(n) => t("assessmentRow", { n })}
        addLabel={t("addAssessment")}
      >
        {(row) => (
          <div className="space-y-3">
            <div className="grid gap-3 md:grid-cols-3">
              <RowSelect
                row={row}
                field="framework"
                label={t("framework")}
                options={[
                  { value: "SIF", label: t("frameworks.SIF") },
                  { value: "EAPN", label: t("frameworks.EAPN") },
                ]}
              />
              <RowSelect
                row={row}
                field="criterion"
                label={t("criterion")}
                groups={[
                  { label: t("frameworks.SIF"), options: options.sifCriteria },
                  { label: t("frameworks.EAPN"), options: options.eapnCriteria },
                ]}
              />
              <RowSelect
                row={row}
                field="assessor"
                label={t("assessor")}
                options={[
                  { value: "CURATOR", label: t("assessors.CURATOR") },
                  { value: "SELF", label: t("assessors.SELF") },
                ]}
              />
            </div>
            <RowText row={row} field="score" label={t("score")} inputMode="numeric" className="sm:w-48" />
            <div className={grid}>
              <RowText row={row} field="noteLv" label={t("noteLv")} lang="lv" />
              <RowText row={row} field="noteEn" label={t("noteEn")} lang="en" />
            </div>
          </div>
        )}
      </RepeatableRows>
    </>
  );
}
