import { createRequire as __blastgateCreateRequire } from 'node:module';
const require = __blastgateCreateRequire(import.meta.url);
import{toJsonReport}from"./chunk-chunk-46WHEZNY.js";import"./chunk-chunk-3HNUUMZ5.js";import"./chunk-chunk-LYWP5PGP.js";import"./chunk-chunk-XXGJKCYO.js";export{toJsonReport};
