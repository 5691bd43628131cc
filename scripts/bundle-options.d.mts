import type { BuildOptions } from 'esbuild';

export declare const ENTRIES: { in: string; out: string }[];
export declare const CHUNK: RegExp;
export declare function bundleOptions(options?: { outdir?: string; minify?: boolean }): BuildOptions;
