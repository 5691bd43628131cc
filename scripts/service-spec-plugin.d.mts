import type { Plugin } from 'esbuild';

export declare const SERVICE_SPEC_ASSET: { from: string; to: string };
export declare const serviceSpecBesideBundle: Plugin;
