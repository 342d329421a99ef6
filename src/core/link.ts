/**
 * An http(s) link whose host is what it seems: a string, with nothing like `user:pass@` before the
 * host (`https://policies.google.com@evil.example/` goes to evil.example), and no space or backslash
 * a browser would read differently. Config checks and the policy table's links both use it.
 */
export const isLink = (value: unknown): value is string => typeof value === 'string' && /^https?:\/\/[^\s/?#@\\]+([/?#][^\s\\]*)?$/i.test(value);
