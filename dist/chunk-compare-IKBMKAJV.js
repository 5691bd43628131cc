import { createRequire as __blastgateCreateRequire } from 'node:module';
const require = __blastgateCreateRequire(import.meta.url);
import{unapprovedChanges}from"./chunk-chunk-GFMTQM7P.js";import"./chunk-chunk-CXM35RGA.js";import"./chunk-chunk-XXGJKCYO.js";export{unapprovedChanges};
