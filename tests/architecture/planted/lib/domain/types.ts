// A planted wrong-way import: the domain depending on a source.
import { vendor } from "../sources/vendor";
export type Vendor = typeof vendor;
