import { createRequire as __blastgateCreateRequire } from 'node:module';
const require = __blastgateCreateRequire(import.meta.url);
var DEFAULT_PROVENANCE_SETTINGS={accounts:[],emails:[],labels:["ai-generated","ai-authored"],automationIsAi:!1,assistanceIsAi:!1,branchPrefixIsEnough:!1};export{DEFAULT_PROVENANCE_SETTINGS};
