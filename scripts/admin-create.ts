// `npm run admin:create -- --email someone@sif.gov.lv [--name "…"] [--role ADMIN]`
// Creates a staff account, or updates the password/role/name of an existing
// one (and re-activates it). The password is asked twice without echo; when
// stdin is not a terminal it is read from the first line (a second line, if
// given, must repeat it), for automation.
import { parseArgs } from "node:util";
import readline from "node:readline";
import { z } from "zod";
import { hashPassword } from "@/lib/auth/password-hash";
import { passwordProblems } from "@/lib/auth/password-policy";
import { ROLES } from "@/lib/auth/roles";
import { createPrismaClient } from "@/lib/db-client";
import { databaseUrl } from "@/lib/env";

const ZArgs = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  name: z.string().trim().min(1).max(200).optional(),
  role: z.enum(ROLES).default("ADMIN"),
});

const PROBLEM_TEXT: Record<ReturnType<typeof passwordProblems>[number], string> = {
  too_short: "is shorter than 12 characters",
  too_long: "is longer than 72 bytes (bcrypt would ignore the rest)",
  one_class: "uses only one kind of character (mix letters, digits or symbols)",
  contains_email: "contains the e-mail's name part",
  common: "is a commonly used password",
};

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  return new Promise((resolve, reject) => {
    let value = "";
    const done = (error?: Error) => {
      stdin.off("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stdout.write("\n");
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n") return done();
        if (ch === "\u0003" || ch === "\u0004") return done(new Error("cancelled"));
        if (ch === "\u007f" || ch === "\b") value = value.slice(0, -1);
        else value += ch;
      }
    };
    // Echo goes off before the question appears, so nothing typed early is shown.
    stdin.setRawMode(true);
    stdin.setEncoding("utf8");
    stdin.on("data", onData);
    stdin.resume();
    process.stdout.write(question);
  });
}

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) {
    const first = await promptHidden("Password: ");
    const second = await promptHidden("Repeat password: ");
    if (first !== second) fail("The passwords do not match.");
    return first;
  }
  const lines: string[] = [];
  for await (const line of readline.createInterface({ input: process.stdin })) {
    lines.push(line);
    if (lines.length === 2) break;
  }
  if (lines[1] !== undefined && lines[1] !== lines[0]) fail("The passwords do not match.");
  return lines[0] ?? "";
}

const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" } },
});
const parsed = ZArgs.safeParse(values);
if (!parsed.success)
  fail(
    `Usage: npm run admin:create -- --email someone@sif.gov.lv [--name "Name"] [--role ${ROLES.join("|")}]\n${z.prettifyError(parsed.error)}`,
  );
const { email, name, role } = parsed.data;

const password = await readPassword();
const problems = passwordProblems(password, email);
if (problems.length) fail(`Refused: the password ${problems.map((p) => PROBLEM_TEXT[p]).join("; ")}.`);

const db = createPrismaClient(databaseUrl());
try {
  const passwordHash = await hashPassword(password);
  const before = await db.user.findUnique({
    where: { email },
    select: { id: true, role: true, name: true, active: true },
  });
  const user = await db.$transaction(async (tx) => {
    const saved = before
      ? // A new password ends the account's existing sessions (sessionVersion).
        await tx.user.update({
          where: { id: before.id },
          data: { passwordHash, role, active: true, ...(name ? { name } : {}), sessionVersion: { increment: 1 } },
        })
      : await tx.user.create({ data: { email, name: name ?? null, role, passwordHash } });
    const changes = before
      ? {
          password: ["(unchanged)", "(set)"],
          ...(before.role !== role ? { role: [before.role, role] } : {}),
          ...(name && name !== before.name ? { name: [before.name, name] } : {}),
          ...(!before.active ? { active: [false, true] } : {}),
        }
      : { email: [null, email], role: [null, role], name: [null, name ?? null], password: [null, "(set)"] };
    // Written directly: scripts cannot import the server-only audit helper.
    await tx.auditLog.create({
      data: {
        action: before ? "update" : "create",
        entityType: "User",
        entityId: saved.id,
        actorEmail: "cli:admin:create",
        changes,
      },
    });
    return saved;
  });
  console.log(`${before ? "Updated" : "Created"} ${user.email} (${user.role}).`);
} catch (error) {
  fail(
    `Could not save the user: ${error instanceof Error ? error.message : String(error)}\n(Is the database running? Start it with \`npm run db:start\` or set DATABASE_URL.)`,
  );
} finally {
  await db.$disconnect();
}
