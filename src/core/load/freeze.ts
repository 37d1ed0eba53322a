/** Freezes plain objects and arrays all the way down, so no face can change the model another face reads. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value) && !(value instanceof Map)) {
    Object.freeze(value);
    // for…in rather than Object.values: freezing a 10,000-pipeline model should not build an array per object.
    for (const key in value) deepFreeze(value[key]);
  }
  return value;
}
