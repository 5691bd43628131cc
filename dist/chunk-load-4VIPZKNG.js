import { createRequire as __blastgateCreateRequire } from 'node:module';
const require = __blastgateCreateRequire(import.meta.url);
import{loadPolicy,parsePolicy}from"./chunk-chunk-XFDKTUFS.js";import"./chunk-chunk-BKJ7CIGL.js";import"./chunk-chunk-PXAAULP2.js";import"./chunk-chunk-NO2W2ZDA.js";import"./chunk-chunk-XLICZQ4D.js";import{DEFAULT_POLICY_PATH}from"./chunk-chunk-PGUICUL2.js";import"./chunk-chunk-7B644OS5.js";import"./chunk-chunk-APMLIALK.js";import"./chunk-chunk-AISM74QM.js";import"./chunk-chunk-XXGJKCYO.js";export{DEFAULT_POLICY_PATH,loadPolicy,parsePolicy};
