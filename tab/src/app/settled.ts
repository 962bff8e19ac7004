const values = new WeakMap<Promise<unknown>, unknown>();

/**
 * Remembers a promise's value once it has one, so a render can use an answer that is already
 * there instead of showing "loading" for one frame and waiting a turn for `then`.
 */
export function remembered<T>(promise: Promise<T>): Promise<T> {
  promise.then(
    (value) => values.set(promise, value),
    () => undefined, // a failure is handled where the promise is awaited
  );
  return promise;
}

/** The value of a promise passed through `remembered`, if it has resolved; else undefined. */
export function valueIfSettled<T>(promise: Promise<T> | null): T | undefined {
  return promise ? (values.get(promise) as T | undefined) : undefined;
}
