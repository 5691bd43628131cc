import type { Plugin } from 'esbuild';

export declare const SPEC_TABLE_LIBRARY: RegExp;
export declare function serviceSpecTable(): Record<string, [string, string]>;
export declare const serviceSpecInBundle: Plugin;
