/** A sentence of the normalized text: `text === normalizedText.slice(start, end)`. */
export interface Unit {
  text: string;
  start: number;
  end: number;
  /** increases at every line break and bullet: units sharing it belong to one paragraph */
  paragraph: number;
  /** true when the paragraph is a bullet point (the marker itself is not part of the text) */
  bullet: boolean;
}

const BULLET_MARKERS = new Set(['●', '•', '■', '◆', '▲', '★', '◎']);
const SENTENCE_ENDS = new Set(['。', '!', '?']);
const CLOSERS = new Set(['”', '’', ')', '》']);

/**
 * Splits normalized text into sentences at 。!? (outside quotes), line breaks and bullet markers,
 * keeping offsets: evidence must point back into the text, and a bullet starts a new point of speech.
 */
export function split(text: string): Unit[] {
  const units: Unit[] = [];
  let paragraph = 0;
  let bullet = false;
  let start = 0;
  let quoteDepth = 0;
  const emit = (end: number) => pushTrimmed(units, text, start, end, paragraph, bullet);
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c === '\n' || BULLET_MARKERS.has(c)) {
      emit(i);
      paragraph++;
      bullet = c !== '\n';
      start = i + 1;
      quoteDepth = 0;
    } else if (c === '“' || c === '‘') {
      quoteDepth++;
    } else if (c === '”' || c === '’') {
      quoteDepth = Math.max(0, quoteDepth - 1);
    } else if (SENTENCE_ENDS.has(c) && quoteDepth === 0) {
      let end = i + 1;
      while (CLOSERS.has(text[end] ?? '')) end++;
      emit(end);
      start = end;
      i = end - 1;
    }
  }
  emit(text.length);
  return units;
}

// evidence spans exclude surrounding whitespace so that they read as the sentence itself
function pushTrimmed(units: Unit[], text: string, start: number, end: number, paragraph: number, bullet: boolean): void {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from] ?? '')) from++;
  while (to > from && /\s/.test(text[to - 1] ?? '')) to--;
  if (from < to) units.push({ text: text.slice(from, to), start: from, end: to, paragraph, bullet });
}
