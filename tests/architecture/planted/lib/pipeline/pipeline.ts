// A planted wrong-way import (tests/architecture/structure.test.ts): the pipeline naming a vendor.
import { vendor } from "../sources/vendor";
export const pipeline = vendor;
