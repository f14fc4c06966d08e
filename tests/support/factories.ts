// Records a test needs, made for it (tests that are about the seed read the
// seed instead). Each gets a unique slug so tests never collide, also on reruns.
import type { Prisma, Role } from "@/generated/prisma/client";
import { db } from "@/lib/db";

let n = 0;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++n}`;

export function makeInnovation(data: Partial<Prisma.InnovationUncheckedCreateInput> = {}) {
  const slug = unique("inovacija");
  return db.innovation.create({
    data: {
      slug,
      titleLv: `Inovācija ${slug}`,
      summaryLv: "Kaimiņi kopā gatavo siltas pusdienas vientuļiem senioriem.",
      stage: "pilot",
      status: "active",
      publication: "PUBLISHED",
      ...data,
    },
  });
}

export function makeOrganisation(data: Partial<Prisma.OrganisationUncheckedCreateInput> = {}) {
  const slug = unique("organizacija");
  return db.organisation.create({ data: { slug, nameLv: `Biedrība ${slug}`, type: "ngo", ...data } });
}

export function makeContact(data: Partial<Prisma.ContactUncheckedCreateInput> = {}) {
  return db.contact.create({ data: { name: `Kontaktpersona ${unique("k")}`, ...data } });
}

/** A staff account of its own (not one of the seed's demo accounts, which other tests sign in as). */
export function makeUser(role: Role, data: Partial<Prisma.UserUncheckedCreateInput> = {}) {
  const email = `${unique("person")}@example.lv`;
  return db.user.create({ data: { email, name: `Person ${email}`, role, ...data } });
}
