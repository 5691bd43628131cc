import { createRequire as __blastgateCreateRequire } from 'node:module';
const require = __blastgateCreateRequire(import.meta.url);
var InputError=class extends Error{constructor(file,detail){super(`${file}: ${detail}`);this.file=file;this.detail=detail;this.name="InputError"}file;detail};export{InputError};
