// A planted wrong-way import: a source reaching up into the pipeline (and with it, a cycle).
import { pipeline } from "../pipeline/pipeline";
export const vendor = () => pipeline;
