/**
 * Every string of a GraphQL answer (values and keys), read from its parsed JSON: a large answer is
 * written in ASCII (`\uXXXX` for anything else, src/graphql/answer-json.ts), so its raw text never
 * holds a non-ASCII address as such; parsing undoes the escapes. A body that is not JSON is read as it is.
 */
export function answerStrings(body: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return [body];
  }
  const strings: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') strings.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') {
      for (const [key, inner] of Object.entries(v)) {
        strings.push(key);
        walk(inner);
      }
    }
  };
  walk(value);
  return strings;
}

/** Whether the answer shows `email` anywhere, whatever its escapes or its letter case (addresses compare without case). */
export function answerShows(body: string, email: string): boolean {
  const wanted = email.toLowerCase();
  return answerStrings(body).some((s) => s.toLowerCase().includes(wanted));
}
