// Small tests on token text that several stages make on every token.

/** Whether a string begins with a capital letter, as `/^\p{Lu}/u` tells (ASCII without the regular expression). */
export function capitalised(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(s);
}
