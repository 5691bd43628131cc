import { createRequire as __blastgateCreateRequire } from 'node:module';
const require = __blastgateCreateRequire(import.meta.url);
import{composeInputs}from"./chunk-chunk-HUINY5GH.js";import{progressLines,readPlan,readPlanFile}from"./chunk-chunk-YFLXUYM5.js";import{GUARD_USAGE}from"./chunk-chunk-SOIBFL76.js";import"./chunk-chunk-MQGGCM4O.js";import"./chunk-chunk-SYGGPEH6.js";import{findPolicy}from"./chunk-chunk-PXAAULP2.js";import"./chunk-chunk-CCHIYY76.js";import"./chunk-chunk-WE5DD6JC.js";import{analyzePlans}from"./chunk-chunk-6TWWUCSX.js";import"./chunk-chunk-TAFBAV74.js";import"./chunk-chunk-2GTC65QV.js";import"./chunk-chunk-LYWP5PGP.js";import"./chunk-chunk-5DC7GXSP.js";import"./chunk-chunk-GAGPU7MH.js";import{DEFAULT_POLICY}from"./chunk-chunk-PGUICUL2.js";import"./chunk-chunk-7B644OS5.js";import"./chunk-chunk-APMLIALK.js";import{InputError}from"./chunk-chunk-AISM74QM.js";import"./chunk-chunk-T5B5UMBH.js";import{isDestructive}from"./chunk-chunk-CXM35RGA.js";import"./chunk-chunk-XXGJKCYO.js";import{renameSync,writeFileSync}from"node:fs";import{basename,dirname,join}from"node:path";import{parseArgs}from"node:util";var COMMANDS=["analyze","verify","guard","help"],OVERVIEW=`Blastgate scores the blast radius of infrastructure deletes and replaces; AI-authored production destroys wait
for a second human.

Usage:
  blastgate analyze [PLAN ...] [options]     score a plan (or templates, or configuration); exit 1 when the gate is closed
  blastgate verify PLAN --approved REPORT    at apply time: is this plan within what the reviewers approved?
  blastgate guard [--agent NAME]             a coding agent's pre-tool hook: stops destructive commands before they run
  blastgate help COMMAND                     every option of a command, with examples
  blastgate --version

Examples:
  terraform show -json plan.tfplan > plan.json && blastgate analyze plan.json
  blastgate analyze --base cdk.out.base --head cdk.out --format markdown
  blastgate help analyze

Exit codes: 0 gate open, 1 gate closed, 2 bad input or usage (one line on stderr naming the file and the problem).`,ANALYZE=`Usage: blastgate analyze [PLAN ...] [options]

Scores every delete and replacement for its blast radius and decides a verdict (pass, warn, review, fail) and a
gate (open, closed). Give at least one of PLAN, --base/--head or --tf-base/--tf-head (or --tf-diff).

Inputs:
  PLAN                     The JSON of \`terraform show -json PLANFILE\` (Terraform or OpenTofu), or of
                           \`aws cloudformation describe-change-set\`; several may be given.
                             terraform plan -out plan.tfplan && terraform show -json plan.tfplan > plan.json
                             blastgate analyze plan.json
  --base PATH --head PATH  Two CloudFormation templates (JSON or YAML) or two CDK cloud assemblies (cdk.out): what
                           the target branch synthesizes and what the PR synthesizes.
                             blastgate analyze --base examples/cdk/base.out --head examples/cdk/head.out
  --tf-base DIR --tf-head DIR
                           The Terraform configuration of the target branch and of the PR: guards removed, moved
                           blocks dropped and plan-time code become findings; results point at file:line.
                             blastgate analyze plan.json --tf-base ../main/infra --tf-head infra
  --tf-diff BASE..HEAD     The same from a git range of this repository, instead of two folders.
  --tf-dir DIR             With --tf-diff: the configuration's folder inside the repository (default: .).
                             blastgate analyze plan.json --tf-diff origin/main..HEAD --tf-dir infra

Judgement:
  --config FILE            The policy file. Default: .github/blastgate.yml of the repository (found by walking up
                           to the folder holding .git), else the built-in defaults. The report says which it used.
                             blastgate analyze plan.json --config examples/blastgate.yml
  --environment NAME       Names the environment of every plan (prod, staging, ...), overriding what plans say.
                             blastgate analyze plan.json --environment staging
  --ai-authored true|false Whether an AI agent wrote the change. When nobody says, Blastgate assumes it did.
                             blastgate analyze plan.json --ai-authored false
  --event FILE             A GitHub pull_request webhook payload: decides authorship offline, as the Action does.
  --commits FILE           With --event: the answer of GET /repos/{owner}/{repo}/pulls/{number}/commits.
                             blastgate analyze plan.json --event event.json --commits commits.json

Output:
  --format FORMAT          text (default; colour on a terminal unless NO_COLOR is set, FORCE_COLOR forces it),
                           markdown (the PR comment), json (schemaVersion 1, schema/report.schema.json) or
                           sarif (SARIF 2.1.0 for code scanning).
                             blastgate analyze plan.json --format sarif --output blastgate.sarif
  --output FILE            Write the report to FILE (whole, never half) instead of stdout.
  -h, --help               This help.

Exit codes: 0 gate open, 1 gate closed (verdict review or fail), 2 bad input or usage.`,VERIFY=`Usage: blastgate verify PLAN --approved REPORT [--format text|json]

At apply time: exit 0 when PLAN destroys or replaces nothing beyond what REPORT (the JSON report the reviewers
approved) lists, 1 when it does (naming each change), 2 on bad input.

Options:
  PLAN                     The plan about to be applied, as \`terraform show -json PLANFILE\` writes it.
  --approved REPORT        The approved report, from \`blastgate analyze --format json\` or the Action's report-path.
  --format text|json       text (default) or json ({ approved, destructive, unapproved }).
  -h, --help               This help.

Example:
  blastgate analyze plan.json --format json --output approved.json   # in the PR
  blastgate verify plan.json --approved approved.json                # in the apply job`,TOPICS={analyze:ANALYZE,verify:VERIFY,guard:GUARD_USAGE};function helpText(topic){return`${topic&&TOPICS[topic]||OVERVIEW}
`}var isHelpTopic=topic=>topic in TOPICS;function distance(a,b){let row=Array.from({length:b.length+1},(_,i)=>i);for(let i=1;i<=a.length;i++){let previous=row[0]??0;row[0]=i;for(let j=1;j<=b.length;j++){let current=row[j]??0;row[j]=Math.min((row[j]??0)+1,(row[j-1]??0)+1,previous+(a[i-1]===b[j-1]?0:1)),previous=current}}return row[b.length]??0}function didYouMean(word,known){let best=known.map(k=>({k,d:distance(word.toLowerCase(),k.toLowerCase())})).sort((a,b)=>a.d-b.d)[0];return best&&best.d<=Math.max(2,Math.floor(best.k.length/3))?best.k:void 0}var UsageError=class extends InputError{constructor(detail){super("usage",detail)}};function verifyArgs(plans,values){let extra=Object.keys(values).filter(k=>values[k]!==void 0&&k!=="approved"&&k!=="format");if(extra.length>0)throw new UsageError(`--${extra[0]} does not go with verify`);if(plans.length===0)throw new UsageError("no PLAN given (blastgate verify PLAN.json --approved REPORT.json)");if(!values.approved)throw new UsageError("verify needs --approved REPORT (the JSON report the reviewers approved)");let format=values.format??"text";if(format!=="text"&&format!=="json")throw new UsageError(`--format must be text or json for verify, not "${format}"`);return{command:"verify",plans,approved:values.approved,format}}var OPTIONS={config:{type:"string"},environment:{type:"string"},"ai-authored":{type:"string"},format:{type:"string"},output:{type:"string"},approved:{type:"string"},base:{type:"string"},head:{type:"string"},"tf-base":{type:"string"},"tf-head":{type:"string"},"tf-diff":{type:"string"},"tf-dir":{type:"string"},event:{type:"string"},commits:{type:"string"},help:{type:"boolean",short:"h"},version:{type:"boolean"}};function usageFrom(error){let message=error.message.split(`
`)[0]??"invalid arguments",unknown=/^Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];if(unknown){let guess=didYouMean(unknown.replace(/^-+/,""),Object.keys(OPTIONS));return new UsageError(`unknown option ${unknown}${guess?` (did you mean --${guess}?)`:""}`)}let missing=/^Option '(-{1,2}[\w-]+)(?:, -{1,2}[\w-]+)? <value>' argument missing/.exec(message)?.[1];return missing?new UsageError(`${missing} needs a value`):new UsageError(message)}function parseCli(argv){if(argv[0]==="help"){let topic=argv[1];if(topic===void 0||isHelpTopic(topic))return{command:"help",...topic?{topic}:{}};let guess=didYouMean(topic,COMMANDS);throw new UsageError(`no help for "${topic}"${guess?` (did you mean ${guess}?)`:""}`)}let parsed;try{parsed=parseArgs({args:argv,allowPositionals:!0,strict:!0,options:OPTIONS})}catch(error){throw usageFrom(error)}let{values,positionals}=parsed;if(values.help)return{command:"help",...positionals[0]&&isHelpTopic(positionals[0])?{topic:positionals[0]}:{}};if(values.version)return{command:"version"};let[command,...rest]=positionals;if(command==="verify")return verifyArgs(rest,values);if(command!=="analyze"){let guess=command?didYouMean(command,COMMANDS):void 0;throw new UsageError(command?`unknown command "${command}" (${guess?`did you mean ${guess}?`:"try: blastgate analyze PLAN"})`:"no command given (try: blastgate analyze PLAN)")}if(values.approved!==void 0)throw new UsageError("--approved belongs to `blastgate verify`");let[tfBase,tfHead,tfDiff]=[values["tf-base"],values["tf-head"],values["tf-diff"]];if(tfBase===void 0!=(tfHead===void 0))throw new UsageError("--tf-base and --tf-head go together");if(tfDiff!==void 0&&tfBase!==void 0)throw new UsageError("give --tf-diff or --tf-base/--tf-head, not both");if(values["tf-dir"]!==void 0&&tfDiff===void 0)throw new UsageError("--tf-dir goes with --tf-diff");let tf=tfBase!==void 0&&tfHead!==void 0?{base:tfBase,head:tfHead}:tfDiff!==void 0?{diff:tfDiff,dir:values["tf-dir"]??"."}:void 0;if(values.base===void 0!=(values.head===void 0))throw new UsageError("--base and --head go together");let cloudformation=values.base!==void 0&&values.head!==void 0?{base:values.base,head:values.head}:void 0;if(rest.length===0&&!tf&&!cloudformation)throw new UsageError("no PLAN given (blastgate analyze PLAN.json, --base/--head, or --tf-base/--tf-head)");let format=values.format??"text";if(format!=="text"&&format!=="markdown"&&format!=="json"&&format!=="sarif")throw new UsageError(`--format must be text, markdown, json or sarif, not "${format}"`);let ai=values["ai-authored"];if(ai!==void 0&&ai!=="true"&&ai!=="false")throw new UsageError(`--ai-authored must be true or false, not "${ai}"`);if(values.environment!==void 0&&values.environment.trim()==="")throw new UsageError("--environment is empty");if(values.commits!==void 0&&values.event===void 0)throw new UsageError("--commits goes with --event");return{command:"analyze",plans:rest,format,...values.config!==void 0?{config:values.config}:{},...values.environment!==void 0?{environment:values.environment}:{},...ai!==void 0?{aiAuthored:ai==="true"}:{},...tf?{tf}:{},...cloudformation?{cloudformation}:{},...values.event!==void 0?{event:values.event}:{},...values.commits!==void 0?{commits:values.commits}:{},...values.output!==void 0?{output:values.output}:{}}}import{closeSync,openSync,readSync}from"node:fs";var SHOW_JSON="run `terraform show -json PLANFILE > plan.json` and give plan.json";function head(path,bytes=4096){let fd;try{fd=openSync(path,"r");let buffer=Buffer.alloc(bytes);return buffer.subarray(0,readSync(fd,buffer,0,bytes,0))}catch{return Buffer.alloc(0)}finally{fd!==void 0&&closeSync(fd)}}function planMixUp(start){if(start.subarray(0,4).equals(Buffer.from([80,75,3,4])))return`is a binary Terraform planfile, not its JSON: ${SHOW_JSON}`;let text=start.toString("utf8").replaceAll("\x1B[","");if(/Terraform (will perform|used the selected providers)|OpenTofu (will perform|used the selected providers)|^No changes\.|^\s*# \S+ (will|must) be /m.test(text))return`is the text output of \`terraform plan\` or \`terraform show\`, not JSON: ${SHOW_JSON}`}function refineInputError(error,args){if(args.plans.includes(error.file)&&/not valid JSON|is empty|not a plan/i.test(error.detail)){let mixUp=planMixUp(head(error.file));if(mixUp)return new InputError(error.file,mixUp)}return args.tf&&"diff"in args.tf&&args.tf.dir==="."&&/holds no \.tf files/.test(error.detail)?new InputError(error.file,`${error.detail}: add --tf-dir DIR, the folder of the configuration inside the repository (for example --tf-dir infra)`):error}async function render(report,args,policy){if(args.format==="json"){let{toJsonReport}=await import("./chunk-json-JQOPL3YQ.js");return`${JSON.stringify(toJsonReport(report),null,2)}
`}if(args.format==="markdown")return(await import("./chunk-markdown-ER3BHMFP.js")).renderMarkdown(report);if(args.format==="sarif"){let root=args.tf?"head"in args.tf?args.tf.head:args.tf.dir:void 0,{renderSarif}=await import("./chunk-sarif-6XXJI6QG.js");return renderSarif(report,{warn:policy.thresholds.warn,version:"0.1.0",...root!==void 0?{root}:{}})}return(await import("./chunk-text-XH42CFJK.js")).renderText(report,{color:!args.output&&useColor(process.env,process.stdout.isTTY)})}function useColor(env,isTTY){if(env.NO_COLOR)return!1;let force=env.FORCE_COLOR;return force!==void 0?force!=="0"&&force!=="false":isTTY===!0}async function policyFor(config){if(config===void 0&&!findPolicy())return DEFAULT_POLICY;let{loadPolicy}=await import("./chunk-load-4VIPZKNG.js");return loadPolicy(config)}function withOverride(detected,aiAuthored){return aiAuthored===void 0?{aiAuthored:detected.aiAuthored,signals:detected.signals}:{aiAuthored,signals:[{kind:"override",detail:`--ai-authored ${String(aiAuthored)}`},...detected.signals]}}function writeAtomically(path,text){let temp=join(dirname(path),`.${basename(path)}.${process.pid}.tmp`);try{writeFileSync(temp,text),renameSync(temp,path)}catch(error){throw new InputError(path,`cannot write the report (${error.code??String(error)})`)}}function sayProgress(line){process.stderr.isTTY?process.stderr.write(`\rblastgate: ${line}${line.endsWith("(100%)")?`
`:""}`):process.stderr.write(`blastgate: ${line}
`)}async function verify(args){let[{readApprovedReport},{unapprovedChanges}]=await Promise.all([import("./chunk-approved-LPC27ZP7.js"),import("./chunk-compare-IKBMKAJV.js")]),approved=readApprovedReport(args.approved),changes=args.plans.map(readPlanFile).flatMap(input=>input.changes),unapproved=unapprovedChanges(changes,approved),destructive=changes.filter(isDestructive).length;if(args.format==="json")process.stdout.write(`${JSON.stringify({approved:unapproved.length===0,destructive,unapproved},null,2)}
`);else if(unapproved.length===0)process.stdout.write(`Blastgate verify: approved. The plan destroys or replaces ${destructive} resource(s), all within ${args.approved}.
`);else{let lines=unapproved.map(u=>`  ${u.action.padEnd(7)} ${u.address}: ${u.why}`);process.stdout.write(`Blastgate verify: NOT approved. The plan destroys or replaces what the reviewers did not approve:
${lines.join(`
`)}
`)}return unapproved.length===0?0:1}async function main(argv){if(argv[0]==="guard"){let{runGuard}=await import("./chunk-run-OOJQ437Y.js");return runGuard(argv.slice(1))}let args;try{if(args=parseCli(argv),args.command==="help")return process.stdout.write(helpText(args.topic)),0;if(args.command==="version")return process.stdout.write(`0.1.0
`),0;if(args.command==="verify")return await verify(args);let policy=await policyFor(args.config),inputs=await composeInputs({plans:args.plans.map(path=>readPlan(path,{onProgress:progressLines(path,sayProgress)})),...args.cloudformation?{cloudformation:args.cloudformation}:{},...args.tf?{tf:args.tf}:{}}),detected=args.event?(await import("./chunk-files-GRR53I7V.js")).readProvenanceFiles(args.event,args.commits,policy.provenance):void 0,report=analyzePlans(inputs,{policy,...args.environment?{environment:args.environment}:{},...process.env.TF_WORKSPACE?{workspace:process.env.TF_WORKSPACE}:{},...detected?{provenance:withOverride(detected,args.aiAuthored)}:{},...args.aiAuthored!==void 0?{aiAuthored:args.aiAuthored,aiAuthoredBecause:`--ai-authored ${String(args.aiAuthored)}`}:{}}),text=await render(report,args,policy);return args.output?writeAtomically(args.output,text):process.stdout.write(text),report.decision.gate==="open"?0:1}catch(error){if(error instanceof InputError){let e=args?.command==="analyze"?refineInputError(error,args):error;return process.stderr.write(`blastgate: ${e.message}${e.file==="usage"?" (blastgate --help shows the usage)":""}
`),2}return process.stderr.write(`blastgate: internal error: ${error instanceof Error?error.message:String(error)}
`),2}}export{main,useColor};
