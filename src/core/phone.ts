import { createRequire } from 'node:module';

// libphonenumber-js's metadata is a large module; most data has no phone number, so it loads on the first one.
// Its own module, without zod, so that the pages (which link numbers) do not bundle the schemas.
type PhoneLib = typeof import('libphonenumber-js/max');
let phoneLib: PhoneLib | undefined;

/** libphonenumber-js's parse, loaded on first use. */
export const parsePhoneNumberFromString: PhoneLib['parsePhoneNumberFromString'] = (...args) =>
  (phoneLib ??= createRequire(import.meta.url)('libphonenumber-js/max') as PhoneLib).parsePhoneNumberFromString(...args);

/** The number in E.164 ("+4915112345678"), for a `tel:` link; the schema has checked it. */
export const e164 = (phone: string): string => parsePhoneNumberFromString(phone)!.number;
