// Rules for staff passwords set through the admin CLI (and later the users
// screen). Length matters most; the class and word checks catch the obvious.
const MIN_PASSWORD_LENGTH = 12;

// The most common choices that still pass the length rule, plus local ones.
const COMMON = new Set([
  "123456789012",
  "1234567890123",
  "password1234",
  "password12345",
  "passw0rd1234",
  "qwertyuiop12",
  "qwerty123456",
  "1q2w3e4r5t6y",
  "iloveyou1234",
  "admin1234567",
  "administrator",
  "letmein12345",
  "welcome12345",
  "sunshine1234",
  "football1234",
  "changeme1234",
  "parole123456",
  "parole1234567",
  "sveiks123456",
  "latvija12345",
  "latvija2026!",
  "riga12345678",
  "sikc12345678",
  "sif123456789",
]);

export type PasswordProblem = "too_short" | "too_long" | "one_class" | "contains_email" | "common";

export function passwordProblems(password: string, email: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if (password.length < MIN_PASSWORD_LENGTH) problems.push("too_short");
  // bcrypt ignores everything after 72 bytes: a longer password only seems stronger.
  if (Buffer.byteLength(password, "utf8") > 72) problems.push("too_long");
  const classes = [/\p{Ll}/u, /\p{Lu}/u, /\p{N}/u, /[^\p{L}\p{N}]/u].filter((re) => re.test(password)).length;
  if (classes < 2) problems.push("one_class");
  const local = email.split("@")[0]?.toLowerCase() ?? "";
  if (local.length >= 3 && password.toLowerCase().includes(local)) problems.push("contains_email");
  if (COMMON.has(password.toLowerCase())) problems.push("common");
  return problems;
}
