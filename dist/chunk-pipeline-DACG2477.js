import { createRequire as __blastgateCreateRequire } from 'node:module';
const require = __blastgateCreateRequire(import.meta.url);
import{analyzePlans}from"./chunk-chunk-6TWWUCSX.js";import"./chunk-chunk-TAFBAV74.js";import"./chunk-chunk-2GTC65QV.js";import"./chunk-chunk-LYWP5PGP.js";import"./chunk-chunk-5DC7GXSP.js";import"./chunk-chunk-T5B5UMBH.js";import"./chunk-chunk-CXM35RGA.js";import"./chunk-chunk-XXGJKCYO.js";export{analyzePlans};
