import { isQuotedIndustry } from './industries.js';
import type { PhraseMention } from './mentions.js';
import type { Quote } from './quotes.js';

const LONGEST_SLOGAN = 40;
// sentence punctuation inside quotes means reported speech, not a formulation
const SPEECH_PUNCTUATION = /[。!?:]/;
const FIRST_OR_SECOND_PERSON = /[我你您咱]/;
// “今年有多少口网箱” asked on a visit is a question, not a formulation
const QUESTION = /多少|怎么样|怎样|有没有|是不是|吗$|呢$/u;

/**
 * Slogans are the quoted policy formulations of the genre (“一镇一品”, “强村、富民、兴业”, goal
 * statements). A quote is left out when masked (contains *: the site hid it), when the text calls
 * it an industry, or when it reads as someone's words rather than a formulation.
 */
export function slogans(text: string, quoted: Quote[]): PhraseMention[] {
  return quoted
    .filter((quote) => isFormulation(quote.text) && !isQuotedIndustry(text, quote))
    .map((quote) => ({ kind: 'phrase', type: 'Slogan', text: quote.text, start: quote.start, end: quote.end }));
}

// formulations are short phrases; speech has sentence punctuation or speaks as 我/你 in clauses
function isFormulation(words: string): boolean {
  if (words.length < 2 || words.length > LONGEST_SLOGAN || words.includes('*')) return false;
  if (SPEECH_PUNCTUATION.test(words) || QUESTION.test(words)) return false;
  return !(FIRST_OR_SECOND_PERSON.test(words) && words.includes(','));
}
