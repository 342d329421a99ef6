/** Joins the class names that are set: the stable `ck-` class first, then the caller's. */
export const cx = (...names: (string | undefined)[]) => names.filter(Boolean).join(' ');
