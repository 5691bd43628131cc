import { createRequire as __blastgateCreateRequire } from 'node:module';
const require = __blastgateCreateRequire(import.meta.url);
import{GUARD_DEADLINE_SECONDS,HOOK_TIMEOUT_SECONDS,hookCommand,installGuard}from"./chunk-chunk-56HEKJFQ.js";import"./chunk-chunk-AISM74QM.js";import"./chunk-chunk-XXGJKCYO.js";export{GUARD_DEADLINE_SECONDS,HOOK_TIMEOUT_SECONDS,hookCommand,installGuard};
