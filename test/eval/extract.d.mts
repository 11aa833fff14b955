// Types for extract.mjs, so the TypeScript end-to-end tests can run the evaluation.
export interface EvalResult {
  id: string;
  saveMs: number | null;
  error: string | null;
  [field: string]: unknown;
}
export interface FieldScore {
  rate: number;
  ok: number;
  n: number;
}
export const DEV_DIRS: string[];
export const DEFAULT_OUT: string;
export function parseScore(output: string): { fields: Record<string, FieldScore>; summary: string };
export function runEval(options?: {
  dirs?: string[];
  out?: string;
  verbose?: boolean;
  log?: (line: string) => void;
}): Promise<{
  results: EvalResult[];
  out: string;
  scoreOutput: string;
  networkRequests: { url: string; from: string }[];
  fields: Record<string, FieldScore>;
  summary: string;
}>;
