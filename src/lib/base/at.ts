/**
 * Reading an entry the code knows is there: an index inside a list it sized, a key it put in a
 * map. TypeScript (with `noUncheckedIndexedAccess`) cannot know that, so instead of asserting it
 * with `!`, `at` checks it and throws a `RangeError` naming the index when the code was wrong.
 * Pure.
 */

/** Whether `container` is indexed by number: a list, a typed array, a string. */
function isList(container: object | string): container is ArrayLike<unknown> {
  return typeof container === 'string' || Array.isArray(container) || ArrayBuffer.isView(container);
}

/** `list[index]`, `record[key]` or `map.get(key)`, which must be there. */
export function at<T>(list: ArrayLike<T>, index: number): T;
export function at<T>(record: Readonly<Record<string, T | undefined>>, key: string): T;
export function at<K, V>(map: ReadonlyMap<K, V>, key: K): V;
export function at(
  container: ArrayLike<unknown> | Readonly<Record<string, unknown>> | ReadonlyMap<unknown, unknown>,
  key: unknown,
): unknown {
  let value: unknown;
  if (container instanceof Map) value = container.get(key);
  else if (typeof key === 'number' && isList(container)) value = container[key];
  else value = Reflect.get(Object(container), String(key));
  if (value === undefined) throw new RangeError(`No entry at ${String(key)}: the caller's invariant does not hold.`);
  return value;
}
