// Where each step of the navigator leads: one question per page, in order,
// then the result page. A person who follows "Change" from the result page
// goes back to it after that one question instead of through the rest.
import { answerParams, QUESTIONS, type Answers, type Question } from "./answers";

export const NAVIGATOR_PATH = "/navigator";
export const RESULTS_PATH = "/navigator/results";

/** The parameter that marks a question opened from the result page's "Change" link. */
export const CHANGE_PARAM = "change";

export const questionPath = (question: Question) => `${NAVIGATOR_PATH}/${question}`;

export function isQuestion(value: string): value is Question {
  return (QUESTIONS as readonly string[]).includes(value);
}

/** 1-based position of a question, for "Question 2 of 6". */
export const questionNumber = (question: Question) => QUESTIONS.indexOf(question) + 1;

/** The page a question's form goes to: the next question, or the results after the last one or a change. */
export function nextPath(question: Question, changing: boolean): string {
  const next = QUESTIONS[QUESTIONS.indexOf(question) + 1];
  return changing || !next ? RESULTS_PATH : questionPath(next);
}

/** The page "Back" returns to: the previous question, the start page before the first, the results when changing. */
export function backPath(question: Question, changing: boolean): string {
  const previous = QUESTIONS[QUESTIONS.indexOf(question) - 1];
  return changing ? RESULTS_PATH : previous ? questionPath(previous) : NAVIGATOR_PATH;
}

const withQuery = (path: string, params: URLSearchParams) => {
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
};

/** A path (without locale) carrying the answers, optionally without one of them. */
export const hrefWith = (path: string, answers: Answers, leave?: Question) =>
  withQuery(path, answerParams(answers, leave));

/** "Skip this question": on to the next page with this question's answer left out. */
export const skipHref = (question: Question, answers: Answers, changing: boolean) =>
  hrefWith(nextPath(question, changing), answers, question);

/** "Change" beside an answer on the result page. */
export function changeHref(question: Question, answers: Answers): string {
  const params = answerParams(answers);
  params.set(CHANGE_PARAM, "1");
  return withQuery(questionPath(question), params);
}
