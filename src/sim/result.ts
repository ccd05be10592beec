// Result: the outcome of parsing or checking untrusted input, success or a typed error, never a throw.

/** Success with a value, or failure with an error the caller must handle. */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

/** Wraps a success. */
export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

/** Wraps a failure. */
export const err = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });
