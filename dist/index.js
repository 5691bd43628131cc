import { createRequire as __blastgateCreateRequire } from 'node:module';
const require = __blastgateCreateRequire(import.meta.url);
try{let{main}=await import("./chunk-main-FFC2NSRD.js");await main()}catch(error){process.stdout.write(`::error::Blastgate could not start: ${error instanceof Error?error.message:String(error)}
`),process.exitCode=1}
