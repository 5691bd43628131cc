import { createRequire as __blastgateCreateRequire } from 'node:module';
const require = __blastgateCreateRequire(import.meta.url);
import{GATE_SLOT,MAX_VISIBLE_ROWS,placeGate,renderMarkdown}from"./chunk-chunk-DTWXHAI6.js";import"./chunk-chunk-KQV5V54K.js";import"./chunk-chunk-3HNUUMZ5.js";import"./chunk-chunk-2GTC65QV.js";import"./chunk-chunk-LYWP5PGP.js";import"./chunk-chunk-5DC7GXSP.js";import"./chunk-chunk-CXM35RGA.js";import"./chunk-chunk-XXGJKCYO.js";export{GATE_SLOT,MAX_VISIBLE_ROWS,placeGate,renderMarkdown};
