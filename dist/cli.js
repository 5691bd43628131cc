#!/usr/bin/env node
import { createRequire as __blastgateCreateRequire } from 'node:module';
const require = __blastgateCreateRequire(import.meta.url);
import*as nodeModule from"node:module";nodeModule.enableCompileCache?.();try{let argv=process.argv.slice(2);if(argv[0]==="guard"){let{runGuard}=await import("./chunk-run-OOJQ437Y.js");process.exitCode=await runGuard(argv.slice(1))}else{let{main}=await import("./chunk-main-ECN2KUJ6.js");process.exitCode=await main(argv)}}catch(error){process.stderr.write(`blastgate: internal error: ${error instanceof Error?error.message:String(error)}
`),process.exitCode=2}
