import { createRequire as __blastgateCreateRequire } from 'node:module';
const require = __blastgateCreateRequire(import.meta.url);
import{looksLikeTerraformPlan,readTerraformPlan}from"./chunk-chunk-CCHIYY76.js";import"./chunk-chunk-WE5DD6JC.js";import"./chunk-chunk-5DC7GXSP.js";import"./chunk-chunk-AISM74QM.js";import"./chunk-chunk-CXM35RGA.js";import"./chunk-chunk-XXGJKCYO.js";export{looksLikeTerraformPlan,readTerraformPlan};
