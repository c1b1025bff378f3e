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

/** The occurrences each request should change and the texts after all of them. */
export function simulateReplacements(texts: readonly string[], requests: readonly Replacement[]): { counts: number[]; texts: string[] } {
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
