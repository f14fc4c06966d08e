// The support navigator's answers and the URL that holds them. Every question
// is optional; a value the portal does not know is left out and named in a
// note, never an error. Reading is bounded: a hand-made URL with hundreds of
// parameters costs no more than a few dozen look-ups.

/** The questions in the order they are asked; each is one page and one URL parameter. */
export const QUESTIONS = ["who", "stage", "theme", "group", "place", "need"] as const;
export type Question = (typeof QUESTIONS)[number];

/** What a person can say they need; each maps to support types, calls or toolkit items in rules.ts. */
export const NEEDS = ["money", "advice", "partners", "methods", "premises", "training"] as const;
export type Need = (typeof NEEDS)[number];

/** The "who are you" answer of a person who is not speaking for an organisation. */
export const RESIDENT = "resident";

export type Answers = {
  /** An ORGANISATION_TYPE key, or RESIDENT. */
  who?: string;
  stage?: string;
  theme?: string;
  /** A TARGET_GROUP key. */
  group?: string;
  /** As given: a REGION key (a planning region or "national") or a MUNICIPALITY key. */
  place?: string;
  /** The planning region of `place` ("national" when the person works across Latvia). */
  region?: string;
  /** The MUNICIPALITY key when `place` is one. */
  municipality?: string;
  needs: Need[];
};

/** The keys each question accepts, from the (staff-editable) vocabularies. */
export type AnswerVocabulary = {
  who: ReadonlySet<string>;
  stage: ReadonlySet<string>;
  theme: ReadonlySet<string>;
  group: ReadonlySet<string>;
  /** Planning-region keys (and "national") a person can choose. */
  regions: ReadonlySet<string>;
  /** Municipality key → its planning region. */
  municipalities: ReadonlyMap<string, string>;
};

export type Input = Record<string, string | string[] | undefined> | URLSearchParams;

/** More values than any question takes; the rest of a repeated parameter is not read. */
const VALUES_READ = NEEDS.length + 2;
const KEY = /^[a-z0-9][a-z0-9-]{0,62}$/;

function valuesOf(input: Input, name: string): string[] {
  const raw = input instanceof URLSearchParams ? input.getAll(name) : [input[name] ?? []].flat();
  // "need=money,advice" (a hand-written link) reads like repeated parameters.
  return raw
    .slice(0, VALUES_READ)
    .flatMap((v) => v.split(",", VALUES_READ))
    .map((v) => v.trim())
    .filter(Boolean)
    .slice(0, VALUES_READ);
}

export type ReadAnswers = {
  answers: Answers;
  /** Questions whose value in the URL was not recognised (and so left out), in question order. */
  ignored: Question[];
};

/** The answers in a URL, each checked against the vocabulary; unknown values are left out and reported. */
export function readAnswers(input: Input, vocabulary: AnswerVocabulary): ReadAnswers {
  const answers: Answers = { needs: [] };
  const ignored = new Set<Question>();
  const single = (name: Exclude<Question, "place" | "need">, allowed: ReadonlySet<string>) => {
    const given = valuesOf(input, name);
    const known = given.find((v) => KEY.test(v) && allowed.has(v));
    if (known) answers[name] = known;
    if (given.some((v) => v !== known)) ignored.add(name);
  };
  const who = new Set([RESIDENT, ...vocabulary.who]);
  single("who", who);
  single("stage", vocabulary.stage);
  single("theme", vocabulary.theme);
  single("group", vocabulary.group);

  const places = valuesOf(input, "place");
  for (const place of places) {
    if (!KEY.test(place)) continue;
    if (vocabulary.regions.has(place)) {
      Object.assign(answers, { place, region: place });
      break;
    }
    const region = vocabulary.municipalities.get(place);
    if (region) {
      Object.assign(answers, { place, region, municipality: place });
      break;
    }
  }
  if (places.some((p) => p !== answers.place)) ignored.add("place");

  const needs = valuesOf(input, "need");
  answers.needs = NEEDS.filter((n) => needs.includes(n));
  if (needs.some((n) => !(NEEDS as readonly string[]).includes(n))) ignored.add("need");

  return { answers, ignored: QUESTIONS.filter((q) => ignored.has(q)) };
}

/** Whether the person answered anything at all. */
export function hasAnswers(answers: Answers): boolean {
  return (
    Boolean(answers.who || answers.stage || answers.theme || answers.group || answers.place) || answers.needs.length > 0
  );
}

/** The answers as URL parameters, in question order; `leave` drops one question (to skip or change it). */
export function answerParams(answers: Answers, leave?: Question): URLSearchParams {
  const params = new URLSearchParams();
  for (const q of QUESTIONS) {
    if (q === leave) continue;
    if (q === "need") for (const n of answers.needs) params.append("need", n);
    else if (q === "place") {
      if (answers.place) params.set("place", answers.place);
    } else if (answers[q]) params.set(q, answers[q]);
  }
  return params;
}
