// Apart from cookie-syntax.ts, which every page loads: only the policy table, the preferences
// dialog and development builds need this.

/**
 * The `*` family a simple RegExp family reads as (`/^_ga_/` → `'_ga_*'`, `/^_pk_id\.\d+$/` →
 * `'_pk_id.*'`), or undefined when it has no honest wildcard form (alternatives, optional or
 * repeated literals). Wildcards (`.`, `\d`, `[…]`, with or without `+`/`*`) become `*`, so the
 * family may be a little wider than the pattern. Used to show a pattern in the policy and to name
 * the serialisable fix for a RegExp.
 */
export function familyOf(pattern: RegExp): string | undefined {
  let source = pattern.source;
  const anchoredStart = source.startsWith('^');
  if (anchoredStart) source = source.slice(1);
  const anchoredEnd = /(^|[^\\])\$$/.test(source);
  if (anchoredEnd) source = source.slice(0, -1);
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    let any = false;
    if (char === '\\') {
      const next = source[++i];
      if (next === undefined) return;
      if ('dwDWsS'.includes(next)) any = true;
      else if (/[A-Za-z0-9]/.test(next)) return;
      else out += next;
    } else if (char === '[') {
      const close = source.indexOf(']', i + 1);
      if (close < 0) return;
      i = close;
      any = true;
    } else if (char === '.') any = true;
    else if ('()|{}?*+^$'.includes(char)) return;
    else out += char;
    if (any) {
      const quantifier = source[i + 1];
      if (quantifier === '+' || quantifier === '*') i++;
      else if (quantifier && '?{'.includes(quantifier)) return;
      out += '*';
    } else if (source[i + 1] && '?*+{'.includes(source[i + 1]!)) {
      // A quantified literal (`a+`) has no honest wildcard form.
      return;
    }
  }
  return ((anchoredStart ? '' : '*') + out + (anchoredEnd ? '' : '*')).replace(/\*+/g, '*');
}
