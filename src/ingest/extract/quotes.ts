export interface Quote {
  /** the words inside the quotation marks */
  text: string;
  /** offsets of `text` (inside the marks) */
  start: number;
  end: number;
  /** just after the closing mark of the last quote in the run this one belongs to */
  runEnd: number;
}

// quotes chained by nothing, 、 or a conjunction name a list of one kind: “一根丝”“一片桑”等…产业
const RUN_JOINER = /^[、和及与]?[“‘]$/;

/**
 * Lists every “…” span, and every ‘…’ span nested in one (他说:“要做好‘一镇一品’。”), with its run:
 * what follows a run of quotes (…等特色产业, …要求) is what tells a slogan from an industry.
 */
export function quotes(text: string): Quote[] {
  const found = [...spans(text, '“', '”'), ...spans(text, '‘', '’')].sort((a, b) => a.start - b.start);
  for (let i = found.length - 2; i >= 0; i--) {
    const current = found[i];
    const next = found[i + 1];
    if (current && next && RUN_JOINER.test(text.slice(current.end + 1, next.start))) current.runEnd = next.runEnd;
  }
  return found;
}

// a quote never spans a line: an unbalanced mark is dropped at the line break
function spans(text: string, opening: string, closing: string): Quote[] {
  const found: Quote[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === opening && open < 0) open = i;
    else if (c === '\n') open = -1;
    else if (c === closing && open >= 0) {
      found.push({ text: text.slice(open + 1, i), start: open + 1, end: i, runEnd: i + 1 });
      open = -1;
    }
  }
  return found;
}
