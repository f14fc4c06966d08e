// What every navigator page reads first: the vocabularies (cached) and the
// answers in the URL, checked against them.
import "server-only";
import { readAnswers, type Input } from "./answers";
import { answerVocabulary, getNavigatorTerms } from "./queries";

export async function readNavigatorAnswers(input: Input) {
  const terms = await getNavigatorTerms();
  return { terms, ...readAnswers(input, answerVocabulary(terms)) };
}
