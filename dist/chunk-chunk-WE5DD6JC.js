import { createRequire as __blastgateCreateRequire } from 'node:module';
const require = __blastgateCreateRequire(import.meta.url);
function isRecord(v){return typeof v=="object"&&v!==null&&!Array.isArray(v)}export{isRecord};
