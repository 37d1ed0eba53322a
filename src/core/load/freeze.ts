/** Freezes plain objects and arrays all the way down, so no face can change the model another face reads. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value) && !(value instanceof Map)) {
    Object.freeze(value);
    // An index loop for arrays (for…in would make a string of every index); for…in rather than
    // Object.values for objects: freezing a 10,000-pipeline model should not build an array per object.
    if (Array.isArray(value)) for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
    else for (const key in value) deepFreeze(value[key]);
  }
  return value;
}
