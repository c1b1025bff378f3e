/**
 * The fill checked from the Docs API's own replies instead of opening the document again: each
 * replaceAllText request reports how many occurrences it changed (ReplaceAllTextResponse
 * .occurrencesChanged, developers.google.com/docs/api/reference/rest/v1/documents/response
 * #replacealltextresponse: "The number of occurrences changed by replacing all text."). The
 * requests apply in order, so the texts the copy started from are replaced here the same way,
 * literally and case-sensitively (matchCase), and each request's count compared. When every count
 * agrees, the copy's text is the simulated text and the unfilled-placeholder check reads that;
 * when one disagrees (formatting or an element the texts do not show), the caller opens the
 * document and checks what is really there.
 */

export interface Replacement {
  text: string;
  value: string;
}

/** A placeholder as requests name it: `{{`, no `{{` or `}}` inside, `}}`. */
const TOKEN = /^\{\{(?:(?!\{\{|\}\})[\s\S])*\}\}$/;
const BRACE = /[{}]/;

/** The occurrences each request should change and the texts after all of them. */
export function simulateReplacements(texts: readonly string[], requests: readonly Replacement[]): { counts: number[]; texts: string[] } {
  return inOnePass(requests) ? onePass(texts, requests) : inOrder(texts, requests);
}

/**
 * Requests that are placeholders whose values hold no brace (the last may be any brace-free text,
 * as the guard's restore is) can neither overlap nor make one another: applying them in order is
 * one scan of each text, each `{{…}}` looked up, linear in the text instead of in requests × text.
 */
function inOnePass(requests: readonly Replacement[]): boolean {
  const last = requests.length - 1;
  return requests.every((r, i) => (i === last ? (TOKEN.test(r.text) && !BRACE.test(r.value)) || (r.text !== '' && !BRACE.test(r.text)) : TOKEN.test(r.text) && !BRACE.test(r.value)));
}

function onePass(texts: readonly string[], requests: readonly Replacement[]): { counts: number[]; texts: string[] } {
  const counts = requests.map(() => 0);
  const index = new Map<string, number>();
  requests.forEach((r, i) => {
    // A text asked for twice: the first request takes every occurrence, the second finds none.
    if (TOKEN.test(r.text) && !index.has(r.text)) index.set(r.text, i);
  });
  const out = texts.map((t) => {
    let result = '';
    let from = 0;
    for (let at = t.indexOf('{{'); at >= 0; at = t.indexOf('{{', at)) {
      const end = t.indexOf('}}', at + 2);
      if (end < 0) break;
      const i = index.get(t.slice(at, end + 2));
      if (i === undefined) {
        at += 1;
        continue;
      }
      counts[i]! += 1;
      result += t.slice(from, at) + requests[i]!.value;
      from = at = end + 2;
    }
    return result + t.slice(from);
  });
  const last = requests.at(-1);
  if (!last || TOKEN.test(last.text)) return { counts, texts: out };
  // The restore: a brace-free text, replaced last over what the placeholders left.
  const restored = inOrder(out, [last]);
  counts[counts.length - 1] = restored.counts[0]!;
  return { counts, texts: restored.texts };
}

function inOrder(texts: readonly string[], requests: readonly Replacement[]): { counts: number[]; texts: string[] } {
  let current = [...texts];
  const counts: number[] = [];
  for (const { text, value } of requests) {
    let count = 0;
    current = current.map((t) => {
      const parts = t.split(text);
      count += parts.length - 1;
      return parts.join(value);
    });
    counts.push(count);
  }
  return { counts, texts: current };
}

/** Whether the replies report exactly the expected counts, request by request. */
export function repliesAgree(expected: readonly number[], replies: ReadonlyArray<{ replaceAllText?: { occurrencesChanged?: number } }>): boolean {
  return replies.length === expected.length && expected.every((n, i) => (replies[i]!.replaceAllText?.occurrencesChanged ?? 0) === n);
}
