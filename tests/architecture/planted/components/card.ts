// A planted wrong-way import: a client component importing server code.
import { vendor } from "../lib/sources/vendor";
export const card = vendor;
