/**
 * What ES2020 browsers lack and the bundle's dependencies call. Object.hasOwn (ES2022) is missing from Safari
 * before 15.4, the web view of Excel for Mac on older macOS.
 */
if (typeof Object.hasOwn !== "function") {
  Object.defineProperty(Object, "hasOwn", {
    value: (object: object, key: PropertyKey): boolean => Object.prototype.hasOwnProperty.call(object, key),
    configurable: true,
    writable: true,
  });
}

export {};
