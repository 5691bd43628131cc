#!/usr/bin/env node
import { createRequire as __blastgateCreateRequire } from 'node:module';
const require = __blastgateCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key3 of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key3) && key3 !== except)
        __defProp(to, key3, { get: () => from[key3], enumerable: !(desc = __getOwnPropDesc(from, key3)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/errors.ts
var InputError;
var init_errors = __esm({
  "src/errors.ts"() {
    "use strict";
    InputError = class extends Error {
      constructor(file, detail) {
        super(`${file}: ${detail}`);
        this.file = file;
        this.detail = detail;
        this.name = "InputError";
      }
      file;
      detail;
    };
  }
});

// src/cli/args.ts
import { parseArgs } from "node:util";
function verifyArgs(plans, values) {
  const extra = Object.keys(values).filter((k) => values[k] !== void 0 && k !== "approved" && k !== "format");
  if (extra.length > 0) throw new UsageError(`--${extra[0]} does not go with verify`);
  if (plans.length === 0) throw new UsageError("no PLAN given (blastgate verify PLAN.json --approved REPORT.json)");
  if (!values.approved) throw new UsageError("verify needs --approved REPORT (the JSON report the reviewers approved)");
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json") throw new UsageError(`--format must be text or json for verify, not "${format}"`);
  return { command: "verify", plans, approved: values.approved, format };
}
function parseCli(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: "string" },
        environment: { type: "string" },
        "ai-authored": { type: "string" },
        format: { type: "string" },
        output: { type: "string" },
        approved: { type: "string" },
        base: { type: "string" },
        head: { type: "string" },
        "tf-base": { type: "string" },
        "tf-head": { type: "string" },
        event: { type: "string" },
        commits: { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean" }
      }
    });
  } catch (error) {
    throw new UsageError(error.message.split("\n")[0] ?? "invalid arguments");
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: "help" };
  if (values.version) return { command: "version" };
  const [command, ...rest] = positionals;
  if (command === "verify") return verifyArgs(rest, values);
  if (command !== "analyze") {
    throw new UsageError(command ? `unknown command "${command}" (try: blastgate analyze PLAN)` : "no command given (try: blastgate analyze PLAN)");
  }
  for (const flag of Object.keys(NOT_YET)) {
    if (values[flag] !== void 0) throw new UsageError(`${NOT_YET[flag]} is not supported yet`);
  }
  if (values.approved !== void 0) throw new UsageError("--approved belongs to `blastgate verify`");
  if (rest.length === 0) throw new UsageError("no PLAN given (blastgate analyze PLAN.json)");
  const format = values.format ?? "text";
  if (format !== "text" && format !== "markdown" && format !== "json") {
    throw new UsageError(`--format must be text, markdown or json, not "${format}"`);
  }
  const ai = values["ai-authored"];
  if (ai !== void 0 && ai !== "true" && ai !== "false") {
    throw new UsageError(`--ai-authored must be true or false, not "${ai}"`);
  }
  if (values.environment !== void 0 && values.environment.trim() === "") throw new UsageError("--environment is empty");
  if (values.commits !== void 0 && values.event === void 0) throw new UsageError("--commits goes with --event");
  return {
    command: "analyze",
    plans: rest,
    format,
    ...values.config !== void 0 ? { config: values.config } : {},
    ...values.environment !== void 0 ? { environment: values.environment } : {},
    ...ai !== void 0 ? { aiAuthored: ai === "true" } : {},
    ...values.event !== void 0 ? { event: values.event } : {},
    ...values.commits !== void 0 ? { commits: values.commits } : {},
    ...values.output !== void 0 ? { output: values.output } : {}
  };
}
var USAGE, NOT_YET, UsageError;
var init_args = __esm({
  "src/cli/args.ts"() {
    "use strict";
    init_errors();
    USAGE = `Usage:
  blastgate analyze [PLAN ...] [--config FILE] [--environment NAME] [--ai-authored true|false]
                    [--event FILE [--commits FILE]] [--format text|markdown|json] [--output FILE]
  blastgate verify PLAN --approved REPORT [--format text|json]
  blastgate --help | --version

PLAN is the JSON of \`terraform show -json PLANFILE\` (Terraform or OpenTofu).
analyze exit codes: 0 gate open, 1 gate closed (verdict review or fail), 2 bad input or usage.
verify exit codes: 0 PLAN destroys or replaces nothing beyond REPORT, 1 it does, 2 bad input or usage.`;
    NOT_YET = {
      base: "--base/--head (CloudFormation templates and CDK assemblies)",
      head: "--base/--head (CloudFormation templates and CDK assemblies)",
      "tf-base": "--tf-base/--tf-head (Terraform configuration)",
      "tf-head": "--tf-base/--tf-head (Terraform configuration)"
    };
    UsageError = class extends InputError {
      constructor(detail) {
        super("usage", detail);
      }
    };
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens2 = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens2.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens2.push(token);
        }
        state.tokens = tokens2;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens2[idx].isPrefix = true;
              tokens2[idx].value = prefix;
            } else {
              tokens2[idx].value = value2;
            }
            depth(tokens2[idx]);
            state.maxDepth += tokens2[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens2[tokens2.length - 1].value = value;
          depth(tokens2[tokens2.length - 1]);
          state.maxDepth += tokens2[tokens2.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse2 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens2 = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens: tokens2
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens2.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens2.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens2[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens2.length; i++) {
            tokens2[i].value = "";
            tokens2[i].output = "";
            delete tokens2[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens2.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens2.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens2.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens2.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse2.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse2 = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch4 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch4(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch4.compileRe(glob, options) : picomatch4.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch4(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch4.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch4.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch4.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch4.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch4.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch4.isMatch = (str, patterns, options) => picomatch4(patterns, options)(str);
    picomatch4.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch4.parse(p, options));
      return parse2(pattern, { ...options, fastpaths: false });
    };
    picomatch4.scan = (input, options) => scan(input, options);
    picomatch4.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch4.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch4.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse2.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse2(input, options);
      }
      return picomatch4.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch4.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch4.constants = constants;
    module.exports = picomatch4;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch4(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch4, pico);
    module.exports = picomatch4;
  }
});

// src/catalog/aws.ts
var aws;
var init_aws = __esm({
  "src/catalog/aws.ts"() {
    "use strict";
    aws = {
      // Databases: their rows exist nowhere else, and everything that queries them stops.
      aws_db_instance: { class: "data", dataLoss: 1, outage: 0.9, what: "relational database instance", identity: ["identifier"] },
      aws_rds_cluster: { class: "data", dataLoss: 1, outage: 0.9, what: "Aurora/RDS database cluster", identity: ["cluster_identifier"] },
      aws_rds_global_cluster: { class: "data", dataLoss: 1, outage: 0.9, what: "Aurora global database", identity: ["global_cluster_identifier"] },
      aws_dynamodb_table: { class: "data", dataLoss: 1, outage: 0.9, what: "DynamoDB table", identity: ["name"] },
      aws_dynamodb_global_table: { class: "data", dataLoss: 1, outage: 0.9, what: "DynamoDB global table", identity: ["name"] },
      aws_docdb_cluster: { class: "data", dataLoss: 1, outage: 0.9, what: "DocumentDB cluster", identity: ["cluster_identifier"] },
      aws_neptune_cluster: { class: "data", dataLoss: 1, outage: 0.9, what: "Neptune graph database cluster", identity: ["cluster_identifier"] },
      aws_redshift_cluster: { class: "data", dataLoss: 1, outage: 0.9, what: "Redshift data warehouse", identity: ["cluster_identifier"] },
      aws_redshiftserverless_namespace: { class: "data", dataLoss: 1, outage: 0.9, what: "Redshift Serverless namespace", identity: ["namespace_name"] },
      aws_keyspaces_keyspace: { class: "data", dataLoss: 1, outage: 0.9, what: "Keyspaces (Cassandra) keyspace", identity: ["name"] },
      aws_keyspaces_table: { class: "data", dataLoss: 1, outage: 0.8, what: "Keyspaces (Cassandra) table", identity: ["keyspace_name", "table_name"] },
      aws_timestream_database: { class: "data", dataLoss: 1, outage: 0.8, what: "Timestream database", identity: ["database_name"] },
      aws_timestream_table: { class: "data", dataLoss: 1, outage: 0.8, what: "Timestream table", identity: ["database_name", "table_name"] },
      aws_qldb_ledger: { class: "data", dataLoss: 1, outage: 0.9, what: "QLDB ledger", identity: ["name"] },
      aws_memorydb_cluster: { class: "data", dataLoss: 0.9, outage: 0.9, what: "MemoryDB (durable Redis) cluster", identity: ["name"] },
      aws_cognito_user_pool: { class: "data", dataLoss: 1, outage: 0.9, what: "Cognito user pool (users and password hashes cannot be exported)", identity: ["name"] },
      // Instances inside a database cluster: the storage belongs to the cluster, but capacity and endpoints go.
      aws_rds_cluster_instance: { class: "data", dataLoss: 0.5, outage: 0.7, what: "instance in an Aurora/RDS cluster", identity: ["identifier"] },
      aws_docdb_cluster_instance: { class: "data", dataLoss: 0.5, outage: 0.7, what: "instance in a DocumentDB cluster", identity: ["identifier"] },
      aws_neptune_cluster_instance: { class: "data", dataLoss: 0.5, outage: 0.7, what: "instance in a Neptune cluster", identity: ["identifier"] },
      aws_dynamodb_table_replica: { class: "data", dataLoss: 0.7, outage: 0.6, what: "DynamoDB global table replica" },
      aws_dynamodb_table_item: { class: "data", dataLoss: 0.5, outage: 0.3, what: "DynamoDB item managed from configuration (later edits are lost)" },
      // Metadata catalogs: the data stays in S3, but the schemas and partitions describing it go.
      aws_glue_catalog_database: { class: "data", dataLoss: 0.6, outage: 0.6, what: "Glue catalog database", identity: ["name"] },
      aws_glue_catalog_table: { class: "data", dataLoss: 0.6, outage: 0.5, what: "Glue catalog table", identity: ["database_name", "name"] },
      aws_athena_database: { class: "data", dataLoss: 0.5, outage: 0.4, what: "Athena database", identity: ["name"] },
      // Search domains: indexes take long to rebuild and often hold the only copy of logs.
      aws_opensearch_domain: { class: "data", dataLoss: 0.9, outage: 0.8, what: "OpenSearch domain", identity: ["domain_name"] },
      aws_elasticsearch_domain: { class: "data", dataLoss: 0.9, outage: 0.8, what: "Elasticsearch domain", identity: ["domain_name"] },
      aws_opensearchserverless_collection: { class: "data", dataLoss: 0.9, outage: 0.8, what: "OpenSearch Serverless collection", identity: ["name"] },
      aws_cloudsearch_domain: { class: "data", dataLoss: 0.8, outage: 0.8, what: "CloudSearch domain", identity: ["name"] },
      // Caches: contents can be rebuilt, but a cold or missing cache takes the application down with it.
      aws_elasticache_cluster: { class: "data", dataLoss: 0.6, outage: 0.9, what: "ElastiCache cluster", identity: ["cluster_id"] },
      aws_elasticache_replication_group: { class: "data", dataLoss: 0.6, outage: 0.9, what: "ElastiCache replication group", identity: ["replication_group_id"] },
      aws_elasticache_serverless_cache: { class: "data", dataLoss: 0.6, outage: 0.9, what: "ElastiCache serverless cache", identity: ["name"] },
      aws_dax_cluster: { class: "data", dataLoss: 0.4, outage: 0.8, what: "DynamoDB Accelerator cluster", identity: ["cluster_name"] },
      // Object, block and file storage: the bytes are the only copy.
      aws_s3_bucket: { class: "data", dataLoss: 1, outage: 0.8, what: "S3 bucket", identity: ["bucket"] },
      aws_s3_directory_bucket: { class: "data", dataLoss: 1, outage: 0.8, what: "S3 directory bucket", identity: ["bucket"] },
      aws_glacier_vault: { class: "data", dataLoss: 1, outage: 0.5, what: "Glacier vault", identity: ["name"] },
      aws_ebs_volume: { class: "data", dataLoss: 1, outage: 0.7, what: "EBS volume" },
      aws_efs_file_system: { class: "data", dataLoss: 1, outage: 0.8, what: "EFS file system", identity: ["creation_token"] },
      aws_fsx_lustre_file_system: { class: "data", dataLoss: 1, outage: 0.8, what: "FSx for Lustre file system" },
      aws_fsx_windows_file_system: { class: "data", dataLoss: 1, outage: 0.8, what: "FSx for Windows file system" },
      aws_fsx_ontap_file_system: { class: "data", dataLoss: 1, outage: 0.8, what: "FSx for NetApp ONTAP file system" },
      aws_fsx_openzfs_file_system: { class: "data", dataLoss: 1, outage: 0.8, what: "FSx for OpenZFS file system" },
      // Objects whose content usually comes from the configuration: recreatable, but versions and edits made since are lost.
      aws_s3_object: { class: "data", dataLoss: 0.5, outage: 0.4, what: "S3 object", identity: ["bucket", "key"] },
      aws_s3_bucket_object: { class: "data", dataLoss: 0.5, outage: 0.4, what: "S3 object (deprecated type name)", identity: ["bucket", "key"] },
      // Snapshots, backups and images: they are the way back, so losing them removes the safety net.
      aws_ebs_snapshot: { class: "data", dataLoss: 0.9, outage: 0.2, what: "EBS snapshot" },
      aws_ebs_snapshot_copy: { class: "data", dataLoss: 0.9, outage: 0.2, what: "EBS snapshot copy" },
      aws_db_snapshot: { class: "data", dataLoss: 0.9, outage: 0.2, what: "RDS database snapshot", identity: ["db_snapshot_identifier"] },
      aws_db_cluster_snapshot: { class: "data", dataLoss: 0.9, outage: 0.2, what: "RDS cluster snapshot", identity: ["db_cluster_snapshot_identifier"] },
      aws_neptune_cluster_snapshot: { class: "data", dataLoss: 0.9, outage: 0.2, what: "Neptune cluster snapshot", identity: ["db_cluster_snapshot_identifier"] },
      aws_docdb_cluster_snapshot: { class: "data", dataLoss: 0.9, outage: 0.2, what: "DocumentDB cluster snapshot", identity: ["db_cluster_snapshot_identifier"] },
      aws_backup_vault: { class: "data", dataLoss: 1, outage: 0.3, what: "AWS Backup vault (holds recovery points)", identity: ["name"] },
      aws_cloudwatch_event_archive: { class: "data", dataLoss: 0.9, outage: 0.2, what: "EventBridge event archive", identity: ["name"] },
      aws_ami: { class: "data", dataLoss: 0.7, outage: 0.4, what: "machine image (AMI)", identity: ["name"] },
      // Queues and streams: messages in flight are lost, and producers and consumers break.
      aws_sqs_queue: { class: "data", dataLoss: 0.8, outage: 0.7, what: "SQS queue", identity: ["name"] },
      aws_kinesis_stream: { class: "data", dataLoss: 0.9, outage: 0.8, what: "Kinesis data stream", identity: ["name"] },
      aws_msk_cluster: { class: "data", dataLoss: 0.9, outage: 0.9, what: "MSK (Kafka) cluster", identity: ["cluster_name"] },
      aws_msk_serverless_cluster: { class: "data", dataLoss: 0.9, outage: 0.9, what: "MSK Serverless (Kafka) cluster", identity: ["cluster_name"] },
      aws_mq_broker: { class: "data", dataLoss: 0.8, outage: 0.9, what: "Amazon MQ broker", identity: ["broker_name"] },
      // Encryption keys: destroying one makes everything encrypted with it unreadable.
      aws_kms_key: { class: "data", dataLoss: 1, outage: 0.9, what: "KMS key" },
      aws_kms_replica_key: { class: "data", dataLoss: 1, outage: 0.9, what: "KMS multi-Region replica key" },
      aws_kms_external_key: { class: "data", dataLoss: 1, outage: 0.9, what: "KMS key with imported key material" },
      aws_acmpca_certificate_authority: { class: "data", dataLoss: 1, outage: 0.9, what: "private certificate authority (its key and chain cannot come back)", credential: true },
      // Secrets and parameters: values rotated or set outside Terraform exist nowhere else.
      aws_secretsmanager_secret: { class: "data", dataLoss: 0.8, outage: 0.7, what: "Secrets Manager secret", identity: ["name"] },
      aws_ssm_parameter: { class: "data", dataLoss: 0.5, outage: 0.6, what: "SSM parameter", identity: ["name"] },
      // Logs and audit: history cannot be re-recorded (moderate: usually not what the service runs on).
      aws_cloudwatch_log_group: { class: "data", dataLoss: 0.7, outage: 0.3, what: "CloudWatch log group", identity: ["name"] },
      aws_cloudwatch_log_stream: { class: "data", dataLoss: 0.6, outage: 0.2, what: "CloudWatch log stream", identity: ["log_group_name", "name"] },
      aws_cloudtrail: { class: "data", dataLoss: 0.5, outage: 0.4, what: "CloudTrail trail (events go unrecorded while it is gone)", identity: ["name"] },
      aws_guardduty_detector: { class: "data", dataLoss: 0.6, outage: 0.3, what: "GuardDuty detector (its findings go with it)" },
      // Code and image repositories: pushed artifacts and history are the only copy.
      aws_ecr_repository: { class: "data", dataLoss: 0.8, outage: 0.7, what: "ECR container image repository", identity: ["name"] },
      aws_ecrpublic_repository: { class: "data", dataLoss: 0.8, outage: 0.6, what: "ECR Public repository", identity: ["repository_name"] },
      aws_codecommit_repository: { class: "data", dataLoss: 1, outage: 0.6, what: "CodeCommit Git repository", identity: ["repository_name"] },
      aws_codeartifact_domain: { class: "data", dataLoss: 0.9, outage: 0.6, what: "CodeArtifact domain", identity: ["domain"] },
      aws_codeartifact_repository: { class: "data", dataLoss: 0.8, outage: 0.6, what: "CodeArtifact package repository", identity: ["domain", "repository"] },
      aws_sagemaker_notebook_instance: { class: "data", dataLoss: 0.7, outage: 0.3, what: "SageMaker notebook instance (its volume holds work)", identity: ["name"] },
      // Networks: everything inside must be rebuilt when they are replaced.
      aws_vpc: { class: "foundation", dataLoss: 0, outage: 0.9, what: "VPC" },
      aws_subnet: { class: "foundation", dataLoss: 0, outage: 0.8, what: "VPC subnet" },
      aws_vpc_ipv4_cidr_block_association: { class: "foundation", dataLoss: 0, outage: 0.6, what: "secondary VPC CIDR block" },
      aws_internet_gateway: { class: "foundation", dataLoss: 0, outage: 0.8, what: "internet gateway" },
      aws_egress_only_internet_gateway: { class: "foundation", dataLoss: 0, outage: 0.7, what: "egress-only internet gateway" },
      aws_nat_gateway: { class: "foundation", dataLoss: 0, outage: 0.8, what: "NAT gateway (its public IP changes)" },
      aws_vpc_dhcp_options: { class: "foundation", dataLoss: 0, outage: 0.6, what: "VPC DHCP options set" },
      aws_vpc_dhcp_options_association: { class: "foundation", dataLoss: 0, outage: 0.6, what: "VPC DHCP options association" },
      aws_network_interface: { class: "foundation", dataLoss: 0, outage: 0.6, what: "elastic network interface (fixed private IPs)" },
      aws_ec2_managed_prefix_list: { class: "foundation", dataLoss: 0, outage: 0.6, what: "managed prefix list", identity: ["name"] },
      // Defaults: Terraform adopts them rather than creating them, so a destroy mostly forgets.
      aws_default_vpc: { class: "foundation", dataLoss: 0, outage: 0.5, what: "default VPC (adopted)" },
      aws_default_subnet: { class: "foundation", dataLoss: 0, outage: 0.4, what: "default subnet (adopted)" },
      aws_default_security_group: { class: "foundation", dataLoss: 0, outage: 0.4, what: "default security group (adopted)" },
      aws_default_route_table: { class: "foundation", dataLoss: 0, outage: 0.4, what: "default route table (adopted)" },
      aws_default_network_acl: { class: "foundation", dataLoss: 0, outage: 0.4, what: "default network ACL (adopted)" },
      // Routing: traffic stops until it is back, but nothing is lost.
      aws_route_table: { class: "foundation", dataLoss: 0, outage: 0.6, what: "route table" },
      aws_route: { class: "foundation", dataLoss: 0, outage: 0.6, what: "route in a route table" },
      aws_route_table_association: { class: "foundation", dataLoss: 0, outage: 0.6, what: "route table association" },
      aws_main_route_table_association: { class: "foundation", dataLoss: 0, outage: 0.6, what: "main route table association" },
      // Firewalls: a replaced security group takes every attached interface with it.
      aws_security_group: { class: "foundation", dataLoss: 0, outage: 0.7, what: "security group", identity: ["name", "vpc_id"] },
      aws_security_group_rule: { class: "foundation", dataLoss: 0, outage: 0.5, what: "security group rule" },
      aws_vpc_security_group_ingress_rule: { class: "foundation", dataLoss: 0, outage: 0.5, what: "security group ingress rule" },
      aws_vpc_security_group_egress_rule: { class: "foundation", dataLoss: 0, outage: 0.5, what: "security group egress rule" },
      aws_network_acl: { class: "foundation", dataLoss: 0, outage: 0.7, what: "network ACL" },
      aws_network_acl_rule: { class: "foundation", dataLoss: 0, outage: 0.5, what: "network ACL rule" },
      // Connectivity between networks: every workload on the far side loses its path.
      aws_vpc_endpoint: { class: "foundation", dataLoss: 0, outage: 0.7, what: "VPC endpoint" },
      aws_vpc_endpoint_service: { class: "foundation", dataLoss: 0, outage: 0.8, what: "VPC endpoint service (PrivateLink)" },
      aws_vpc_peering_connection: { class: "foundation", dataLoss: 0, outage: 0.8, what: "VPC peering connection" },
      aws_vpc_peering_connection_accepter: { class: "foundation", dataLoss: 0, outage: 0.7, what: "VPC peering accepter" },
      aws_ec2_transit_gateway: { class: "foundation", dataLoss: 0, outage: 1, what: "transit gateway" },
      aws_ec2_transit_gateway_vpc_attachment: { class: "foundation", dataLoss: 0, outage: 0.8, what: "transit gateway VPC attachment" },
      aws_ec2_transit_gateway_route_table: { class: "foundation", dataLoss: 0, outage: 0.7, what: "transit gateway route table" },
      aws_ec2_transit_gateway_route: { class: "foundation", dataLoss: 0, outage: 0.6, what: "transit gateway route" },
      aws_vpn_gateway: { class: "foundation", dataLoss: 0, outage: 0.8, what: "virtual private gateway" },
      aws_customer_gateway: { class: "foundation", dataLoss: 0, outage: 0.7, what: "customer gateway" },
      aws_vpn_connection: { class: "foundation", dataLoss: 0, outage: 0.8, what: "site-to-site VPN connection (new tunnel keys for the far side)", credential: true },
      aws_dx_gateway: { class: "foundation", dataLoss: 0, outage: 0.8, what: "Direct Connect gateway", identity: ["name"] },
      aws_route53_resolver_endpoint: { class: "foundation", dataLoss: 0, outage: 0.7, what: "Route 53 Resolver endpoint" },
      aws_route53_resolver_rule: { class: "foundation", dataLoss: 0, outage: 0.6, what: "Route 53 Resolver rule" },
      aws_route53_resolver_rule_association: { class: "foundation", dataLoss: 0, outage: 0.5, what: "Route 53 Resolver rule association" },
      aws_route53_zone_association: { class: "foundation", dataLoss: 0, outage: 0.6, what: "private hosted zone VPC association" },
      aws_service_discovery_private_dns_namespace: { class: "foundation", dataLoss: 0, outage: 0.6, what: "Cloud Map private DNS namespace", identity: ["name"] },
      // Database plumbing: replacing it forces the databases that use it to be modified or rebooted.
      aws_db_subnet_group: { class: "foundation", dataLoss: 0, outage: 0.6, what: "RDS subnet group", identity: ["name"] },
      aws_elasticache_subnet_group: { class: "foundation", dataLoss: 0, outage: 0.6, what: "ElastiCache subnet group", identity: ["name"] },
      aws_db_parameter_group: { class: "foundation", dataLoss: 0, outage: 0.5, what: "RDS parameter group", identity: ["name"] },
      aws_rds_cluster_parameter_group: { class: "foundation", dataLoss: 0, outage: 0.5, what: "RDS cluster parameter group", identity: ["name"] },
      aws_db_option_group: { class: "foundation", dataLoss: 0, outage: 0.5, what: "RDS option group", identity: ["name"] },
      aws_elasticache_parameter_group: { class: "foundation", dataLoss: 0, outage: 0.5, what: "ElastiCache parameter group", identity: ["name"] },
      // Load balancers: a new one gets a new DNS name that clients and records still point away from.
      aws_lb: { class: "foundation", dataLoss: 0, outage: 0.8, what: "load balancer", identity: ["name"] },
      aws_alb: { class: "foundation", dataLoss: 0, outage: 0.8, what: "load balancer", identity: ["name"] },
      aws_elb: { class: "foundation", dataLoss: 0, outage: 0.8, what: "classic load balancer", identity: ["name"] },
      aws_lb_listener: { class: "foundation", dataLoss: 0, outage: 0.7, what: "load balancer listener", identity: ["load_balancer_arn", "port"] },
      aws_alb_listener: { class: "foundation", dataLoss: 0, outage: 0.7, what: "load balancer listener", identity: ["load_balancer_arn", "port"] },
      aws_lb_listener_rule: { class: "foundation", dataLoss: 0, outage: 0.5, what: "load balancer listener rule", identity: ["listener_arn", "priority"] },
      aws_alb_listener_rule: { class: "foundation", dataLoss: 0, outage: 0.5, what: "load balancer listener rule", identity: ["listener_arn", "priority"] },
      aws_lb_target_group: { class: "foundation", dataLoss: 0, outage: 0.6, what: "load balancer target group", identity: ["name"] },
      aws_alb_target_group: { class: "foundation", dataLoss: 0, outage: 0.6, what: "load balancer target group", identity: ["name"] },
      // Container platforms: every workload on them goes, and with it state the cluster keeps (volumes, secrets).
      aws_eks_cluster: { class: "foundation", dataLoss: 0.6, outage: 1, what: "EKS Kubernetes cluster", identity: ["name"] },
      aws_eks_node_group: { class: "foundation", dataLoss: 0.1, outage: 0.7, what: "EKS managed node group", identity: ["cluster_name", "node_group_name"] },
      aws_eks_fargate_profile: { class: "foundation", dataLoss: 0, outage: 0.6, what: "EKS Fargate profile", identity: ["cluster_name", "fargate_profile_name"] },
      aws_eks_addon: { class: "foundation", dataLoss: 0, outage: 0.6, what: "EKS add-on (CNI, DNS, storage drivers)", identity: ["cluster_name", "addon_name"] },
      aws_ecs_cluster: { class: "foundation", dataLoss: 0, outage: 0.8, what: "ECS cluster", identity: ["name"] },
      aws_ecs_capacity_provider: { class: "foundation", dataLoss: 0, outage: 0.6, what: "ECS capacity provider", identity: ["name"] },
      aws_ecs_cluster_capacity_providers: { class: "foundation", dataLoss: 0, outage: 0.5, what: "ECS cluster capacity providers", identity: ["cluster_name"] },
      aws_batch_compute_environment: { class: "foundation", dataLoss: 0, outage: 0.5, what: "Batch compute environment" },
      aws_sns_topic: { class: "foundation", dataLoss: 0.3, outage: 0.7, what: "SNS topic (subscriptions made outside Terraform go with it)", identity: ["name"] },
      aws_cloudwatch_event_bus: { class: "foundation", dataLoss: 0.1, outage: 0.6, what: "EventBridge event bus", identity: ["name"] },
      // Accounts and organizational units: closing an account takes everything in it.
      aws_organizations_account: { class: "foundation", dataLoss: 1, outage: 1, what: "AWS account", identity: ["email"] },
      aws_organizations_organizational_unit: { class: "foundation", dataLoss: 0, outage: 0.6, what: "organizational unit", identity: ["name", "parent_id"] },
      // Roles and users: running services and people lose access until it is back, with new IDs.
      aws_iam_role: { class: "identity", dataLoss: 0, outage: 0.6, what: "IAM role", identity: ["name"] },
      aws_iam_user: { class: "identity", dataLoss: 0.2, outage: 0.5, what: "IAM user (console password and MFA devices go with it)", identity: ["name"] },
      aws_iam_group: { class: "identity", dataLoss: 0, outage: 0.5, what: "IAM group", identity: ["name"] },
      aws_iam_policy: { class: "identity", dataLoss: 0, outage: 0.5, what: "IAM managed policy", identity: ["name"] },
      aws_iam_instance_profile: { class: "identity", dataLoss: 0, outage: 0.5, what: "IAM instance profile", identity: ["name"] },
      aws_iam_service_linked_role: { class: "identity", dataLoss: 0, outage: 0.5, what: "IAM service-linked role", identity: ["aws_service_name"] },
      aws_iam_openid_connect_provider: { class: "identity", dataLoss: 0, outage: 0.7, what: "IAM OIDC identity provider (federated logins such as CI)", identity: ["url"] },
      aws_iam_saml_provider: { class: "identity", dataLoss: 0, outage: 0.7, what: "IAM SAML identity provider", identity: ["name"] },
      aws_iam_server_certificate: { class: "identity", dataLoss: 0, outage: 0.5, what: "IAM server certificate", identity: ["name"] },
      aws_ssoadmin_permission_set: { class: "identity", dataLoss: 0, outage: 0.5, what: "IAM Identity Center permission set", identity: ["name"] },
      aws_organizations_policy: { class: "identity", dataLoss: 0, outage: 0.5, what: "Organizations policy (SCP)", identity: ["name"] },
      aws_cognito_identity_pool: { class: "identity", dataLoss: 0.3, outage: 0.6, what: "Cognito identity pool (identity IDs change)", identity: ["identity_pool_name"] },
      aws_cognito_user_group: { class: "identity", dataLoss: 0, outage: 0.3, what: "Cognito user group", identity: ["user_pool_id", "name"] },
      aws_kms_alias: { class: "identity", dataLoss: 0, outage: 0.5, what: "KMS key alias (the name callers use)", identity: ["name"] },
      aws_cloudfront_origin_access_identity: { class: "identity", dataLoss: 0, outage: 0.5, what: "CloudFront origin access identity" },
      aws_cloudfront_origin_access_control: { class: "identity", dataLoss: 0, outage: 0.5, what: "CloudFront origin access control", identity: ["name"] },
      aws_eks_access_entry: { class: "identity", dataLoss: 0, outage: 0.5, what: "EKS access entry", identity: ["cluster_name", "principal_arn"] },
      aws_eks_identity_provider_config: { class: "identity", dataLoss: 0, outage: 0.5, what: "EKS OIDC identity provider config" },
      aws_acm_certificate: { class: "identity", dataLoss: 0, outage: 0.6, what: "ACM certificate (a new one must validate before use)" },
      aws_secretsmanager_secret_version: { class: "identity", dataLoss: 0.3, outage: 0.5, what: "Secrets Manager secret value" },
      // Keys handed to others: replacing one issues new key material every holder must pick up.
      aws_iam_access_key: { class: "identity", dataLoss: 0, outage: 0.6, what: "IAM access key", credential: true },
      aws_iam_user_login_profile: { class: "identity", dataLoss: 0, outage: 0.4, what: "IAM user console password", credential: true },
      aws_api_gateway_api_key: { class: "identity", dataLoss: 0, outage: 0.5, what: "API Gateway API key", credential: true },
      aws_cognito_user_pool_client: { class: "identity", dataLoss: 0, outage: 0.6, what: "Cognito app client (new client ID and secret)", credential: true },
      aws_key_pair: { class: "identity", dataLoss: 0, outage: 0.4, what: "EC2 SSH key pair", identity: ["key_name"] },
      // Attachments and inline policies: one grant among many, restored by the next apply.
      aws_iam_role_policy: { class: "identity", dataLoss: 0, outage: 0.4, what: "IAM role inline policy", identity: ["role", "name"] },
      aws_iam_role_policy_attachment: { class: "identity", dataLoss: 0, outage: 0.3, what: "IAM role policy attachment" },
      aws_iam_user_policy: { class: "identity", dataLoss: 0, outage: 0.3, what: "IAM user inline policy", identity: ["user", "name"] },
      aws_iam_user_policy_attachment: { class: "identity", dataLoss: 0, outage: 0.3, what: "IAM user policy attachment" },
      aws_iam_group_policy: { class: "identity", dataLoss: 0, outage: 0.3, what: "IAM group inline policy", identity: ["group", "name"] },
      aws_iam_group_policy_attachment: { class: "identity", dataLoss: 0, outage: 0.3, what: "IAM group policy attachment" },
      aws_iam_group_membership: { class: "identity", dataLoss: 0, outage: 0.3, what: "IAM group membership", identity: ["name"] },
      aws_iam_user_group_membership: { class: "identity", dataLoss: 0, outage: 0.3, what: "IAM user group membership" },
      aws_iam_policy_attachment: { class: "identity", dataLoss: 0, outage: 0.4, what: "exclusive IAM policy attachment", identity: ["name"] },
      aws_iam_account_password_policy: { class: "identity", dataLoss: 0, outage: 0.2, what: "IAM account password policy" },
      aws_ssoadmin_account_assignment: { class: "identity", dataLoss: 0, outage: 0.4, what: "IAM Identity Center account assignment" },
      aws_organizations_policy_attachment: { class: "identity", dataLoss: 0, outage: 0.4, what: "Organizations policy attachment" },
      aws_eks_access_policy_association: { class: "identity", dataLoss: 0, outage: 0.3, what: "EKS access policy association" },
      aws_eks_pod_identity_association: { class: "identity", dataLoss: 0, outage: 0.4, what: "EKS pod identity association" },
      aws_acm_certificate_validation: { class: "identity", dataLoss: 0, outage: 0.3, what: "ACM certificate validation" },
      aws_lambda_permission: { class: "identity", dataLoss: 0, outage: 0.4, what: "Lambda invoke permission", identity: ["function_name", "statement_id"] },
      aws_kms_grant: { class: "identity", dataLoss: 0, outage: 0.3, what: "KMS grant" },
      aws_ecr_repository_policy: { class: "identity", dataLoss: 0, outage: 0.3, what: "ECR repository policy", identity: ["repository"] },
      aws_cloudwatch_log_resource_policy: { class: "identity", dataLoss: 0, outage: 0.3, what: "CloudWatch Logs resource policy", identity: ["policy_name"] },
      // DNS zones: records made outside Terraform go with it, and a new zone gets new name servers.
      aws_route53_zone: { class: "data", dataLoss: 1, outage: 0.9, what: "Route 53 hosted zone", identity: ["name"] },
      aws_route53_delegation_set: { class: "edge", dataLoss: 0.2, outage: 0.7, what: "Route 53 reusable delegation set" },
      // Names and entry points: clients cannot find the service while they are gone.
      aws_route53_record: { class: "edge", dataLoss: 0, outage: 0.6, what: "DNS record", identity: ["zone_id", "name", "type"] },
      aws_route53_health_check: { class: "edge", dataLoss: 0, outage: 0.4, what: "Route 53 health check" },
      aws_route53domains_registered_domain: { class: "edge", dataLoss: 0, outage: 0.3, what: "registered domain (destroy only stops managing it)", identity: ["domain_name"] },
      aws_cloudfront_distribution: { class: "edge", dataLoss: 0, outage: 0.7, what: "CloudFront distribution (a new one gets a new domain name)" },
      aws_api_gateway_rest_api: { class: "edge", dataLoss: 0, outage: 0.7, what: "API Gateway REST API (its invoke URL changes)", identity: ["name"] },
      aws_api_gateway_stage: { class: "edge", dataLoss: 0, outage: 0.6, what: "API Gateway stage", identity: ["rest_api_id", "stage_name"] },
      aws_api_gateway_deployment: { class: "edge", dataLoss: 0, outage: 0.3, what: "API Gateway deployment (redeployed routinely)" },
      aws_api_gateway_domain_name: { class: "edge", dataLoss: 0, outage: 0.7, what: "API Gateway custom domain", identity: ["domain_name"] },
      aws_api_gateway_base_path_mapping: { class: "edge", dataLoss: 0, outage: 0.6, what: "API Gateway base path mapping" },
      aws_apigatewayv2_api: { class: "edge", dataLoss: 0, outage: 0.7, what: "API Gateway HTTP/WebSocket API", identity: ["name"] },
      aws_apigatewayv2_stage: { class: "edge", dataLoss: 0, outage: 0.6, what: "API Gateway v2 stage", identity: ["api_id", "name"] },
      aws_apigatewayv2_domain_name: { class: "edge", dataLoss: 0, outage: 0.7, what: "API Gateway v2 custom domain", identity: ["domain_name"] },
      aws_apigatewayv2_api_mapping: { class: "edge", dataLoss: 0, outage: 0.6, what: "API Gateway v2 API mapping" },
      aws_lambda_function_url: { class: "edge", dataLoss: 0, outage: 0.6, what: "Lambda function URL (the URL changes)" },
      aws_cognito_user_pool_domain: { class: "edge", dataLoss: 0, outage: 0.6, what: "Cognito hosted UI domain", identity: ["domain"] },
      aws_lb_listener_certificate: { class: "edge", dataLoss: 0, outage: 0.5, what: "extra certificate on a listener" },
      aws_alb_listener_certificate: { class: "edge", dataLoss: 0, outage: 0.5, what: "extra certificate on a listener" },
      aws_service_discovery_service: { class: "edge", dataLoss: 0, outage: 0.5, what: "Cloud Map service", identity: ["name"] },
      aws_ses_domain_identity: { class: "edge", dataLoss: 0, outage: 0.6, what: "SES sending domain (verification starts over)", identity: ["domain"] },
      aws_sesv2_email_identity: { class: "edge", dataLoss: 0, outage: 0.6, what: "SES email identity", identity: ["email_identity"] },
      aws_ses_domain_dkim: { class: "edge", dataLoss: 0, outage: 0.5, what: "SES DKIM tokens", identity: ["domain"] },
      // Web firewalls: traffic is unfiltered or blocked while they change.
      aws_wafv2_web_acl: { class: "edge", dataLoss: 0, outage: 0.6, what: "WAF web ACL", identity: ["name", "scope"] },
      aws_wafv2_web_acl_association: { class: "edge", dataLoss: 0, outage: 0.5, what: "WAF web ACL association" },
      aws_wafv2_rule_group: { class: "edge", dataLoss: 0, outage: 0.5, what: "WAF rule group", identity: ["name", "scope"] },
      aws_wafv2_ip_set: { class: "edge", dataLoss: 0, outage: 0.4, what: "WAF IP set", identity: ["name", "scope"] },
      aws_shield_protection: { class: "edge", dataLoss: 0, outage: 0.4, what: "Shield Advanced protection", identity: ["name"] },
      // Public addresses: a released address cannot be reclaimed, and allowlists elsewhere still name it.
      aws_eip: { class: "edge", dataLoss: 0.3, outage: 0.7, what: "Elastic IP address" },
      aws_globalaccelerator_accelerator: { class: "edge", dataLoss: 0.3, outage: 0.8, what: "Global Accelerator (its static anycast IPs)", identity: ["name"] },
      // Machines: recreated from an image, but data on the root or instance-store disk goes with them.
      aws_instance: { class: "compute", dataLoss: 0.3, outage: 0.5, what: "EC2 instance" },
      aws_spot_instance_request: { class: "compute", dataLoss: 0.3, outage: 0.5, what: "EC2 spot instance request" },
      aws_emr_cluster: { class: "compute", dataLoss: 0.4, outage: 0.6, what: "EMR cluster (HDFS data goes with it)", identity: ["name"] },
      // Fleets and services: rebuilt from templates, capacity is missing while they are replaced.
      aws_autoscaling_group: { class: "compute", dataLoss: 0, outage: 0.5, what: "Auto Scaling group", identity: ["name"] },
      aws_ecs_service: { class: "compute", dataLoss: 0, outage: 0.5, what: "ECS service", identity: ["name", "cluster"] },
      aws_apprunner_service: { class: "compute", dataLoss: 0, outage: 0.6, what: "App Runner service (its URL changes)", identity: ["service_name"] },
      aws_elastic_beanstalk_environment: { class: "compute", dataLoss: 0.1, outage: 0.6, what: "Elastic Beanstalk environment", identity: ["name"] },
      aws_elastic_beanstalk_application: { class: "compute", dataLoss: 0, outage: 0.3, what: "Elastic Beanstalk application", identity: ["name"] },
      aws_sagemaker_endpoint: { class: "compute", dataLoss: 0, outage: 0.6, what: "SageMaker inference endpoint", identity: ["name"] },
      aws_sagemaker_model: { class: "compute", dataLoss: 0, outage: 0.2, what: "SageMaker model", identity: ["name"] },
      aws_amplify_app: { class: "compute", dataLoss: 0, outage: 0.6, what: "Amplify app (its default domain changes)", identity: ["name"] },
      aws_batch_job_queue: { class: "compute", dataLoss: 0.3, outage: 0.5, what: "Batch job queue (queued jobs are dropped)", identity: ["name"] },
      // Functions and workflows: code lives in the configuration, so a replacement is a redeploy.
      aws_lambda_function: { class: "compute", dataLoss: 0, outage: 0.4, what: "Lambda function", identity: ["function_name"] },
      aws_lambda_alias: { class: "compute", dataLoss: 0, outage: 0.4, what: "Lambda alias", identity: ["function_name", "name"] },
      aws_lambda_event_source_mapping: { class: "compute", dataLoss: 0.2, outage: 0.4, what: "Lambda event source mapping (stream position restarts)" },
      aws_sfn_state_machine: { class: "compute", dataLoss: 0.2, outage: 0.5, what: "Step Functions state machine (running executions stop)", identity: ["name"] },
      aws_sfn_activity: { class: "compute", dataLoss: 0, outage: 0.3, what: "Step Functions activity", identity: ["name"] },
      aws_cloudfront_function: { class: "compute", dataLoss: 0, outage: 0.4, what: "CloudFront function", identity: ["name"] },
      aws_api_gateway_resource: { class: "compute", dataLoss: 0, outage: 0.4, what: "API Gateway resource path" },
      aws_api_gateway_method: { class: "compute", dataLoss: 0, outage: 0.4, what: "API Gateway method" },
      aws_api_gateway_integration: { class: "compute", dataLoss: 0, outage: 0.4, what: "API Gateway integration" },
      aws_api_gateway_usage_plan: { class: "compute", dataLoss: 0, outage: 0.4, what: "API Gateway usage plan", identity: ["name"] },
      aws_apigatewayv2_route: { class: "compute", dataLoss: 0, outage: 0.4, what: "API Gateway v2 route", identity: ["api_id", "route_key"] },
      aws_apigatewayv2_integration: { class: "compute", dataLoss: 0, outage: 0.4, what: "API Gateway v2 integration" },
      aws_codebuild_project: { class: "compute", dataLoss: 0, outage: 0.3, what: "CodeBuild project", identity: ["name"] },
      aws_codepipeline: { class: "compute", dataLoss: 0.1, outage: 0.3, what: "CodePipeline pipeline", identity: ["name"] },
      aws_codedeploy_app: { class: "compute", dataLoss: 0, outage: 0.3, what: "CodeDeploy application", identity: ["name"] },
      aws_codedeploy_deployment_group: { class: "compute", dataLoss: 0, outage: 0.3, what: "CodeDeploy deployment group", identity: ["app_name", "deployment_group_name"] },
      aws_glue_job: { class: "compute", dataLoss: 0, outage: 0.3, what: "Glue job", identity: ["name"] },
      aws_glue_crawler: { class: "compute", dataLoss: 0, outage: 0.2, what: "Glue crawler", identity: ["name"] },
      aws_kinesis_firehose_delivery_stream: { class: "compute", dataLoss: 0.2, outage: 0.6, what: "Firehose delivery stream (buffers only minutes)", identity: ["name"] },
      // Links between compute and what it uses: recreated in seconds, traffic or I/O stops meanwhile.
      aws_volume_attachment: { class: "compute", dataLoss: 0, outage: 0.5, what: "EBS volume attachment (detaches a disk from a running instance)" },
      aws_network_interface_attachment: { class: "compute", dataLoss: 0, outage: 0.4, what: "network interface attachment" },
      aws_eip_association: { class: "compute", dataLoss: 0, outage: 0.5, what: "Elastic IP association" },
      aws_lb_target_group_attachment: { class: "compute", dataLoss: 0, outage: 0.4, what: "target group attachment" },
      aws_alb_target_group_attachment: { class: "compute", dataLoss: 0, outage: 0.4, what: "target group attachment" },
      aws_elb_attachment: { class: "compute", dataLoss: 0, outage: 0.4, what: "classic load balancer attachment" },
      aws_autoscaling_attachment: { class: "compute", dataLoss: 0, outage: 0.4, what: "Auto Scaling group load balancer attachment" },
      aws_sns_topic_subscription: { class: "compute", dataLoss: 0, outage: 0.4, what: "SNS topic subscription" },
      // Templates and definitions: new revisions are the normal way to change them.
      aws_launch_template: { class: "compute", dataLoss: 0, outage: 0.2, what: "EC2 launch template", identity: ["name"] },
      aws_launch_configuration: { class: "compute", dataLoss: 0, outage: 0.2, what: "Auto Scaling launch configuration", identity: ["name"] },
      aws_ecs_task_definition: { class: "compute", dataLoss: 0, outage: 0.1, what: "ECS task definition revision", identity: ["family"] },
      aws_batch_job_definition: { class: "compute", dataLoss: 0, outage: 0.1, what: "Batch job definition", identity: ["name"] },
      aws_lambda_layer_version: { class: "compute", dataLoss: 0, outage: 0.1, what: "Lambda layer version" },
      aws_ssm_document: { class: "compute", dataLoss: 0, outage: 0.2, what: "SSM document", identity: ["name"] },
      aws_placement_group: { class: "compute", dataLoss: 0, outage: 0.3, what: "EC2 placement group", identity: ["name"] },
      aws_cloudfront_cache_policy: { class: "compute", dataLoss: 0, outage: 0.3, what: "CloudFront cache policy", identity: ["name"] },
      aws_cloudfront_origin_request_policy: { class: "compute", dataLoss: 0, outage: 0.3, what: "CloudFront origin request policy", identity: ["name"] },
      aws_cloudfront_response_headers_policy: { class: "compute", dataLoss: 0, outage: 0.3, what: "CloudFront response headers policy", identity: ["name"] },
      // Scaling, scheduling and tuning: the service runs on without them for a while.
      aws_autoscaling_policy: { class: "compute", dataLoss: 0, outage: 0.2, what: "Auto Scaling policy" },
      aws_autoscaling_schedule: { class: "compute", dataLoss: 0, outage: 0.1, what: "Auto Scaling schedule" },
      aws_autoscaling_lifecycle_hook: { class: "compute", dataLoss: 0, outage: 0.2, what: "Auto Scaling lifecycle hook" },
      aws_appautoscaling_target: { class: "compute", dataLoss: 0, outage: 0.2, what: "Application Auto Scaling target" },
      aws_appautoscaling_policy: { class: "compute", dataLoss: 0, outage: 0.2, what: "Application Auto Scaling policy" },
      aws_lambda_provisioned_concurrency_config: { class: "compute", dataLoss: 0, outage: 0.2, what: "Lambda provisioned concurrency" },
      aws_lambda_function_event_invoke_config: { class: "compute", dataLoss: 0, outage: 0.1, what: "Lambda asynchronous invoke config" },
      aws_cloudwatch_event_rule: { class: "compute", dataLoss: 0, outage: 0.4, what: "EventBridge rule", identity: ["name", "event_bus_name"] },
      aws_cloudwatch_event_target: { class: "compute", dataLoss: 0, outage: 0.3, what: "EventBridge rule target" },
      aws_scheduler_schedule: { class: "compute", dataLoss: 0, outage: 0.3, what: "EventBridge Scheduler schedule", identity: ["name", "group_name"] },
      aws_ssm_association: { class: "compute", dataLoss: 0, outage: 0.2, what: "SSM association" },
      aws_secretsmanager_secret_rotation: { class: "compute", dataLoss: 0, outage: 0.2, what: "Secrets Manager rotation schedule" },
      aws_backup_plan: { class: "compute", dataLoss: 0.2, outage: 0.3, what: "AWS Backup plan (backups stop while it is gone)", identity: ["name"] },
      aws_backup_selection: { class: "compute", dataLoss: 0.1, outage: 0.2, what: "AWS Backup resource selection" },
      // Monitoring and log plumbing: a gap in alerts or logs, nothing the service runs on.
      aws_cloudwatch_metric_alarm: { class: "compute", dataLoss: 0, outage: 0.2, what: "CloudWatch alarm", identity: ["alarm_name"] },
      aws_cloudwatch_composite_alarm: { class: "compute", dataLoss: 0, outage: 0.2, what: "CloudWatch composite alarm", identity: ["alarm_name"] },
      aws_cloudwatch_dashboard: { class: "compute", dataLoss: 0, outage: 0.1, what: "CloudWatch dashboard", identity: ["dashboard_name"] },
      aws_cloudwatch_log_subscription_filter: { class: "compute", dataLoss: 0, outage: 0.2, what: "log subscription filter" },
      aws_cloudwatch_log_metric_filter: { class: "compute", dataLoss: 0, outage: 0.2, what: "log metric filter" },
      aws_flow_log: { class: "compute", dataLoss: 0.2, outage: 0.2, what: "VPC flow log (traffic goes unrecorded while it is gone)" },
      aws_config_configuration_recorder: { class: "compute", dataLoss: 0.2, outage: 0.3, what: "AWS Config recorder", identity: ["name"] },
      aws_securityhub_account: { class: "compute", dataLoss: 0.3, outage: 0.3, what: "Security Hub enablement (findings go with it)" },
      // Bucket and queue sub-resources: configuration of a store; the contents stay when they go.
      aws_s3_bucket_policy: { class: "compute", dataLoss: 0, outage: 0.3, what: "S3 bucket policy", identity: ["bucket"] },
      aws_s3_bucket_acl: { class: "compute", dataLoss: 0, outage: 0.2, what: "S3 bucket ACL", identity: ["bucket"] },
      aws_s3_bucket_public_access_block: { class: "compute", dataLoss: 0, outage: 0.2, what: "S3 bucket public access block", identity: ["bucket"] },
      aws_s3_bucket_ownership_controls: { class: "compute", dataLoss: 0, outage: 0.2, what: "S3 bucket ownership controls", identity: ["bucket"] },
      aws_s3_bucket_lifecycle_configuration: { class: "compute", dataLoss: 0, outage: 0.1, what: "S3 bucket lifecycle rules", identity: ["bucket"] },
      aws_s3_bucket_versioning: { class: "compute", dataLoss: 0, outage: 0.2, what: "S3 bucket versioning setting", identity: ["bucket"] },
      aws_s3_bucket_logging: { class: "compute", dataLoss: 0, outage: 0.1, what: "S3 bucket access logging", identity: ["bucket"] },
      aws_s3_bucket_server_side_encryption_configuration: { class: "compute", dataLoss: 0, outage: 0.2, what: "S3 bucket default encryption", identity: ["bucket"] },
      aws_s3_bucket_cors_configuration: { class: "compute", dataLoss: 0, outage: 0.3, what: "S3 bucket CORS rules", identity: ["bucket"] },
      aws_s3_bucket_website_configuration: { class: "compute", dataLoss: 0, outage: 0.5, what: "S3 static website configuration", identity: ["bucket"] },
      aws_s3_bucket_notification: { class: "compute", dataLoss: 0, outage: 0.3, what: "S3 bucket event notifications", identity: ["bucket"] },
      aws_s3_bucket_replication_configuration: { class: "compute", dataLoss: 0.1, outage: 0.2, what: "S3 bucket replication rules", identity: ["bucket"] },
      aws_s3_bucket_object_lock_configuration: { class: "compute", dataLoss: 0, outage: 0.2, what: "S3 object lock defaults", identity: ["bucket"] },
      aws_s3_bucket_intelligent_tiering_configuration: { class: "compute", dataLoss: 0, outage: 0.1, what: "S3 Intelligent-Tiering configuration", identity: ["bucket", "name"] },
      aws_s3_bucket_accelerate_configuration: { class: "compute", dataLoss: 0, outage: 0.2, what: "S3 Transfer Acceleration setting", identity: ["bucket"] },
      aws_s3_account_public_access_block: { class: "compute", dataLoss: 0, outage: 0.3, what: "account-wide S3 public access block" },
      aws_sqs_queue_policy: { class: "compute", dataLoss: 0, outage: 0.3, what: "SQS queue policy", identity: ["queue_url"] },
      aws_sns_topic_policy: { class: "compute", dataLoss: 0, outage: 0.3, what: "SNS topic policy", identity: ["arn"] },
      aws_ecr_lifecycle_policy: { class: "compute", dataLoss: 0, outage: 0.1, what: "ECR lifecycle policy", identity: ["repository"] },
      aws_elasticsearch_domain_policy: { class: "compute", dataLoss: 0, outage: 0.3, what: "Elasticsearch domain access policy", identity: ["domain_name"] },
      aws_opensearch_domain_policy: { class: "compute", dataLoss: 0, outage: 0.3, what: "OpenSearch domain access policy", identity: ["domain_name"] }
    };
  }
});

// src/catalog/azurerm.ts
var RG, azurerm;
var init_azurerm = __esm({
  "src/catalog/azurerm.ts"() {
    "use strict";
    RG = ["name", "resource_group_name"];
    azurerm = {
      // Database servers: deleting the server deletes every database on it.
      azurerm_mssql_server: { class: "data", dataLoss: 1, outage: 0.9, what: "Azure SQL logical server (with its databases)", identity: RG },
      azurerm_sql_server: { class: "data", dataLoss: 1, outage: 0.9, what: "Azure SQL server (legacy type)", identity: RG },
      azurerm_mssql_managed_instance: { class: "data", dataLoss: 1, outage: 0.9, what: "SQL Managed Instance", identity: RG },
      azurerm_postgresql_flexible_server: { class: "data", dataLoss: 1, outage: 0.9, what: "PostgreSQL flexible server", identity: RG },
      azurerm_postgresql_server: { class: "data", dataLoss: 1, outage: 0.9, what: "PostgreSQL single server", identity: RG },
      azurerm_mysql_flexible_server: { class: "data", dataLoss: 1, outage: 0.9, what: "MySQL flexible server", identity: RG },
      azurerm_mysql_server: { class: "data", dataLoss: 1, outage: 0.9, what: "MySQL single server", identity: RG },
      azurerm_mariadb_server: { class: "data", dataLoss: 1, outage: 0.9, what: "MariaDB server", identity: RG },
      azurerm_cosmosdb_account: { class: "data", dataLoss: 1, outage: 0.9, what: "Cosmos DB account (with its databases)", identity: RG },
      azurerm_kusto_cluster: { class: "data", dataLoss: 1, outage: 0.9, what: "Data Explorer cluster", identity: RG },
      azurerm_synapse_workspace: { class: "data", dataLoss: 0.9, outage: 0.8, what: "Synapse Analytics workspace", identity: RG },
      azurerm_databricks_workspace: { class: "data", dataLoss: 0.8, outage: 0.8, what: "Databricks workspace (notebooks, DBFS root)", identity: RG },
      // Databases and containers: their rows exist nowhere else.
      azurerm_mssql_database: { class: "data", dataLoss: 1, outage: 0.9, what: "Azure SQL database", identity: ["name", "server_id"] },
      azurerm_sql_database: { class: "data", dataLoss: 1, outage: 0.9, what: "Azure SQL database (legacy type)", identity: ["name", "server_name", "resource_group_name"] },
      azurerm_mssql_managed_database: { class: "data", dataLoss: 1, outage: 0.9, what: "SQL Managed Instance database", identity: ["name", "managed_instance_id"] },
      azurerm_postgresql_flexible_server_database: { class: "data", dataLoss: 1, outage: 0.9, what: "PostgreSQL flexible server database", identity: ["name", "server_id"] },
      azurerm_postgresql_database: { class: "data", dataLoss: 1, outage: 0.9, what: "PostgreSQL database", identity: ["name", "server_name", "resource_group_name"] },
      azurerm_mysql_flexible_database: { class: "data", dataLoss: 1, outage: 0.9, what: "MySQL flexible server database", identity: ["name", "server_name", "resource_group_name"] },
      azurerm_mysql_database: { class: "data", dataLoss: 1, outage: 0.9, what: "MySQL database", identity: ["name", "server_name", "resource_group_name"] },
      azurerm_cosmosdb_sql_database: { class: "data", dataLoss: 1, outage: 0.9, what: "Cosmos DB SQL database", identity: ["name", "account_name", "resource_group_name"] },
      azurerm_cosmosdb_sql_container: { class: "data", dataLoss: 1, outage: 0.8, what: "Cosmos DB SQL container", identity: ["name", "database_name", "account_name", "resource_group_name"] },
      azurerm_cosmosdb_mongo_database: { class: "data", dataLoss: 1, outage: 0.9, what: "Cosmos DB MongoDB database", identity: ["name", "account_name", "resource_group_name"] },
      azurerm_cosmosdb_mongo_collection: { class: "data", dataLoss: 1, outage: 0.8, what: "Cosmos DB MongoDB collection", identity: ["name", "database_name", "account_name", "resource_group_name"] },
      azurerm_cosmosdb_table: { class: "data", dataLoss: 1, outage: 0.8, what: "Cosmos DB table", identity: ["name", "account_name", "resource_group_name"] },
      azurerm_kusto_database: { class: "data", dataLoss: 1, outage: 0.8, what: "Data Explorer database", identity: ["name", "cluster_name", "resource_group_name"] },
      // Caches: contents can be rebuilt, but a missing cache takes the application down with it.
      azurerm_redis_cache: { class: "data", dataLoss: 0.6, outage: 0.9, what: "Azure Cache for Redis", identity: RG },
      // Storage accounts and what they hold: the bytes are the only copy.
      azurerm_storage_account: { class: "data", dataLoss: 1, outage: 0.9, what: "storage account (blobs, files, queues, tables)", identity: RG },
      azurerm_storage_container: { class: "data", dataLoss: 1, outage: 0.7, what: "blob container", identity: ["name", "storage_account_name", "storage_account_id"] },
      azurerm_storage_share: { class: "data", dataLoss: 1, outage: 0.7, what: "Azure Files share", identity: ["name", "storage_account_name", "storage_account_id"] },
      azurerm_storage_table: { class: "data", dataLoss: 1, outage: 0.7, what: "storage table", identity: ["name", "storage_account_name", "storage_account_id"] },
      azurerm_storage_queue: { class: "data", dataLoss: 0.8, outage: 0.6, what: "storage queue", identity: ["name", "storage_account_name", "storage_account_id"] },
      azurerm_storage_data_lake_gen2_filesystem: { class: "data", dataLoss: 1, outage: 0.7, what: "Data Lake Gen2 file system", identity: ["name", "storage_account_id"] },
      azurerm_managed_disk: { class: "data", dataLoss: 1, outage: 0.7, what: "managed disk", identity: RG },
      // Blobs whose content usually comes from the configuration: recreatable, later edits are lost.
      azurerm_storage_blob: { class: "data", dataLoss: 0.5, outage: 0.4, what: "storage blob", identity: ["name", "storage_container_name", "storage_account_name"] },
      // Snapshots, images and backup vaults: they are the way back.
      azurerm_snapshot: { class: "data", dataLoss: 0.9, outage: 0.2, what: "disk snapshot", identity: RG },
      azurerm_image: { class: "data", dataLoss: 0.7, outage: 0.3, what: "managed VM image", identity: RG },
      azurerm_shared_image_gallery: { class: "data", dataLoss: 0.8, outage: 0.4, what: "compute gallery", identity: RG },
      azurerm_shared_image: { class: "data", dataLoss: 0.7, outage: 0.4, what: "gallery image definition", identity: ["name", "gallery_name", "resource_group_name"] },
      azurerm_shared_image_version: { class: "data", dataLoss: 0.7, outage: 0.4, what: "gallery image version", identity: ["name", "image_name", "gallery_name", "resource_group_name"] },
      azurerm_recovery_services_vault: { class: "data", dataLoss: 1, outage: 0.3, what: "Recovery Services vault (holds backups)", identity: RG },
      azurerm_data_protection_backup_vault: { class: "data", dataLoss: 1, outage: 0.3, what: "Data Protection backup vault", identity: RG },
      azurerm_backup_protected_vm: { class: "data", dataLoss: 0.8, outage: 0.2, what: "VM backup protection (its recovery points can be purged)" },
      // Messaging: messages in flight are lost, and producers and consumers break.
      azurerm_servicebus_namespace: { class: "data", dataLoss: 0.9, outage: 0.9, what: "Service Bus namespace", identity: RG },
      azurerm_servicebus_queue: { class: "data", dataLoss: 0.8, outage: 0.7, what: "Service Bus queue", identity: ["name", "namespace_id"] },
      azurerm_servicebus_topic: { class: "data", dataLoss: 0.7, outage: 0.7, what: "Service Bus topic", identity: ["name", "namespace_id"] },
      azurerm_servicebus_subscription: { class: "data", dataLoss: 0.8, outage: 0.6, what: "Service Bus subscription (holds undelivered messages)", identity: ["name", "topic_id"] },
      azurerm_eventhub_namespace: { class: "data", dataLoss: 0.8, outage: 0.9, what: "Event Hubs namespace", identity: RG },
      azurerm_eventhub: { class: "data", dataLoss: 0.8, outage: 0.7, what: "event hub", identity: ["name", "namespace_name", "resource_group_name"] },
      // Logs and telemetry: history cannot be re-recorded (moderate: the service runs on without it).
      azurerm_log_analytics_workspace: { class: "data", dataLoss: 0.8, outage: 0.5, what: "Log Analytics workspace", identity: RG },
      azurerm_application_insights: { class: "data", dataLoss: 0.7, outage: 0.4, what: "Application Insights component", identity: RG },
      // Registries and search indexes: pushed images and built indexes are the only copy.
      azurerm_container_registry: { class: "data", dataLoss: 0.8, outage: 0.7, what: "container registry", identity: RG },
      azurerm_search_service: { class: "data", dataLoss: 0.9, outage: 0.8, what: "AI Search service", identity: RG },
      // Key vaults and keys: destroying a key makes everything encrypted with it unreadable.
      azurerm_key_vault: { class: "data", dataLoss: 1, outage: 0.9, what: "Key Vault", identity: RG },
      azurerm_key_vault_managed_hardware_security_module: { class: "data", dataLoss: 1, outage: 0.9, what: "Key Vault Managed HSM", identity: RG },
      azurerm_key_vault_key: { class: "data", dataLoss: 1, outage: 0.9, what: "Key Vault key", identity: ["name", "key_vault_id"] },
      azurerm_key_vault_secret: { class: "data", dataLoss: 0.8, outage: 0.7, what: "Key Vault secret", identity: ["name", "key_vault_id"] },
      azurerm_key_vault_certificate: { class: "data", dataLoss: 0.8, outage: 0.7, what: "Key Vault certificate (its private key may be non-exportable)", identity: ["name", "key_vault_id"], credential: true },
      // DNS zones: records made outside Terraform go with it, and a new zone may get new name servers.
      azurerm_dns_zone: { class: "data", dataLoss: 1, outage: 0.9, what: "public DNS zone", identity: RG },
      azurerm_private_dns_zone: { class: "data", dataLoss: 0.9, outage: 0.8, what: "private DNS zone (auto-registered records go with it)", identity: RG },
      // Containers of everything: deleting a resource group or subscription deletes what is in it.
      azurerm_resource_group: { class: "foundation", dataLoss: 0.6, outage: 1, what: "resource group (and everything in it)", identity: ["name"] },
      azurerm_subscription: { class: "foundation", dataLoss: 1, outage: 1, what: "subscription (cancelling it takes everything in it)", identity: ["subscription_name"] },
      azurerm_management_group: { class: "foundation", dataLoss: 0, outage: 0.7, what: "management group", identity: ["name"] },
      // Networks: everything inside must be rebuilt when they are replaced.
      azurerm_virtual_network: { class: "foundation", dataLoss: 0, outage: 0.9, what: "virtual network", identity: RG },
      azurerm_subnet: { class: "foundation", dataLoss: 0, outage: 0.8, what: "subnet", identity: ["name", "virtual_network_name", "resource_group_name"] },
      azurerm_network_interface: { class: "foundation", dataLoss: 0, outage: 0.6, what: "network interface", identity: RG },
      azurerm_nat_gateway: { class: "foundation", dataLoss: 0, outage: 0.8, what: "NAT gateway", identity: RG },
      azurerm_private_endpoint: { class: "foundation", dataLoss: 0, outage: 0.7, what: "private endpoint", identity: RG },
      azurerm_private_dns_zone_virtual_network_link: { class: "foundation", dataLoss: 0, outage: 0.7, what: "private DNS zone link to a network", identity: ["name", "private_dns_zone_name", "resource_group_name"] },
      // Firewalls and security rules: traffic is cut or opened while they change.
      azurerm_network_security_group: { class: "foundation", dataLoss: 0, outage: 0.7, what: "network security group", identity: RG },
      azurerm_network_security_rule: { class: "foundation", dataLoss: 0, outage: 0.5, what: "network security rule", identity: ["name", "network_security_group_name", "resource_group_name"] },
      azurerm_firewall: { class: "foundation", dataLoss: 0, outage: 0.9, what: "Azure Firewall", identity: RG },
      azurerm_firewall_policy: { class: "foundation", dataLoss: 0, outage: 0.7, what: "firewall policy", identity: RG },
      azurerm_firewall_policy_rule_collection_group: { class: "foundation", dataLoss: 0, outage: 0.6, what: "firewall policy rule collection group", identity: ["name", "firewall_policy_id"] },
      azurerm_storage_account_network_rules: { class: "foundation", dataLoss: 0, outage: 0.5, what: "storage account network rules", identity: ["storage_account_id"] },
      azurerm_mssql_firewall_rule: { class: "foundation", dataLoss: 0, outage: 0.5, what: "Azure SQL firewall rule", identity: ["name", "server_id"] },
      azurerm_postgresql_flexible_server_firewall_rule: { class: "foundation", dataLoss: 0, outage: 0.5, what: "PostgreSQL firewall rule", identity: ["name", "server_id"] },
      // Routing and associations: traffic stops until they are back, nothing is lost.
      azurerm_route_table: { class: "foundation", dataLoss: 0, outage: 0.6, what: "route table", identity: RG },
      azurerm_route: { class: "foundation", dataLoss: 0, outage: 0.6, what: "route", identity: ["name", "route_table_name", "resource_group_name"] },
      azurerm_subnet_route_table_association: { class: "foundation", dataLoss: 0, outage: 0.6, what: "subnet route table association", identity: ["subnet_id"] },
      azurerm_subnet_network_security_group_association: { class: "foundation", dataLoss: 0, outage: 0.6, what: "subnet security group association", identity: ["subnet_id"] },
      azurerm_network_interface_security_group_association: { class: "foundation", dataLoss: 0, outage: 0.5, what: "network interface security group association", identity: ["network_interface_id"] },
      azurerm_subnet_nat_gateway_association: { class: "foundation", dataLoss: 0, outage: 0.6, what: "subnet NAT gateway association", identity: ["subnet_id"] },
      azurerm_nat_gateway_public_ip_association: { class: "foundation", dataLoss: 0, outage: 0.6, what: "NAT gateway public IP association" },
      // Connectivity between networks and sites: every workload on the far side loses its path.
      azurerm_virtual_network_peering: { class: "foundation", dataLoss: 0, outage: 0.8, what: "virtual network peering", identity: ["name", "virtual_network_name", "resource_group_name"] },
      azurerm_virtual_network_gateway: { class: "foundation", dataLoss: 0, outage: 0.9, what: "VPN/ExpressRoute gateway", identity: RG },
      azurerm_virtual_network_gateway_connection: { class: "foundation", dataLoss: 0, outage: 0.8, what: "gateway connection", identity: RG },
      azurerm_local_network_gateway: { class: "foundation", dataLoss: 0, outage: 0.7, what: "local network gateway", identity: RG },
      azurerm_express_route_circuit: { class: "foundation", dataLoss: 0, outage: 0.9, what: "ExpressRoute circuit (the carrier must provision again)", identity: RG },
      azurerm_virtual_wan: { class: "foundation", dataLoss: 0, outage: 0.9, what: "Virtual WAN", identity: RG },
      azurerm_virtual_hub: { class: "foundation", dataLoss: 0, outage: 0.9, what: "Virtual WAN hub", identity: RG },
      azurerm_virtual_hub_connection: { class: "foundation", dataLoss: 0, outage: 0.8, what: "virtual hub connection", identity: ["name", "virtual_hub_id"] },
      // Load balancers and gateways: a new one gets a new frontend that clients do not know yet.
      azurerm_lb: { class: "foundation", dataLoss: 0, outage: 0.8, what: "load balancer", identity: RG },
      azurerm_lb_backend_address_pool: { class: "foundation", dataLoss: 0, outage: 0.6, what: "load balancer backend pool", identity: ["name", "loadbalancer_id"] },
      azurerm_lb_rule: { class: "foundation", dataLoss: 0, outage: 0.6, what: "load balancer rule", identity: ["name", "loadbalancer_id"] },
      azurerm_lb_probe: { class: "foundation", dataLoss: 0, outage: 0.5, what: "load balancer health probe", identity: ["name", "loadbalancer_id"] },
      azurerm_application_gateway: { class: "foundation", dataLoss: 0, outage: 0.9, what: "Application Gateway", identity: RG },
      // Platforms that workloads run on: every workload on them goes with them.
      azurerm_kubernetes_cluster: { class: "foundation", dataLoss: 0.6, outage: 1, what: "AKS Kubernetes cluster", identity: RG },
      azurerm_kubernetes_cluster_node_pool: { class: "foundation", dataLoss: 0.1, outage: 0.7, what: "AKS node pool", identity: ["name", "kubernetes_cluster_id"] },
      azurerm_container_app_environment: { class: "foundation", dataLoss: 0, outage: 0.8, what: "Container Apps environment", identity: RG },
      azurerm_service_plan: { class: "foundation", dataLoss: 0, outage: 0.7, what: "App Service plan", identity: RG },
      azurerm_app_service_plan: { class: "foundation", dataLoss: 0, outage: 0.7, what: "App Service plan (legacy type)", identity: RG },
      azurerm_availability_set: { class: "foundation", dataLoss: 0, outage: 0.6, what: "availability set (its VMs must be recreated to move)", identity: RG },
      // Identities: role assignments follow the principal ID, which changes on replacement.
      azurerm_user_assigned_identity: { class: "identity", dataLoss: 0, outage: 0.6, what: "user-assigned managed identity", identity: RG },
      azurerm_role_definition: { class: "identity", dataLoss: 0, outage: 0.5, what: "custom role definition", identity: ["name", "scope"] },
      azurerm_federated_identity_credential: { class: "identity", dataLoss: 0, outage: 0.5, what: "federated identity credential", identity: ["name", "parent_id"] },
      azurerm_key_vault_access_policy: { class: "identity", dataLoss: 0, outage: 0.5, what: "Key Vault access policy", identity: ["key_vault_id", "object_id"] },
      // Grants: one among many, restored by the next apply.
      azurerm_role_assignment: { class: "identity", dataLoss: 0, outage: 0.4, what: "role assignment", identity: ["scope", "role_definition_name", "principal_id"] },
      // DNS records and entry points: clients cannot find the service while they are gone.
      azurerm_dns_a_record: { class: "edge", dataLoss: 0, outage: 0.6, what: "DNS A record", identity: ["name", "zone_name", "resource_group_name"] },
      azurerm_dns_aaaa_record: { class: "edge", dataLoss: 0, outage: 0.6, what: "DNS AAAA record", identity: ["name", "zone_name", "resource_group_name"] },
      azurerm_dns_cname_record: { class: "edge", dataLoss: 0, outage: 0.6, what: "DNS CNAME record", identity: ["name", "zone_name", "resource_group_name"] },
      azurerm_dns_txt_record: { class: "edge", dataLoss: 0, outage: 0.5, what: "DNS TXT record", identity: ["name", "zone_name", "resource_group_name"] },
      azurerm_dns_mx_record: { class: "edge", dataLoss: 0, outage: 0.6, what: "DNS MX record", identity: ["name", "zone_name", "resource_group_name"] },
      azurerm_dns_ns_record: { class: "edge", dataLoss: 0, outage: 0.7, what: "DNS NS delegation record", identity: ["name", "zone_name", "resource_group_name"] },
      azurerm_private_dns_a_record: { class: "edge", dataLoss: 0, outage: 0.6, what: "private DNS A record", identity: ["name", "zone_name", "resource_group_name"] },
      azurerm_private_dns_cname_record: { class: "edge", dataLoss: 0, outage: 0.6, what: "private DNS CNAME record", identity: ["name", "zone_name", "resource_group_name"] },
      azurerm_cdn_profile: { class: "edge", dataLoss: 0, outage: 0.6, what: "CDN profile", identity: RG },
      azurerm_cdn_endpoint: { class: "edge", dataLoss: 0, outage: 0.7, what: "CDN endpoint", identity: ["name", "profile_name", "resource_group_name"] },
      azurerm_cdn_frontdoor_profile: { class: "edge", dataLoss: 0, outage: 0.7, what: "Front Door profile", identity: RG },
      azurerm_cdn_frontdoor_endpoint: { class: "edge", dataLoss: 0, outage: 0.7, what: "Front Door endpoint (its hostname changes)", identity: ["name", "cdn_frontdoor_profile_id"] },
      azurerm_frontdoor: { class: "edge", dataLoss: 0, outage: 0.8, what: "Front Door (classic)", identity: RG },
      azurerm_web_application_firewall_policy: { class: "edge", dataLoss: 0, outage: 0.5, what: "WAF policy", identity: RG },
      azurerm_app_service_custom_hostname_binding: { class: "edge", dataLoss: 0, outage: 0.5, what: "App Service custom hostname", identity: ["hostname", "app_service_name", "resource_group_name"] },
      azurerm_api_management: { class: "edge", dataLoss: 0.5, outage: 0.9, what: "API Management service (portal content and subscription keys go with it)", identity: RG },
      // Public addresses: a released address cannot be reclaimed, and allowlists elsewhere still name it.
      azurerm_public_ip: { class: "edge", dataLoss: 0.3, outage: 0.7, what: "public IP address", identity: RG },
      azurerm_public_ip_prefix: { class: "edge", dataLoss: 0.3, outage: 0.7, what: "public IP prefix", identity: RG },
      // Virtual machines: recreated from an image, but their OS disk is deleted with them.
      azurerm_linux_virtual_machine: { class: "compute", dataLoss: 0.3, outage: 0.5, what: "Linux virtual machine", identity: RG },
      azurerm_windows_virtual_machine: { class: "compute", dataLoss: 0.3, outage: 0.5, what: "Windows virtual machine", identity: RG },
      azurerm_virtual_machine: { class: "compute", dataLoss: 0.3, outage: 0.5, what: "virtual machine (legacy type)", identity: RG },
      // Scale sets, apps and containers: rebuilt from configuration, capacity is missing meanwhile.
      azurerm_linux_virtual_machine_scale_set: { class: "compute", dataLoss: 0.1, outage: 0.5, what: "Linux VM scale set", identity: RG },
      azurerm_windows_virtual_machine_scale_set: { class: "compute", dataLoss: 0.1, outage: 0.5, what: "Windows VM scale set", identity: RG },
      azurerm_orchestrated_virtual_machine_scale_set: { class: "compute", dataLoss: 0.1, outage: 0.5, what: "orchestrated VM scale set", identity: RG },
      azurerm_linux_web_app: { class: "compute", dataLoss: 0, outage: 0.5, what: "Linux web app", identity: RG },
      azurerm_windows_web_app: { class: "compute", dataLoss: 0, outage: 0.5, what: "Windows web app", identity: RG },
      azurerm_app_service: { class: "compute", dataLoss: 0, outage: 0.5, what: "App Service app (legacy type)", identity: RG },
      azurerm_linux_web_app_slot: { class: "compute", dataLoss: 0, outage: 0.3, what: "Linux web app deployment slot", identity: ["name", "app_service_id"] },
      azurerm_linux_function_app: { class: "compute", dataLoss: 0, outage: 0.4, what: "Linux function app", identity: RG },
      azurerm_windows_function_app: { class: "compute", dataLoss: 0, outage: 0.4, what: "Windows function app", identity: RG },
      azurerm_function_app: { class: "compute", dataLoss: 0, outage: 0.4, what: "function app (legacy type)", identity: RG },
      azurerm_container_app: { class: "compute", dataLoss: 0, outage: 0.5, what: "container app", identity: RG },
      azurerm_container_group: { class: "compute", dataLoss: 0.1, outage: 0.5, what: "container instance group", identity: RG },
      azurerm_logic_app_workflow: { class: "compute", dataLoss: 0.2, outage: 0.4, what: "Logic App workflow (run history goes with it)", identity: RG },
      azurerm_data_factory: { class: "compute", dataLoss: 0.3, outage: 0.5, what: "Data Factory", identity: RG },
      azurerm_automation_account: { class: "compute", dataLoss: 0.3, outage: 0.4, what: "Automation account (runbooks and job history)", identity: RG },
      // Attachments and extensions: recreated in seconds, the VM runs on without them.
      azurerm_virtual_machine_data_disk_attachment: { class: "compute", dataLoss: 0, outage: 0.5, what: "data disk attachment (detaches a disk from a running VM)", identity: ["managed_disk_id", "virtual_machine_id"] },
      azurerm_virtual_machine_extension: { class: "compute", dataLoss: 0, outage: 0.2, what: "VM extension", identity: ["name", "virtual_machine_id"] },
      azurerm_proximity_placement_group: { class: "compute", dataLoss: 0, outage: 0.3, what: "proximity placement group", identity: RG },
      // Configuration of a store: the contents stay when it goes.
      azurerm_eventhub_consumer_group: { class: "compute", dataLoss: 0.1, outage: 0.4, what: "event hub consumer group (readers keep their own checkpoints)", identity: ["name", "eventhub_name", "namespace_name", "resource_group_name"] },
      azurerm_storage_management_policy: { class: "compute", dataLoss: 0, outage: 0.2, what: "storage lifecycle management policy", identity: ["storage_account_id"] },
      azurerm_postgresql_flexible_server_configuration: { class: "compute", dataLoss: 0, outage: 0.3, what: "PostgreSQL server parameter", identity: ["name", "server_id"] },
      azurerm_mssql_elasticpool: { class: "compute", dataLoss: 0, outage: 0.6, what: "Azure SQL elastic pool (must be empty to delete)", identity: ["name", "server_name", "resource_group_name"] },
      azurerm_backup_policy_vm: { class: "compute", dataLoss: 0.2, outage: 0.3, what: "VM backup policy", identity: ["name", "recovery_vault_name", "resource_group_name"] },
      // Monitoring: a gap in alerts or diagnostics, nothing the service runs on.
      azurerm_monitor_metric_alert: { class: "compute", dataLoss: 0, outage: 0.2, what: "metric alert", identity: RG },
      azurerm_monitor_activity_log_alert: { class: "compute", dataLoss: 0, outage: 0.2, what: "activity log alert", identity: RG },
      azurerm_monitor_scheduled_query_rules_alert_v2: { class: "compute", dataLoss: 0, outage: 0.2, what: "log query alert", identity: RG },
      azurerm_monitor_action_group: { class: "compute", dataLoss: 0, outage: 0.3, what: "monitor action group", identity: RG },
      azurerm_monitor_diagnostic_setting: { class: "compute", dataLoss: 0.1, outage: 0.2, what: "diagnostic setting", identity: ["name", "target_resource_id"] },
      azurerm_portal_dashboard: { class: "compute", dataLoss: 0, outage: 0.1, what: "portal dashboard", identity: RG }
    };
  }
});

// src/catalog/cloudformation-types.ts
var STATEFUL_TYPES, TYPES_BY_NAMESPACE;
var init_cloudformation_types = __esm({
  "src/catalog/cloudformation-types.ts"() {
    "use strict";
    STATEFUL_TYPES = [
      "AWS::Backup::BackupVault",
      "AWS::CloudFormation::Stack",
      "AWS::Cognito::UserPool",
      "AWS::DocDB::DBCluster",
      "AWS::DocDB::DBInstance",
      "AWS::DynamoDB::GlobalTable",
      "AWS::DynamoDB::Table",
      "AWS::EC2::Volume",
      "AWS::EFS::FileSystem",
      "AWS::EMR::Cluster",
      "AWS::ElastiCache::CacheCluster",
      "AWS::ElastiCache::ReplicationGroup",
      "AWS::Elasticsearch::Domain",
      "AWS::FSx::FileSystem",
      "AWS::KMS::Key",
      "AWS::Kinesis::Stream",
      "AWS::Logs::LogGroup",
      "AWS::Neptune::DBCluster",
      "AWS::Neptune::DBInstance",
      "AWS::OpenSearchService::Domain",
      "AWS::Organizations::Account",
      "AWS::QLDB::Ledger",
      "AWS::RDS::DBCluster",
      "AWS::RDS::DBInstance",
      "AWS::Redshift::Cluster",
      "AWS::S3::Bucket",
      "AWS::SDB::Domain",
      "AWS::SQS::Queue",
      "AWS::SecretsManager::Secret"
    ];
    TYPES_BY_NAMESPACE = {
      "AWS::ACMPCA": "Certificate CertificateAuthority CertificateAuthorityActivation Permission",
      "AWS::AIOps": "InvestigationGroup",
      "AWS::APS": "AnomalyDetector ResourcePolicy RuleGroupsNamespace Scraper Workspace",
      "AWS::ARCRegionSwitch": "Plan",
      "AWS::ARCZonalShift": "AutoshiftObserverNotificationStatus ZonalAutoshiftConfiguration",
      "AWS::AWSExternalAnthropic": "Workspace",
      "AWS::AccessAnalyzer": "Analyzer ArchiveRule",
      "AWS::AccountAccess": "Application Entitlement",
      "AWS::AgentRegistry": "Registry RegistryRecord",
      "AWS::AmazonMQ": "Broker Configuration ConfigurationAssociation",
      "AWS::Amplify": "App Branch Domain Webhook",
      "AWS::AmplifyUIBuilder": "Component Form Theme",
      "AWS::ApiGateway": "Account ApiKey Authorizer BasePathMapping BasePathMappingV2 ClientCertificate Deployment DocumentationPart DocumentationVersion DomainName DomainNameAccessAssociation DomainNameV2 GatewayResponse Method Model RequestValidator Resource RestApi Stage UsagePlan UsagePlanKey VpcLink",
      "AWS::ApiGatewayV2": "Api ApiGatewayManagedOverrides ApiMapping Authorizer Deployment DomainName Integration IntegrationResponse Model PortalProduct Route RouteResponse RoutingRule Stage VpcLink",
      "AWS::AppConfig": "Application ConfigurationProfile Deployment DeploymentStrategy Environment ExperimentDefinition ExperimentRun Extension ExtensionAssociation HostedConfigurationVersion",
      "AWS::AppFlow": "Connector ConnectorProfile Flow",
      "AWS::AppIntegrations": "Application DataIntegration EventIntegration",
      "AWS::AppMesh": "GatewayRoute Mesh Route VirtualGateway VirtualNode VirtualRouter VirtualService",
      "AWS::AppRunner": "AutoScalingConfiguration ObservabilityConfiguration Service VpcConnector VpcIngressConnection",
      "AWS::AppStream": "AppBlock AppBlockBuilder Application ApplicationEntitlementAssociation ApplicationFleetAssociation DirectoryConfig Entitlement Fleet ImageBuilder Stack StackFleetAssociation StackUserAssociation User",
      "AWS::AppSync": "Api ApiCache ApiKey ChannelNamespace DataSource DomainName DomainNameApiAssociation FunctionConfiguration GraphQLApi GraphQLSchema Resolver SourceApiAssociation Type",
      "AWS::AppTest": "TestCase",
      "AWS::ApplicationAutoScaling": "ScalableTarget ScalingPolicy",
      "AWS::ApplicationInsights": "Application",
      "AWS::ApplicationSignals": "Discovery GroupingConfiguration ServiceLevelObjective",
      "AWS::Athena": "CapacityReservation DataCatalog NamedQuery PreparedStatement WorkGroup",
      "AWS::AuditManager": "Assessment AssessmentFramework",
      "AWS::AutoScaling": "AutoScalingGroup LaunchConfiguration LifecycleHook ScalingPolicy ScheduledAction WarmPool",
      "AWS::AutoScalingPlans": "ScalingPlan",
      "AWS::B2BI": "Capability Partnership Profile Transformer",
      "AWS::BCM": "Dashboard ScheduledReport",
      "AWS::BCMDataExports": "Export",
      "AWS::Backup": "BackupPlan BackupSelection BackupVault Framework LegalHold LogicallyAirGappedBackupVault ReportPlan RestoreTestingPlan RestoreTestingSelection TieringConfiguration",
      "AWS::BackupGateway": "Hypervisor",
      "AWS::Batch": "ComputeEnvironment ConsumableResource JobDefinition JobQueue QuotaShare SchedulingPolicy ServiceEnvironment",
      "AWS::BcmPricingCalculator": "BillScenario WorkloadEstimate",
      "AWS::Bedrock": "Agent AgentAlias ApplicationInferenceProfile AutomatedReasoningPolicy AutomatedReasoningPolicyVersion Blueprint DataAutomationLibrary DataAutomationProject DataSource EnforcedGuardrailConfiguration Flow FlowAlias FlowVersion Guardrail GuardrailVersion IntelligentPromptRouter KnowledgeBase KnowledgeBasePolicy Prompt PromptVersion ResourcePolicy Session",
      "AWS::BedrockAgentCore": "ApiKeyCredentialProvider BrowserCustom BrowserProfile CapacityProvider CodeInterpreterCustom ConfigurationBundle Dataset Evaluator Gateway GatewayRateLimit GatewayRule GatewayTarget Harness HarnessEndpoint Memory OAuth2CredentialProvider OnlineEvaluationConfig PaymentConnector PaymentCredentialProvider PaymentManager Policy PolicyEngine ResourcePolicy Runtime RuntimeEndpoint WorkloadIdentity",
      "AWS::BedrockMantle": "Project",
      "AWS::Billing": "BillingView",
      "AWS::BillingConductor": "BillingGroup CustomLineItem PricingPlan PricingRule",
      "AWS::Braket": "SpendingLimit",
      "AWS::Budgets": "Budget BudgetsAction",
      "AWS::CE": "AnomalyMonitor AnomalySubscription CostCategory",
      "AWS::CUR": "ReportDefinition",
      "AWS::Cases": "Case CaseRule Domain Field Layout RelatedItem Template",
      "AWS::Cassandra": "Keyspace Table Type",
      "AWS::CertificateManager": "Account AcmeDomainValidation AcmeEndpoint AcmeExternalAccountBinding Certificate",
      "AWS::Chatbot": "CustomAction MicrosoftTeamsChannelConfiguration SlackChannelConfiguration",
      "AWS::Chime": "AppInstance AppInstanceBot AppInstanceUser Channel ChannelFlow MediaInsightsPipelineConfiguration MediaPipelineKinesisVideoStreamPool SipMediaApplication VoiceConnector",
      "AWS::CleanRooms": "AnalysisTemplate Collaboration ConfiguredTable ConfiguredTableAssociation IdMappingTable IdNamespaceAssociation IntermediateTable Membership PrivacyBudgetTemplate",
      "AWS::CleanRoomsML": "ConfiguredModelAlgorithm ConfiguredModelAlgorithmAssociation TrainingDataset",
      "AWS::Cloud9": "EnvironmentEC2",
      "AWS::CloudFormation": "ChangeSet CustomResource GeneratedTemplate GuardHook HookDefaultVersion HookTypeConfig HookVersion LambdaHook Macro ModuleDefaultVersion ModuleVersion PublicTypeVersion Publisher ResourceDefaultVersion ResourceVersion Stack StackSet TypeActivation WaitCondition WaitConditionHandle",
      "AWS::CloudFront": "AnycastIpList CachePolicy CloudFrontOriginAccessIdentity ConnectionFunction ConnectionGroup ContinuousDeploymentPolicy Distribution DistributionTenant FieldLevelEncryptionProfile Function KeyGroup KeyValueStore MonitoringSubscription OriginAccessControl OriginRequestPolicy PublicKey RealtimeLogConfig ResponseHeadersPolicy StreamingDistribution TrustStore VpcOrigin",
      "AWS::CloudHSM": "Cluster",
      "AWS::CloudTrail": "Channel Dashboard EventDataStore ResourcePolicy Trail",
      "AWS::CloudWatch": "Alarm AlarmMuteRule AnomalyDetector CompositeAlarm Dashboard InsightRule LogAlarm MetricStream OTelEnrichment",
      "AWS::CodeArtifact": "Domain PackageGroup Repository",
      "AWS::CodeBuild": "Fleet Project ReportGroup SourceCredential",
      "AWS::CodeCommit": "Repository",
      "AWS::CodeConnections": "Connection Host",
      "AWS::CodeDeploy": "Application DeploymentConfig DeploymentGroup",
      "AWS::CodeGuruProfiler": "ProfilingGroup",
      "AWS::CodeGuruReviewer": "RepositoryAssociation",
      "AWS::CodePipeline": "CustomActionType Pipeline Webhook",
      "AWS::CodeStar": "GitHubRepository",
      "AWS::CodeStarConnections": "Connection RepositoryLink SyncConfiguration",
      "AWS::CodeStarNotifications": "NotificationRule",
      "AWS::Cognito": "IdentityPool IdentityPoolPrincipalTag IdentityPoolRoleAttachment LogDeliveryConfiguration ManagedLoginBranding Terms UserPool UserPoolClient UserPoolDomain UserPoolGroup UserPoolIdentityProvider UserPoolRegionalConfigurationAttachment UserPoolReplica UserPoolResourceServer UserPoolRiskConfigurationAttachment UserPoolUICustomizationAttachment UserPoolUser UserPoolUserToGroupAttachment",
      "AWS::Comprehend": "DocumentClassifier DocumentClassifierEndpoint EntityRecognizer Flywheel",
      "AWS::ComputeOptimizer": "AutomationRule",
      "AWS::Config": "AggregationAuthorization ConfigRule ConfigurationAggregator ConfigurationRecorder ConformancePack Connector DeliveryChannel OrganizationConfigRule OrganizationConformancePack RemediationConfiguration StoredQuery",
      "AWS::Connect": "AgentStatus ApprovedOrigin ContactFlow ContactFlowModule ContactFlowModuleAlias ContactFlowModuleVersion ContactFlowVersion DataLakeAssociation DataTable DataTableAttribute DataTableRecord EmailAddress EvaluationForm HoursOfOperation Instance InstanceStorageConfig IntegrationAssociation Metric Notification PhoneNumber PredefinedAttribute Prompt Queue QuickConnect RoutingProfile Rule SecurityKey SecurityProfile TaskTemplate TestCase TrafficDistributionGroup User UserHierarchyGroup UserHierarchyStructure View ViewVersion Vocabulary Workspace",
      "AWS::ConnectCampaigns": "Campaign",
      "AWS::ConnectCampaignsV2": "Campaign",
      "AWS::ControlTower": "EnabledBaseline EnabledControl LandingZone",
      "AWS::CustomerProfiles": "CalculatedAttributeDefinition Domain DomainObjectType EventStream EventTrigger Integration ObjectType Recommender RecommenderSchema SegmentDefinition",
      "AWS::DAX": "Cluster ParameterGroup SubnetGroup",
      "AWS::DLM": "LifecyclePolicy",
      "AWS::DMS": "Certificate DataMigration DataProvider Endpoint EventSubscription InstanceProfile MigrationProject ReplicationConfig ReplicationInstance ReplicationSubnetGroup ReplicationTask",
      "AWS::DRS": "LaunchConfigurationTemplate ReplicationConfigurationTemplate SourceNetwork",
      "AWS::DSQL": "Cluster",
      "AWS::DataBrew": "Dataset Job Project Recipe Ruleset Schedule",
      "AWS::DataExchange": "DataSet EventAction",
      "AWS::DataPipeline": "Pipeline",
      "AWS::DataSync": "Agent LocationAzureBlob LocationEFS LocationFSxLustre LocationFSxONTAP LocationFSxOpenZFS LocationFSxWindows LocationHDFS LocationNFS LocationObjectStorage LocationS3 LocationSMB Task",
      "AWS::DataZone": "Connection DataSource Domain DomainUnit Environment EnvironmentActions EnvironmentBlueprintConfiguration EnvironmentProfile FormType GroupProfile Owner PolicyGrant Project ProjectMembership ProjectProfile SubscriptionTarget UserProfile",
      "AWS::Deadline": "Budget Farm Fleet LicenseEndpoint Limit MeteredProduct Monitor Queue QueueEnvironment QueueFleetAssociation QueueLimitAssociation StorageProfile Worker",
      "AWS::Detective": "Graph MemberInvitation OrganizationAdmin",
      "AWS::DevOpsAgent": "AgentSpace Asset Association PrivateConnection Service Trigger",
      "AWS::DevOpsGuru": "LogAnomalyDetectionIntegration NotificationChannel ResourceCollection",
      "AWS::DeviceFarm": "DevicePool InstanceProfile NetworkProfile Project TestGridProject Upload VPCEConfiguration",
      "AWS::DirectConnect": "Connection DirectConnectGateway DirectConnectGatewayAssociation Lag PrivateVirtualInterface PublicVirtualInterface TransitVirtualInterface",
      "AWS::DirectoryService": "MicrosoftAD SimpleAD",
      "AWS::DocDB": "DBCluster DBClusterParameterGroup DBInstance DBSubnetGroup EventSubscription GlobalCluster",
      "AWS::DocDBElastic": "Cluster ClusterSnapshot",
      "AWS::DynamoDB": "GlobalTable Table",
      "AWS::EC2": "ApplicationStatusCheck CapacityManagerDataExport CapacityReservation CapacityReservationFleet CarrierGateway ClientVpnAuthorizationRule ClientVpnEndpoint ClientVpnRoute ClientVpnTargetNetworkAssociation CustomerGateway DHCPOptions EC2Fleet EIP EIPAssociation EgressOnlyInternetGateway EnclaveCertificateIamRoleAssociation FlowLog FpgaImage GatewayRouteTableAssociation Host IPAM IPAMAllocation IPAMPool IPAMPoolCidr IPAMPrefixListResolver IPAMPrefixListResolverTarget IPAMResourceDiscovery IPAMResourceDiscoveryAssociation IPAMScope IPv4Pool Instance InstanceConnectEndpoint InstanceEventWindow InternetGateway IpPoolRouteTableAssociation IpamExternalResourceVerificationToken KeyPair LaunchTemplate LocalGatewayRoute LocalGatewayRouteTable LocalGatewayRouteTableVPCAssociation LocalGatewayRouteTableVirtualInterfaceGroupAssociation LocalGatewayVirtualInterface LocalGatewayVirtualInterfaceGroup NatGateway NetworkAcl NetworkAclEntry NetworkInsightsAccessScope NetworkInsightsAccessScopeAnalysis NetworkInsightsAnalysis NetworkInsightsPath NetworkInterface NetworkInterfaceAttachment NetworkInterfacePermission NetworkPerformanceMetricSubscription PlacementGroup PrefixList Route RouteServer RouteServerAssociation RouteServerEndpoint RouteServerPeer RouteServerPropagation RouteTable SecurityGroup SecurityGroupEgress SecurityGroupIngress SecurityGroupVpcAssociation SnapshotBlockPublicAccess SpotFleet SqlHaStandbyDetectedInstance Subnet SubnetCidrBlock SubnetCidrReservation SubnetNetworkAclAssociation SubnetRouteTableAssociation TrafficMirrorFilter TrafficMirrorFilterRule TrafficMirrorSession TrafficMirrorTarget TransitGateway TransitGatewayAttachment TransitGatewayConnect TransitGatewayConnectPeer TransitGatewayMeteringPolicy TransitGatewayMeteringPolicyEntry TransitGatewayMulticastDomain TransitGatewayMulticastDomainAssociation TransitGatewayMulticastGroupMember TransitGatewayMulticastGroupSource TransitGatewayPeeringAttachment TransitGatewayPolicyTable TransitGatewayPolicyTableAssociation TransitGatewayPolicyTableEntry TransitGatewayRoute TransitGatewayRouteTable TransitGatewayRouteTableAssociation TransitGatewayRouteTablePropagation TransitGatewayVpcAttachment VPC VPCBlockPublicAccessExclusion VPCBlockPublicAccessOptions VPCCidrBlock VPCDHCPOptionsAssociation VPCEncryptionControl VPCEndpoint VPCEndpointConnectionNotification VPCEndpointService VPCEndpointServicePermissions VPCGatewayAttachment VPCPeeringConnection VPNConcentrator VPNConnection VPNConnectionRoute VPNGateway VPNGatewayRoutePropagation VerifiedAccessEndpoint VerifiedAccessGroup VerifiedAccessInstance VerifiedAccessTrustProvider Volume VolumeAttachment",
      "AWS::ECR": "PublicRepository PullThroughCacheRule PullTimeUpdateExclusion RegistryPolicy RegistryScanningConfiguration ReplicationConfiguration Repository RepositoryCreationTemplate SigningConfiguration",
      "AWS::ECS": "CapacityProvider Cluster ClusterCapacityProviderAssociations Daemon DaemonTaskDefinition ExpressGatewayService PrimaryTaskSet Service TaskDefinition TaskSet",
      "AWS::EFS": "AccessPoint FileSystem MountTarget",
      "AWS::EKS": "AccessEntry Addon Capability CertificateAuthority Cluster FargateProfile IdentityProviderConfig Nodegroup PodIdentityAssociation",
      "AWS::EMR": "Cluster InstanceFleetConfig InstanceGroupConfig SecurityConfiguration Step Studio StudioSessionMapping WALWorkspace",
      "AWS::EMRContainers": "Endpoint JobTemplate SecurityConfiguration VirtualCluster",
      "AWS::EMRServerless": "Application",
      "AWS::EVS": "Environment",
      "AWS::ElastiCache": "CacheCluster GlobalReplicationGroup ParameterGroup ReplicationGroup SecurityGroup SecurityGroupIngress ServerlessCache ServerlessCacheSnapshot SubnetGroup User UserGroup",
      "AWS::ElasticBeanstalk": "Application ApplicationVersion ConfigurationTemplate Environment",
      "AWS::ElasticLoadBalancing": "LoadBalancer",
      "AWS::ElasticLoadBalancingV2": "Listener ListenerCertificate ListenerRule LoadBalancer TargetGroup TrustStore TrustStoreRevocation",
      "AWS::Elasticsearch": "Domain",
      "AWS::ElementalInference": "Dictionary Feed",
      "AWS::EntityResolution": "IdMappingWorkflow IdNamespace MatchingWorkflow PolicyStatement SchemaMapping",
      "AWS::EventSchemas": "Discoverer Registry RegistryPolicy Schema",
      "AWS::Events": "ApiDestination Archive Connection Endpoint EventBus EventBusPolicy Rule",
      "AWS::EventsV2": "EventBus EventSource ResourcePolicy Subscriber",
      "AWS::Evidently": "Experiment Feature Launch Project Segment",
      "AWS::FIS": "ExperimentTemplate TargetAccountConfiguration",
      "AWS::FMS": "ApplicationsList NotificationChannel Policy ProtocolsList ResourceSet",
      "AWS::FSx": "Backup DataRepositoryAssociation FileCache FileSystem S3AccessPointAttachment Snapshot StorageVirtualMachine Volume",
      "AWS::FinSpace": "Environment",
      "AWS::Forecast": "Dataset DatasetGroup",
      "AWS::FraudDetector": "Detector EntityType EventType Label List Outcome Variable",
      "AWS::GameLift": "Alias Build ContainerFleet ContainerGroupDefinition Fleet GameServerGroup GameSessionQueue Location MatchmakingConfiguration MatchmakingRuleSet Script",
      "AWS::GameLiftStreams": "Application StreamGroup",
      "AWS::GlobalAccelerator": "Accelerator CrossAccountAttachment EndpointGroup Listener",
      "AWS::Glue": "Blueprint Catalog Classifier Connection ConnectionType Crawler CustomEntityType DataCatalogEncryptionSettings DataQualityRuleset Database DevEndpoint IdentityCenterConfiguration Integration IntegrationResourceProperty Job MLTransform Partition Registry Schema SchemaVersion SchemaVersionMetadata SecurityConfiguration Session Table TableOptimizer Trigger UsageProfile UserDefinedFunction Workflow",
      "AWS::Grafana": "Workspace",
      "AWS::Greengrass": "ConnectorDefinition ConnectorDefinitionVersion CoreDefinition CoreDefinitionVersion DeviceDefinition DeviceDefinitionVersion FunctionDefinition FunctionDefinitionVersion Group GroupVersion LoggerDefinition LoggerDefinitionVersion ResourceDefinition ResourceDefinitionVersion SubscriptionDefinition SubscriptionDefinitionVersion",
      "AWS::GreengrassV2": "ComponentVersion Deployment",
      "AWS::GroundStation": "Config DataflowEndpointGroup DataflowEndpointGroupV2 MissionProfile",
      "AWS::GuardDuty": "CustomDetectionRuleAssociation Detector Filter IPSet MalwareProtectionPlan Master Member PublishingDestination ThreatEntitySet ThreatIntelSet TrustedEntitySet",
      "AWS::HealthAgent": "Domain",
      "AWS::HealthImaging": "Datastore",
      "AWS::HealthLake": "DataTransformationProfile FHIRDatastore",
      "AWS::IAM": "AccessKey Group GroupPolicy InstanceProfile ManagedPolicy OIDCProvider Policy Role RolePolicy SAMLProvider ServerCertificate ServiceLinkedRole User UserPolicy UserToGroupAddition VirtualMFADevice",
      "AWS::IVS": "Channel EncoderConfiguration IngestConfiguration PlaybackKeyPair PlaybackRestrictionPolicy PublicKey RecordingConfiguration Stage StorageConfiguration StreamKey",
      "AWS::IVSChat": "LoggingConfiguration Room",
      "AWS::IdentityStore": "Group GroupMembership User",
      "AWS::ImageBuilder": "Component ContainerRecipe DistributionConfiguration Image ImagePipeline ImageRecipe InfrastructureConfiguration LifecyclePolicy Workflow",
      "AWS::Inspector": "AssessmentTarget AssessmentTemplate ResourceGroup",
      "AWS::InspectorV2": "CisScanConfiguration CodeSecurityIntegration CodeSecurityScanConfiguration Connector Filter",
      "AWS::Interconnect": "Connection",
      "AWS::InternetMonitor": "Monitor",
      "AWS::Invoicing": "InvoiceUnit ProcurementPortalPreference",
      "AWS::IoT": "AccountAuditConfiguration Authorizer BillingGroup CACertificate Certificate CertificateProvider Command CustomMetric Dimension DomainConfiguration EncryptionConfiguration FleetMetric Job JobTemplate Logging MitigationAction Policy PolicyPrincipalAttachment ProvisioningTemplate ResourceSpecificLogging RoleAlias ScheduledAudit SecurityProfile SoftwarePackage SoftwarePackageVersion Stream Thing ThingGroup ThingPrincipalAttachment ThingType TopicRule TopicRuleDestination",
      "AWS::IoTAnalytics": "Channel Dataset Datastore Pipeline",
      "AWS::IoTCoreDeviceAdvisor": "SuiteDefinition",
      "AWS::IoTEvents": "AlarmModel DetectorModel Input",
      "AWS::IoTFleetHub": "Application",
      "AWS::IoTFleetWise": "Campaign DecoderManifest Fleet ModelManifest SignalCatalog StateTemplate Vehicle",
      "AWS::IoTSecureTunneling": "Tunnel",
      "AWS::IoTSiteWise": "AccessPolicy Application Asset AssetModel ComputationModel Dashboard Dataset Gateway Pipeline Portal Project Task Workspace",
      "AWS::IoTThingsGraph": "FlowTemplate",
      "AWS::IoTTwinMaker": "ComponentType Entity Scene SyncJob Workspace",
      "AWS::IoTWireless": "Destination DeviceProfile FuotaTask MulticastGroup NetworkAnalyzerConfiguration PartnerAccount ServiceProfile TaskDefinition WirelessDevice WirelessDeviceImportTask WirelessGateway",
      "AWS::KMS": "Alias Key ReplicaKey",
      "AWS::KafkaConnect": "Connector CustomPlugin WorkerConfiguration",
      "AWS::Kendra": "DataSource Faq FeaturedResultsSet Index QuerySuggestionsBlockList Thesaurus",
      "AWS::KendraRanking": "ExecutionPlan",
      "AWS::Kinesis": "Channel ResourcePolicy Stream StreamConsumer",
      "AWS::KinesisAnalytics": "Application ApplicationOutput ApplicationReferenceDataSource",
      "AWS::KinesisAnalyticsV2": "Application ApplicationCloudWatchLoggingOption ApplicationOutput ApplicationReferenceDataSource",
      "AWS::KinesisFirehose": "DeliveryStream",
      "AWS::KinesisVideo": "SignalingChannel Stream",
      "AWS::LakeFormation": "DataCellsFilter DataLakeSettings Permissions PrincipalPermissions Resource Tag TagAssociation",
      "AWS::Lambda": "Alias CapacityProvider CodeSigningConfig EventInvokeConfig EventSourceMapping Function LayerVersion LayerVersionPermission MicrovmImage NetworkConnector Permission ResourcePolicy Url Version",
      "AWS::LaunchWizard": "Deployment",
      "AWS::Lex": "Bot BotAlias BotVersion ResourcePolicy",
      "AWS::LicenseManager": "Grant License LicenseAssetGroup LicenseAssetRuleSet",
      "AWS::Lightsail": "Alarm Bucket Certificate ContactMethod Container Database DatabaseSnapshot Disk DiskSnapshot Distribution Domain Instance InstanceSnapshot KeyPair LoadBalancer LoadBalancerTlsCertificate StaticIp",
      "AWS::Location": "APIKey GeofenceCollection Map PlaceIndex RouteCalculator Tracker TrackerConsumer",
      "AWS::Logs": "AccountPolicy Delivery DeliveryDestination DeliverySource Destination Integration LogAnomalyDetector LogGroup LogStream MetricFilter QueryDefinition ResourcePolicy ScheduledQuery StorageTierPolicy SubscriptionFilter Transformer",
      "AWS::LookoutEquipment": "InferenceScheduler",
      "AWS::LookoutMetrics": "Alert AnomalyDetector",
      "AWS::LookoutVision": "Project",
      "AWS::M2": "Application Deployment Environment",
      "AWS::MGN": "Connector LaunchConfigurationTemplate NetworkMigrationDefinition",
      "AWS::MPA": "ApprovalTeam IdentitySource",
      "AWS::MSK": "BatchScramSecret Channel Cluster ClusterPolicy Configuration Replicator ServerlessCluster Topic VpcConnection",
      "AWS::MWAA": "Environment",
      "AWS::MWAAServerless": "Workflow",
      "AWS::Macie": "AllowList CustomDataIdentifier FindingsFilter Member Session",
      "AWS::ManagedBlockchain": "Accessor Member Node",
      "AWS::MediaConnect": "Bridge BridgeOutput BridgeSource Flow FlowEntitlement FlowMediaStream FlowOutput FlowSource FlowVpcInterface Gateway RouterInput RouterNetworkInterface RouterOutput",
      "AWS::MediaConvert": "JobTemplate Preset Queue",
      "AWS::MediaLive": "Channel ChannelPlacementGroup CloudWatchAlarmTemplate CloudWatchAlarmTemplateGroup Cluster EventBridgeRuleTemplate EventBridgeRuleTemplateGroup Input InputSecurityGroup Multiplex Multiplexprogram Network Node SdiSource SignalMap",
      "AWS::MediaPackage": "Asset Channel OriginEndpoint PackagingConfiguration PackagingGroup",
      "AWS::MediaPackageV2": "Channel ChannelGroup ChannelPolicy OriginEndpoint OriginEndpointPolicy",
      "AWS::MediaStore": "Container",
      "AWS::MediaTailor": "Channel ChannelPolicy Function LiveSource PlaybackConfiguration PrefetchSchedule SourceLocation VodSource",
      "AWS::MemoryDB": "ACL Cluster MultiRegionCluster ParameterGroup Snapshot SubnetGroup User",
      "AWS::Neptune": "DBCluster DBClusterParameterGroup DBInstance DBParameterGroup DBSubnetGroup EventSubscription GlobalCluster",
      "AWS::NeptuneGraph": "Graph GraphSnapshot PrivateGraphEndpoint",
      "AWS::NetworkFirewall": "ContainerAssociation Firewall FirewallPolicy LoggingConfiguration RuleGroup TLSInspectionConfiguration VpcEndpointAssociation",
      "AWS::NetworkFlowMonitor": "Monitor Scope",
      "AWS::NetworkManager": "ConnectAttachment ConnectPeer Connection CoreNetwork CoreNetworkPrefixListAssociation CustomerGatewayAssociation Device DirectConnectGatewayAttachment GlobalNetwork Link LinkAssociation Site SiteToSiteVpnAttachment TransitGatewayPeering TransitGatewayRegistration TransitGatewayRouteTableAttachment VpcAttachment",
      "AWS::NetworkMonitor": "Monitor",
      "AWS::NimbleStudio": "LaunchProfile StreamingImage Studio StudioComponent",
      "AWS::Notifications": "ChannelAssociation EventRule ManagedNotificationAccountContactAssociation ManagedNotificationAdditionalChannelAssociation NotificationConfiguration NotificationHub OrganizationalUnitAssociation",
      "AWS::NotificationsContacts": "EmailContact",
      "AWS::NovaAct": "WorkflowDefinition",
      "AWS::ODB": "CloudAutonomousVmCluster CloudExadataInfrastructure CloudVmCluster OdbNetwork OdbPeeringConnection",
      "AWS::OSIS": "Pipeline",
      "AWS::Oam": "Link Sink",
      "AWS::ObservabilityAdmin": "OrganizationCentralizationRule OrganizationTelemetryRule S3TableIntegration TelemetryEnrichment TelemetryPipelines TelemetryRule",
      "AWS::Omics": "AnnotationStore Configuration ReferenceStore RunCache RunGroup SequenceStore VariantStore Workflow WorkflowVersion",
      "AWS::OpenSearch": "DataSource",
      "AWS::OpenSearchServerless": "AccessPolicy Collection CollectionGroup CollectionIndex Index LifecyclePolicy SecurityConfig SecurityPolicy VpcEndpoint",
      "AWS::OpenSearchService": "Application Domain",
      "AWS::OpsWorks": "App ElasticLoadBalancerAttachment Instance Layer Stack UserProfile Volume",
      "AWS::OpsWorksCM": "Server",
      "AWS::Organizations": "Account Organization OrganizationalUnit Policy ResourcePolicy",
      "AWS::Outposts": "Outpost Site",
      "AWS::PCAConnectorAD": "Connector DirectoryRegistration ServicePrincipalName Template TemplateGroupAccessControlEntry",
      "AWS::PCAConnectorSCEP": "Challenge Connector",
      "AWS::PCS": "Cluster ComputeNodeGroup Queue",
      "AWS::PI": "PerfReports",
      "AWS::Panorama": "ApplicationInstance Package PackageVersion",
      "AWS::PaymentCryptography": "Alias Key",
      "AWS::Personalize": "Dataset DatasetGroup EventTracker Filter MetricAttribution Schema Solution",
      "AWS::Pinpoint": "ADMChannel APNSChannel APNSSandboxChannel APNSVoipChannel APNSVoipSandboxChannel App ApplicationSettings BaiduChannel Campaign EmailChannel EmailTemplate EventStream GCMChannel InAppTemplate PushTemplate SMSChannel Segment SmsTemplate VoiceChannel",
      "AWS::PinpointEmail": "ConfigurationSet ConfigurationSetEventDestination DedicatedIpPool Identity",
      "AWS::Pipes": "Pipe",
      "AWS::PricingPlanManager": "Subscription",
      "AWS::Proton": "EnvironmentAccountConnection EnvironmentTemplate ServiceTemplate",
      "AWS::QBusiness": "Application DataAccessor DataSource Index Permission Plugin Retriever WebExperience",
      "AWS::QLDB": "Ledger Stream",
      "AWS::QuickSight": "ActionConnector Agent Analysis ApprovalPolicy CustomPermissions Customization DLPSetting Dashboard DataSet DataSource Flow Folder KnowledgeBase LimitsProfile OAuthClientApplication RefreshSchedule Space Template Theme Topic TopicV2 VPCConnection",
      "AWS::RAM": "Permission ResourceShare",
      "AWS::RDS": "ClusterSnapshot CustomDBEngineVersion DBCluster DBClusterParameterGroup DBInstance DBParameterGroup DBProxy DBProxyEndpoint DBProxyTargetGroup DBSecurityGroup DBSecurityGroupIngress DBShardGroup DBSnapshot DBSubnetGroup EventSubscription GlobalCluster Integration OptionGroup",
      "AWS::RTBFabric": "InboundExternalLink Link LinkRoutingRule OutboundExternalLink RequesterGateway ResponderGateway",
      "AWS::RUM": "AppMonitor",
      "AWS::Rbin": "Rule",
      "AWS::Redshift": "Cluster ClusterParameterGroup ClusterSecurityGroup ClusterSecurityGroupIngress ClusterSubnetGroup EndpointAccess EndpointAuthorization EventSubscription Integration QEV2IdcApplication ScheduledAction Snapshot SnapshotCopyGrant SnapshotSchedule UsageLimit",
      "AWS::RedshiftServerless": "Namespace Snapshot Workgroup",
      "AWS::RefactorSpaces": "Application Environment Route Service",
      "AWS::Rekognition": "Collection Dataset Project StreamProcessor",
      "AWS::ResilienceHub": "App ResiliencyPolicy",
      "AWS::ResilienceHubV2": "Policy Service ServiceFunction System UserJourney",
      "AWS::ResourceExplorer2": "DefaultViewAssociation Index View",
      "AWS::ResourceGroups": "Group TagSyncTask",
      "AWS::RoboMaker": "Fleet Robot RobotApplication RobotApplicationVersion SimulationApplication SimulationApplicationVersion",
      "AWS::RolesAnywhere": "CRL Profile TrustAnchor",
      "AWS::Route53": "CidrCollection DNSSEC DelegationSet HealthCheck HostedZone KeySigningKey QueryLoggingConfig RecordSet RecordSetGroup TrafficPolicy TrafficPolicyInstance",
      "AWS::Route53GlobalResolver": "AccessSource AccessToken DnsView FirewallDomainList FirewallRule GlobalResolver HostedZoneAssociation",
      "AWS::Route53Profiles": "Profile ProfileAssociation ProfileResourceAssociation",
      "AWS::Route53RecoveryControl": "Cluster ControlPanel RoutingControl SafetyRule",
      "AWS::Route53RecoveryReadiness": "Cell ReadinessCheck RecoveryGroup ResourceSet",
      "AWS::Route53Resolver": "FirewallDomainList FirewallRuleGroup FirewallRuleGroupAssociation OutpostResolver ResolverConfig ResolverDNSSECConfig ResolverEndpoint ResolverQueryLoggingConfig ResolverQueryLoggingConfigAssociation ResolverRule ResolverRuleAssociation",
      "AWS::S3": "AccessGrant AccessGrantsInstance AccessGrantsLocation AccessPoint Bucket BucketPolicy MultiRegionAccessPoint MultiRegionAccessPointPolicy StorageLens StorageLensGroup",
      "AWS::S3Express": "AccessPoint BucketPolicy DirectoryBucket",
      "AWS::S3Files": "AccessPoint FileSystem FileSystemPolicy MountTarget",
      "AWS::S3ObjectLambda": "AccessPoint AccessPointPolicy",
      "AWS::S3Outposts": "AccessPoint Bucket BucketPolicy Endpoint",
      "AWS::S3Tables": "Namespace Table TableBucket TableBucketPolicy TablePolicy",
      "AWS::S3Vectors": "Index VectorBucket VectorBucketPolicy",
      "AWS::SCN": "DataIntegrationFlow Dataset Namespace",
      "AWS::SDB": "Domain",
      "AWS::SES": "ConfigurationSet ConfigurationSetEventDestination ContactList CustomVerificationEmailTemplate DedicatedIpPool EmailIdentity EmailIdentityCertificate MailManagerAddonInstance MailManagerAddonSubscription MailManagerAddressList MailManagerArchive MailManagerIngressPoint MailManagerRelay MailManagerRuleSet MailManagerTrafficPolicy MultiRegionEndpoint ReceiptFilter ReceiptRule ReceiptRuleSet Template Tenant VdmAttributes",
      "AWS::SMSVOICE": "ConfigurationSet OptOutList PhoneNumber Pool ProtectConfiguration Registration RegistrationAttachment ResourcePolicy SenderId VerifiedDestinationNumber",
      "AWS::SNS": "Subscription Topic TopicInlinePolicy TopicPolicy",
      "AWS::SQS": "Queue QueueInlinePolicy QueuePolicy",
      "AWS::SSM": "Association CloudConnector Document MaintenanceWindow MaintenanceWindowTarget MaintenanceWindowTask OpsItem Parameter PatchBaseline ResourceDataSync ResourcePolicy ServiceSetting",
      "AWS::SSMContacts": "Contact ContactChannel Plan Rotation",
      "AWS::SSMGuiConnect": "Preferences",
      "AWS::SSMIncidents": "ReplicationSet ResponsePlan",
      "AWS::SSMQuickSetup": "ConfigurationManager LifecycleAutomation",
      "AWS::SSO": "Application ApplicationAssignment Assignment Instance InstanceAccessControlAttributeConfiguration PermissionSet",
      "AWS::SageMaker": "AIWorkloadConfig Action Algorithm App AppImageConfig Artifact Cluster ClusterSchedulerConfig CodeRepository Context DataQualityJobDefinition Device DeviceFleet Domain Endpoint EndpointConfig Experiment ExperimentTrialComponent FeatureGroup Hub HumanTaskUi Image ImageVersion InferenceComponent InferenceExperiment MlflowApp MlflowTrackingServer Model ModelBiasJobDefinition ModelCard ModelExplainabilityJobDefinition ModelPackage ModelPackageGroup ModelQualityJobDefinition MonitoringSchedule NotebookInstance NotebookInstanceLifecycleConfig PartnerApp Pipeline ProcessingJob Project Space StudioLifecycleConfig TrialComponent UserProfile Workforce Workteam",
      "AWS::Scheduler": "Schedule ScheduleGroup",
      "AWS::SecretsManager": "ResourcePolicy RotationSchedule Secret SecretTargetAttachment",
      "AWS::SecurityAgent": "AgentSpace Application Artifact Pentest SecurityRequirementPack TargetDomain",
      "AWS::SecurityHub": "AggregatorV2 AutomationRule AutomationRuleV2 ConfigurationPolicy Connector ConnectorV2 DelegatedAdmin FindingAggregator Hub HubV2 Insight OrganizationConfiguration PolicyAssociation ProductSubscription SecurityControl Standard",
      "AWS::SecurityLake": "AwsLogSource DataLake Subscriber SubscriberNotification",
      "AWS::Serverless": "Api Application Function HttpApi LayerVersion SimpleTable StateMachine",
      "AWS::ServerlessRepo": "Application",
      "AWS::ServiceCatalog": "AcceptedPortfolioShare CloudFormationProduct CloudFormationProvisionedProduct LaunchNotificationConstraint LaunchRoleConstraint LaunchTemplateConstraint Portfolio PortfolioPrincipalAssociation PortfolioProductAssociation PortfolioShare ResourceUpdateConstraint ServiceAction ServiceActionAssociation StackSetConstraint TagOption TagOptionAssociation",
      "AWS::ServiceCatalogAppRegistry": "Application AttributeGroup AttributeGroupAssociation ResourceAssociation",
      "AWS::ServiceDiscovery": "HttpNamespace Instance PrivateDnsNamespace PublicDnsNamespace Service",
      "AWS::Shield": "DRTAccess ProactiveEngagement Protection ProtectionGroup",
      "AWS::Signer": "ProfilePermission SigningProfile",
      "AWS::SimSpaceWeaver": "Simulation",
      "AWS::StepFunctions": "Activity StateMachine StateMachineAlias StateMachineVersion",
      "AWS::StorageGateway": "Tape TapePool Volume",
      "AWS::SupportApp": "AccountAlias SlackChannelConfiguration SlackWorkspaceConfiguration",
      "AWS::SupportAuthZ": "SupportPermit",
      "AWS::Synthetics": "Canary Group",
      "AWS::SystemsManagerSAP": "Application",
      "AWS::Textract": "Adapter",
      "AWS::Timestream": "Database InfluxDBCluster InfluxDBInstance ScheduledQuery Table",
      "AWS::Transcribe": "CallAnalyticsCategory MedicalVocabulary Vocabulary VocabularyFilter",
      "AWS::Transfer": "Agreement Certificate Connector HostKey Profile Server User WebApp Workflow",
      "AWS::Translate": "ParallelData",
      "AWS::UXC": "AccountCustomization",
      "AWS::VerifiedPermissions": "IdentitySource Policy PolicyStore PolicyStoreAlias PolicyTemplate",
      "AWS::VoiceID": "Domain",
      "AWS::VpcLattice": "AccessLogSubscription AuthPolicy DomainVerification Listener ResourceConfiguration ResourceGateway ResourcePolicy Rule Service ServiceNetwork ServiceNetworkResourceAssociation ServiceNetworkServiceAssociation ServiceNetworkVpcAssociation TargetGroup",
      "AWS::WAF": "ByteMatchSet IPSet Rule SizeConstraintSet SqlInjectionMatchSet WebACL XssMatchSet",
      "AWS::WAFRegional": "ByteMatchSet GeoMatchSet IPSet RateBasedRule RegexPatternSet Rule SizeConstraintSet SqlInjectionMatchSet WebACL WebACLAssociation XssMatchSet",
      "AWS::WAFv2": "IPSet LoggingConfiguration RegexPatternSet RuleGroup WebACL WebACLAssociation",
      "AWS::WellArchitected": "AgentContext AgentGoal AgentProfile Lens Profile ReviewTemplate Workload",
      "AWS::Wickr": "Network",
      "AWS::Wisdom": "AIAgent AIAgentVersion AIGuardrail AIGuardrailVersion AIPrompt AIPromptVersion Assistant AssistantAssociation KnowledgeBase MessageTemplate MessageTemplateVersion QuickResponse",
      "AWS::WorkSpaces": "ConnectionAlias Workspace WorkspaceIpGroup WorkspacesPool",
      "AWS::WorkSpacesThinClient": "Environment",
      "AWS::WorkSpacesWeb": "BrowserSettings DataProtectionSettings IdentityProvider IpAccessSettings NetworkSettings Portal SessionLogger TrustStore UserAccessLoggingSettings UserSettings",
      "AWS::WorkspacesInstances": "Volume VolumeAssociation WorkspaceInstance",
      "AWS::XRay": "Group ResourcePolicy SamplingRule TransactionSearchConfig",
      "Alexa::ASK": "Skill"
    };
  }
});

// src/catalog/cloudformation.ts
function fromSpecification() {
  const stateful = new Set(STATEFUL_TYPES);
  const table = {};
  for (const [namespace, names] of Object.entries(TYPES_BY_NAMESPACE)) {
    for (const name of names.split(" ")) {
      const type = `${namespace}::${name}`;
      table[type] = stateful.has(type) ? STATEFUL : STATELESS;
    }
  }
  return table;
}
var HAND, STATEFUL, STATELESS, cloudformation;
var init_cloudformation = __esm({
  "src/catalog/cloudformation.ts"() {
    "use strict";
    init_cloudformation_types();
    HAND = {
      // Databases: their rows exist nowhere else, and everything that queries them stops.
      "AWS::RDS::DBInstance": { class: "data", dataLoss: 1, outage: 0.9, what: "relational database instance", identity: ["DBInstanceIdentifier"] },
      "AWS::RDS::DBCluster": { class: "data", dataLoss: 1, outage: 0.9, what: "Aurora/RDS database cluster", identity: ["DBClusterIdentifier"] },
      "AWS::RDS::GlobalCluster": { class: "data", dataLoss: 1, outage: 0.9, what: "Aurora global database", identity: ["GlobalClusterIdentifier"] },
      "AWS::DynamoDB::Table": { class: "data", dataLoss: 1, outage: 0.9, what: "DynamoDB table", identity: ["TableName"] },
      "AWS::DynamoDB::GlobalTable": { class: "data", dataLoss: 1, outage: 0.9, what: "DynamoDB global table", identity: ["TableName"] },
      "AWS::DocDB::DBCluster": { class: "data", dataLoss: 1, outage: 0.9, what: "DocumentDB cluster", identity: ["DBClusterIdentifier"] },
      "AWS::DocDBElastic::Cluster": { class: "data", dataLoss: 1, outage: 0.9, what: "DocumentDB elastic cluster", identity: ["ClusterName"] },
      "AWS::Neptune::DBCluster": { class: "data", dataLoss: 1, outage: 0.9, what: "Neptune graph database cluster", identity: ["DBClusterIdentifier"] },
      "AWS::Redshift::Cluster": { class: "data", dataLoss: 1, outage: 0.9, what: "Redshift data warehouse", identity: ["ClusterIdentifier"] },
      "AWS::RedshiftServerless::Namespace": { class: "data", dataLoss: 1, outage: 0.9, what: "Redshift Serverless namespace", identity: ["NamespaceName"] },
      "AWS::Cassandra::Keyspace": { class: "data", dataLoss: 1, outage: 0.9, what: "Keyspaces (Cassandra) keyspace", identity: ["KeyspaceName"] },
      "AWS::Cassandra::Table": { class: "data", dataLoss: 1, outage: 0.8, what: "Keyspaces (Cassandra) table", identity: ["KeyspaceName", "TableName"] },
      "AWS::Timestream::Database": { class: "data", dataLoss: 1, outage: 0.8, what: "Timestream database", identity: ["DatabaseName"] },
      "AWS::Timestream::Table": { class: "data", dataLoss: 1, outage: 0.8, what: "Timestream table", identity: ["DatabaseName", "TableName"] },
      "AWS::QLDB::Ledger": { class: "data", dataLoss: 1, outage: 0.9, what: "QLDB ledger", identity: ["Name"] },
      "AWS::SDB::Domain": { class: "data", dataLoss: 1, outage: 0.8, what: "SimpleDB domain" },
      "AWS::MemoryDB::Cluster": { class: "data", dataLoss: 0.9, outage: 0.9, what: "MemoryDB (durable Redis) cluster", identity: ["ClusterName"] },
      "AWS::DSQL::Cluster": { class: "data", dataLoss: 1, outage: 0.9, what: "Aurora DSQL cluster" },
      "AWS::Lightsail::Database": { class: "data", dataLoss: 1, outage: 0.9, what: "Lightsail database", identity: ["RelationalDatabaseName"] },
      "AWS::Cognito::UserPool": { class: "data", dataLoss: 1, outage: 0.9, what: "Cognito user pool (users and password hashes cannot be exported)", identity: ["UserPoolName"] },
      // Instances inside a database cluster: the storage belongs to the cluster, but capacity and endpoints go.
      "AWS::DocDB::DBInstance": { class: "data", dataLoss: 0.5, outage: 0.7, what: "instance in a DocumentDB cluster", identity: ["DBInstanceIdentifier"] },
      "AWS::Neptune::DBInstance": { class: "data", dataLoss: 0.5, outage: 0.7, what: "instance in a Neptune cluster", identity: ["DBInstanceIdentifier"] },
      // Metadata catalogs: the data stays in S3, but the schemas and partitions describing it go.
      "AWS::Glue::Database": { class: "data", dataLoss: 0.6, outage: 0.6, what: "Glue catalog database", identity: ["DatabaseInput.Name"] },
      "AWS::Glue::Table": { class: "data", dataLoss: 0.6, outage: 0.5, what: "Glue catalog table", identity: ["DatabaseName", "TableInput.Name"] },
      // Search domains: indexes take long to rebuild and often hold the only copy of logs.
      "AWS::OpenSearchService::Domain": { class: "data", dataLoss: 0.9, outage: 0.8, what: "OpenSearch domain", identity: ["DomainName"] },
      "AWS::Elasticsearch::Domain": { class: "data", dataLoss: 0.9, outage: 0.8, what: "Elasticsearch domain", identity: ["DomainName"] },
      "AWS::OpenSearchServerless::Collection": { class: "data", dataLoss: 0.9, outage: 0.8, what: "OpenSearch Serverless collection", identity: ["Name"] },
      "AWS::Kendra::Index": { class: "data", dataLoss: 0.7, outage: 0.7, what: "Kendra search index", identity: ["Name"] },
      // Caches: contents can be rebuilt, but a cold or missing cache takes the application down with it.
      "AWS::ElastiCache::CacheCluster": { class: "data", dataLoss: 0.6, outage: 0.9, what: "ElastiCache cluster", identity: ["ClusterName"] },
      "AWS::ElastiCache::ReplicationGroup": { class: "data", dataLoss: 0.6, outage: 0.9, what: "ElastiCache replication group", identity: ["ReplicationGroupId"] },
      "AWS::ElastiCache::ServerlessCache": { class: "data", dataLoss: 0.6, outage: 0.9, what: "ElastiCache serverless cache", identity: ["ServerlessCacheName"] },
      "AWS::DAX::Cluster": { class: "data", dataLoss: 0.4, outage: 0.8, what: "DynamoDB Accelerator cluster", identity: ["ClusterName"] },
      // Object, block and file storage: the bytes are the only copy.
      "AWS::S3::Bucket": { class: "data", dataLoss: 1, outage: 0.8, what: "S3 bucket", identity: ["BucketName"] },
      "AWS::S3Express::DirectoryBucket": { class: "data", dataLoss: 1, outage: 0.8, what: "S3 directory bucket", identity: ["BucketName"] },
      "AWS::S3Tables::TableBucket": { class: "data", dataLoss: 1, outage: 0.8, what: "S3 table bucket", identity: ["TableBucketName"] },
      "AWS::EC2::Volume": { class: "data", dataLoss: 1, outage: 0.7, what: "EBS volume" },
      "AWS::EFS::FileSystem": { class: "data", dataLoss: 1, outage: 0.8, what: "EFS file system" },
      "AWS::FSx::FileSystem": { class: "data", dataLoss: 1, outage: 0.8, what: "FSx file system" },
      // Snapshots, backups and archives: they are the way back, so losing them removes the safety net.
      "AWS::Backup::BackupVault": { class: "data", dataLoss: 1, outage: 0.3, what: "AWS Backup vault (holds recovery points)", identity: ["BackupVaultName"] },
      "AWS::Events::Archive": { class: "data", dataLoss: 0.9, outage: 0.2, what: "EventBridge event archive", identity: ["ArchiveName"] },
      // Queues and streams: messages in flight are lost, and producers and consumers break.
      "AWS::SQS::Queue": { class: "data", dataLoss: 0.8, outage: 0.7, what: "SQS queue", identity: ["QueueName"] },
      "AWS::Kinesis::Stream": { class: "data", dataLoss: 0.9, outage: 0.8, what: "Kinesis data stream", identity: ["Name"] },
      "AWS::MSK::Cluster": { class: "data", dataLoss: 0.9, outage: 0.9, what: "MSK (Kafka) cluster", identity: ["ClusterName"] },
      "AWS::MSK::ServerlessCluster": { class: "data", dataLoss: 0.9, outage: 0.9, what: "MSK Serverless (Kafka) cluster", identity: ["ClusterName"] },
      "AWS::AmazonMQ::Broker": { class: "data", dataLoss: 0.8, outage: 0.9, what: "Amazon MQ broker", identity: ["BrokerName"] },
      // Encryption keys: destroying one makes everything encrypted with it unreadable.
      "AWS::KMS::Key": { class: "data", dataLoss: 1, outage: 0.9, what: "KMS key" },
      "AWS::KMS::ReplicaKey": { class: "data", dataLoss: 1, outage: 0.9, what: "KMS multi-Region replica key" },
      "AWS::ACMPCA::CertificateAuthority": { class: "data", dataLoss: 1, outage: 0.9, what: "private certificate authority (its key and chain cannot come back)", credential: true },
      // Secrets and parameters: values rotated or set outside the template exist nowhere else.
      "AWS::SecretsManager::Secret": { class: "data", dataLoss: 0.8, outage: 0.7, what: "Secrets Manager secret", identity: ["Name"] },
      "AWS::SSM::Parameter": { class: "data", dataLoss: 0.5, outage: 0.6, what: "SSM parameter", identity: ["Name"] },
      // Logs and audit: history cannot be re-recorded (moderate: usually not what the service runs on).
      "AWS::Logs::LogGroup": { class: "data", dataLoss: 0.7, outage: 0.3, what: "CloudWatch log group", identity: ["LogGroupName"] },
      "AWS::Logs::LogStream": { class: "data", dataLoss: 0.6, outage: 0.2, what: "CloudWatch log stream", identity: ["LogGroupName", "LogStreamName"] },
      "AWS::CloudTrail::Trail": { class: "data", dataLoss: 0.5, outage: 0.4, what: "CloudTrail trail (events go unrecorded while it is gone)", identity: ["TrailName"] },
      "AWS::CloudTrail::EventDataStore": { class: "data", dataLoss: 0.9, outage: 0.3, what: "CloudTrail Lake event data store", identity: ["Name"] },
      "AWS::GuardDuty::Detector": { class: "data", dataLoss: 0.6, outage: 0.3, what: "GuardDuty detector (its findings go with it)" },
      // Code and image repositories: pushed artifacts and history are the only copy.
      "AWS::ECR::Repository": { class: "data", dataLoss: 0.8, outage: 0.7, what: "ECR container image repository", identity: ["RepositoryName"] },
      "AWS::ECR::PublicRepository": { class: "data", dataLoss: 0.8, outage: 0.6, what: "ECR Public repository", identity: ["RepositoryName"] },
      "AWS::CodeCommit::Repository": { class: "data", dataLoss: 1, outage: 0.6, what: "CodeCommit Git repository", identity: ["RepositoryName"] },
      "AWS::CodeArtifact::Domain": { class: "data", dataLoss: 0.9, outage: 0.6, what: "CodeArtifact domain", identity: ["DomainName"] },
      "AWS::CodeArtifact::Repository": { class: "data", dataLoss: 0.8, outage: 0.6, what: "CodeArtifact package repository", identity: ["DomainName", "RepositoryName"] },
      "AWS::SageMaker::NotebookInstance": { class: "data", dataLoss: 0.7, outage: 0.3, what: "SageMaker notebook instance (its volume holds work)", identity: ["NotebookInstanceName"] },
      // DNS zones: records made outside the template go with it, and a new zone gets new name servers.
      "AWS::Route53::HostedZone": { class: "data", dataLoss: 1, outage: 0.9, what: "Route 53 hosted zone", identity: ["Name"] },
      "AWS::Serverless::SimpleTable": { class: "data", dataLoss: 1, outage: 0.9, what: "DynamoDB table (SAM)", identity: ["TableName"] },
      // CDK custom resources that hold data: a replica table goes with its custom resource.
      "Custom::DynamoDBReplica": { class: "data", dataLoss: 1, outage: 0.6, what: "DynamoDB replica managed by a CDK custom resource" },
      // Networks: everything inside must be rebuilt when they are replaced.
      "AWS::EC2::VPC": { class: "foundation", dataLoss: 0, outage: 0.9, what: "VPC" },
      "AWS::EC2::Subnet": { class: "foundation", dataLoss: 0, outage: 0.8, what: "VPC subnet" },
      "AWS::EC2::VPCCidrBlock": { class: "foundation", dataLoss: 0, outage: 0.6, what: "secondary VPC CIDR block" },
      "AWS::EC2::InternetGateway": { class: "foundation", dataLoss: 0, outage: 0.8, what: "internet gateway" },
      "AWS::EC2::VPCGatewayAttachment": { class: "foundation", dataLoss: 0, outage: 0.8, what: "gateway attachment to a VPC" },
      "AWS::EC2::EgressOnlyInternetGateway": { class: "foundation", dataLoss: 0, outage: 0.7, what: "egress-only internet gateway" },
      "AWS::EC2::NatGateway": { class: "foundation", dataLoss: 0, outage: 0.8, what: "NAT gateway (its public IP changes)" },
      "AWS::EC2::DHCPOptions": { class: "foundation", dataLoss: 0, outage: 0.6, what: "VPC DHCP options set" },
      "AWS::EC2::VPCDHCPOptionsAssociation": { class: "foundation", dataLoss: 0, outage: 0.6, what: "VPC DHCP options association" },
      "AWS::EC2::NetworkInterface": { class: "foundation", dataLoss: 0, outage: 0.6, what: "elastic network interface (fixed private IPs)" },
      "AWS::EFS::MountTarget": { class: "foundation", dataLoss: 0, outage: 0.6, what: "EFS mount target (the file system stays)" },
      "AWS::EC2::PrefixList": { class: "foundation", dataLoss: 0, outage: 0.6, what: "managed prefix list", identity: ["PrefixListName"] },
      // Routing: traffic stops until it is back, but nothing is lost.
      "AWS::EC2::RouteTable": { class: "foundation", dataLoss: 0, outage: 0.6, what: "route table" },
      "AWS::EC2::Route": { class: "foundation", dataLoss: 0, outage: 0.6, what: "route in a route table" },
      "AWS::EC2::SubnetRouteTableAssociation": { class: "foundation", dataLoss: 0, outage: 0.6, what: "route table association" },
      // Firewalls: a replaced security group takes every attached interface with it.
      "AWS::EC2::SecurityGroup": { class: "foundation", dataLoss: 0, outage: 0.7, what: "security group", identity: ["GroupName", "VpcId"] },
      "AWS::EC2::SecurityGroupIngress": { class: "foundation", dataLoss: 0, outage: 0.5, what: "security group ingress rule" },
      "AWS::EC2::SecurityGroupEgress": { class: "foundation", dataLoss: 0, outage: 0.5, what: "security group egress rule" },
      "AWS::EC2::NetworkAcl": { class: "foundation", dataLoss: 0, outage: 0.7, what: "network ACL" },
      "AWS::EC2::NetworkAclEntry": { class: "foundation", dataLoss: 0, outage: 0.5, what: "network ACL rule" },
      "AWS::EC2::SubnetNetworkAclAssociation": { class: "foundation", dataLoss: 0, outage: 0.5, what: "network ACL association" },
      // Connectivity between networks: every workload on the far side loses its path.
      "AWS::EC2::VPCEndpoint": { class: "foundation", dataLoss: 0, outage: 0.7, what: "VPC endpoint" },
      "AWS::EC2::VPCEndpointService": { class: "foundation", dataLoss: 0, outage: 0.8, what: "VPC endpoint service (PrivateLink)" },
      "AWS::EC2::VPCPeeringConnection": { class: "foundation", dataLoss: 0, outage: 0.8, what: "VPC peering connection" },
      "AWS::EC2::TransitGateway": { class: "foundation", dataLoss: 0, outage: 1, what: "transit gateway" },
      "AWS::EC2::TransitGatewayAttachment": { class: "foundation", dataLoss: 0, outage: 0.8, what: "transit gateway VPC attachment" },
      "AWS::EC2::TransitGatewayVpcAttachment": { class: "foundation", dataLoss: 0, outage: 0.8, what: "transit gateway VPC attachment" },
      "AWS::EC2::TransitGatewayRouteTable": { class: "foundation", dataLoss: 0, outage: 0.7, what: "transit gateway route table" },
      "AWS::EC2::TransitGatewayRoute": { class: "foundation", dataLoss: 0, outage: 0.6, what: "transit gateway route" },
      "AWS::EC2::VPNGateway": { class: "foundation", dataLoss: 0, outage: 0.8, what: "virtual private gateway" },
      "AWS::EC2::CustomerGateway": { class: "foundation", dataLoss: 0, outage: 0.7, what: "customer gateway" },
      "AWS::EC2::VPNConnection": { class: "foundation", dataLoss: 0, outage: 0.8, what: "site-to-site VPN connection (new tunnel keys for the far side)", credential: true },
      "AWS::Route53Resolver::ResolverEndpoint": { class: "foundation", dataLoss: 0, outage: 0.7, what: "Route 53 Resolver endpoint" },
      "AWS::Route53Resolver::ResolverRule": { class: "foundation", dataLoss: 0, outage: 0.6, what: "Route 53 Resolver rule" },
      "AWS::Route53Resolver::ResolverRuleAssociation": { class: "foundation", dataLoss: 0, outage: 0.5, what: "Route 53 Resolver rule association" },
      "AWS::ServiceDiscovery::PrivateDnsNamespace": { class: "foundation", dataLoss: 0, outage: 0.6, what: "Cloud Map private DNS namespace", identity: ["Name"] },
      // Database plumbing: replacing it forces the databases that use it to be modified or rebooted.
      "AWS::RDS::DBSubnetGroup": { class: "foundation", dataLoss: 0, outage: 0.6, what: "RDS subnet group", identity: ["DBSubnetGroupName"] },
      "AWS::DocDB::DBSubnetGroup": { class: "foundation", dataLoss: 0, outage: 0.6, what: "DocumentDB subnet group", identity: ["DBSubnetGroupName"] },
      "AWS::Neptune::DBSubnetGroup": { class: "foundation", dataLoss: 0, outage: 0.6, what: "Neptune subnet group", identity: ["DBSubnetGroupName"] },
      "AWS::ElastiCache::SubnetGroup": { class: "foundation", dataLoss: 0, outage: 0.6, what: "ElastiCache subnet group", identity: ["CacheSubnetGroupName"] },
      "AWS::RDS::DBParameterGroup": { class: "foundation", dataLoss: 0, outage: 0.5, what: "RDS parameter group", identity: ["DBParameterGroupName"] },
      "AWS::RDS::DBClusterParameterGroup": { class: "foundation", dataLoss: 0, outage: 0.5, what: "RDS cluster parameter group", identity: ["DBClusterParameterGroupName"] },
      "AWS::RDS::OptionGroup": { class: "foundation", dataLoss: 0, outage: 0.5, what: "RDS option group", identity: ["OptionGroupName"] },
      "AWS::ElastiCache::ParameterGroup": { class: "foundation", dataLoss: 0, outage: 0.5, what: "ElastiCache parameter group" },
      // Load balancers: a new one gets a new DNS name that clients and records still point away from.
      "AWS::ElasticLoadBalancingV2::LoadBalancer": { class: "foundation", dataLoss: 0, outage: 0.8, what: "load balancer", identity: ["Name"] },
      "AWS::ElasticLoadBalancing::LoadBalancer": { class: "foundation", dataLoss: 0, outage: 0.8, what: "classic load balancer", identity: ["LoadBalancerName"] },
      "AWS::ElasticLoadBalancingV2::Listener": { class: "foundation", dataLoss: 0, outage: 0.7, what: "load balancer listener", identity: ["LoadBalancerArn", "Port"] },
      "AWS::ElasticLoadBalancingV2::ListenerRule": { class: "foundation", dataLoss: 0, outage: 0.5, what: "load balancer listener rule", identity: ["ListenerArn", "Priority"] },
      "AWS::ElasticLoadBalancingV2::TargetGroup": { class: "foundation", dataLoss: 0, outage: 0.6, what: "load balancer target group", identity: ["Name"] },
      // Container platforms: every workload on them goes, and with it state the cluster keeps (volumes, secrets).
      "AWS::EKS::Cluster": { class: "foundation", dataLoss: 0.6, outage: 1, what: "EKS Kubernetes cluster", identity: ["Name"] },
      "Custom::AWSCDK-EKS-Cluster": { class: "foundation", dataLoss: 0.6, outage: 1, what: "EKS Kubernetes cluster (CDK custom resource)" },
      "AWS::EKS::Nodegroup": { class: "foundation", dataLoss: 0.1, outage: 0.7, what: "EKS managed node group", identity: ["ClusterName", "NodegroupName"] },
      "AWS::EKS::FargateProfile": { class: "foundation", dataLoss: 0, outage: 0.6, what: "EKS Fargate profile", identity: ["ClusterName", "FargateProfileName"] },
      "AWS::EKS::Addon": { class: "foundation", dataLoss: 0, outage: 0.6, what: "EKS add-on (CNI, DNS, storage drivers)", identity: ["ClusterName", "AddonName"] },
      "AWS::ECS::Cluster": { class: "foundation", dataLoss: 0, outage: 0.8, what: "ECS cluster", identity: ["ClusterName"] },
      "AWS::ECS::CapacityProvider": { class: "foundation", dataLoss: 0, outage: 0.6, what: "ECS capacity provider", identity: ["Name"] },
      "AWS::ECS::ClusterCapacityProviderAssociations": { class: "foundation", dataLoss: 0, outage: 0.5, what: "ECS cluster capacity providers" },
      "AWS::Batch::ComputeEnvironment": { class: "foundation", dataLoss: 0, outage: 0.5, what: "Batch compute environment" },
      "AWS::SNS::Topic": { class: "foundation", dataLoss: 0.3, outage: 0.7, what: "SNS topic (subscriptions made outside the template go with it)", identity: ["TopicName"] },
      "AWS::Events::EventBus": { class: "foundation", dataLoss: 0.1, outage: 0.6, what: "EventBridge event bus", identity: ["Name"] },
      // Accounts and organizational units: closing an account takes everything in it.
      "AWS::Organizations::Account": { class: "foundation", dataLoss: 1, outage: 1, what: "AWS account", identity: ["Email"] },
      "AWS::Organizations::OrganizationalUnit": { class: "foundation", dataLoss: 0, outage: 0.6, what: "organizational unit", identity: ["Name", "ParentId"] },
      // Nested stacks: their resources are read from the nested template and weighed one by one; when the template
      // is not at hand, the reader says so with a finding of its own.
      "AWS::CloudFormation::Stack": { class: "foundation", dataLoss: 0, outage: 0.3, what: "nested stack (its resources are weighed one by one)" },
      "AWS::Serverless::Application": { class: "foundation", dataLoss: 0, outage: 0.3, what: "nested application (SAM; a nested stack)" },
      // Roles and users: running services and people lose access until it is back, with new IDs.
      "AWS::IAM::Role": { class: "identity", dataLoss: 0, outage: 0.6, what: "IAM role", identity: ["RoleName"] },
      "AWS::IAM::User": { class: "identity", dataLoss: 0.2, outage: 0.5, what: "IAM user (console password and MFA devices go with it)", identity: ["UserName"] },
      "AWS::IAM::Group": { class: "identity", dataLoss: 0, outage: 0.5, what: "IAM group", identity: ["GroupName"] },
      "AWS::IAM::ManagedPolicy": { class: "identity", dataLoss: 0, outage: 0.5, what: "IAM managed policy", identity: ["ManagedPolicyName"] },
      "AWS::IAM::InstanceProfile": { class: "identity", dataLoss: 0, outage: 0.5, what: "IAM instance profile", identity: ["InstanceProfileName"] },
      "AWS::IAM::ServiceLinkedRole": { class: "identity", dataLoss: 0, outage: 0.5, what: "IAM service-linked role", identity: ["AWSServiceName"] },
      "AWS::IAM::OIDCProvider": { class: "identity", dataLoss: 0, outage: 0.7, what: "IAM OIDC identity provider (federated logins such as CI)", identity: ["Url"] },
      "Custom::AWSCDKOpenIdConnectProvider": { class: "identity", dataLoss: 0, outage: 0.7, what: "IAM OIDC identity provider (CDK custom resource)" },
      "AWS::IAM::SAMLProvider": { class: "identity", dataLoss: 0, outage: 0.7, what: "IAM SAML identity provider", identity: ["Name"] },
      "AWS::IAM::ServerCertificate": { class: "identity", dataLoss: 0, outage: 0.5, what: "IAM server certificate", identity: ["ServerCertificateName"] },
      "AWS::SSO::PermissionSet": { class: "identity", dataLoss: 0, outage: 0.5, what: "IAM Identity Center permission set", identity: ["Name"] },
      "AWS::Organizations::Policy": { class: "identity", dataLoss: 0, outage: 0.5, what: "Organizations policy (SCP)", identity: ["Name"] },
      "AWS::Cognito::IdentityPool": { class: "identity", dataLoss: 0.3, outage: 0.6, what: "Cognito identity pool (identity IDs change)", identity: ["IdentityPoolName"] },
      "AWS::Cognito::UserPoolGroup": { class: "identity", dataLoss: 0, outage: 0.3, what: "Cognito user group", identity: ["UserPoolId", "GroupName"] },
      "AWS::KMS::Alias": { class: "identity", dataLoss: 0, outage: 0.5, what: "KMS key alias (the name callers use)", identity: ["AliasName"] },
      "AWS::CloudFront::CloudFrontOriginAccessIdentity": { class: "identity", dataLoss: 0, outage: 0.5, what: "CloudFront origin access identity" },
      "AWS::CloudFront::OriginAccessControl": { class: "identity", dataLoss: 0, outage: 0.5, what: "CloudFront origin access control" },
      "AWS::EKS::AccessEntry": { class: "identity", dataLoss: 0, outage: 0.5, what: "EKS access entry", identity: ["ClusterName", "PrincipalArn"] },
      "AWS::EKS::PodIdentityAssociation": { class: "identity", dataLoss: 0, outage: 0.4, what: "EKS pod identity association" },
      "AWS::CertificateManager::Certificate": { class: "identity", dataLoss: 0, outage: 0.6, what: "ACM certificate (a new one must validate before use)" },
      // Keys handed to others: replacing one issues new key material every holder must pick up.
      "AWS::IAM::AccessKey": { class: "identity", dataLoss: 0, outage: 0.6, what: "IAM access key", credential: true },
      "AWS::ApiGateway::ApiKey": { class: "identity", dataLoss: 0, outage: 0.5, what: "API Gateway API key", credential: true },
      "AWS::Cognito::UserPoolClient": { class: "identity", dataLoss: 0, outage: 0.6, what: "Cognito app client (new client ID and secret)", credential: true },
      "AWS::EC2::KeyPair": { class: "identity", dataLoss: 0, outage: 0.4, what: "EC2 SSH key pair", identity: ["KeyName"] },
      // Inline policies and grants: one grant among many, restored by the next deploy.
      "AWS::IAM::Policy": { class: "identity", dataLoss: 0, outage: 0.4, what: "IAM inline policy", identity: ["PolicyName"] },
      "AWS::IAM::RolePolicy": { class: "identity", dataLoss: 0, outage: 0.4, what: "IAM role inline policy", identity: ["RoleName", "PolicyName"] },
      "AWS::IAM::UserPolicy": { class: "identity", dataLoss: 0, outage: 0.3, what: "IAM user inline policy", identity: ["UserName", "PolicyName"] },
      "AWS::IAM::GroupPolicy": { class: "identity", dataLoss: 0, outage: 0.3, what: "IAM group inline policy", identity: ["GroupName", "PolicyName"] },
      "AWS::IAM::UserToGroupAddition": { class: "identity", dataLoss: 0, outage: 0.3, what: "IAM group membership" },
      "AWS::SSO::Assignment": { class: "identity", dataLoss: 0, outage: 0.4, what: "IAM Identity Center account assignment" },
      "AWS::Lambda::Permission": { class: "identity", dataLoss: 0, outage: 0.4, what: "Lambda invoke permission" },
      "AWS::Logs::ResourcePolicy": { class: "identity", dataLoss: 0, outage: 0.3, what: "CloudWatch Logs resource policy", identity: ["PolicyName"] },
      "AWS::SecretsManager::ResourcePolicy": { class: "identity", dataLoss: 0, outage: 0.3, what: "Secrets Manager resource policy" },
      "AWS::SecretsManager::SecretTargetAttachment": { class: "identity", dataLoss: 0, outage: 0.3, what: "secret attached to a database" },
      // Names and entry points: clients cannot find the service while they are gone.
      "AWS::Route53::RecordSet": { class: "edge", dataLoss: 0, outage: 0.6, what: "DNS record", identity: ["HostedZoneId", "Name", "Type"] },
      "AWS::Route53::RecordSetGroup": { class: "edge", dataLoss: 0, outage: 0.6, what: "DNS record group" },
      "AWS::Route53::HealthCheck": { class: "edge", dataLoss: 0, outage: 0.4, what: "Route 53 health check" },
      "AWS::CloudFront::Distribution": { class: "edge", dataLoss: 0, outage: 0.7, what: "CloudFront distribution (a new one gets a new domain name)" },
      "AWS::ApiGateway::RestApi": { class: "edge", dataLoss: 0, outage: 0.7, what: "API Gateway REST API (its invoke URL changes)", identity: ["Name"] },
      "AWS::ApiGateway::Stage": { class: "edge", dataLoss: 0, outage: 0.6, what: "API Gateway stage", identity: ["RestApiId", "StageName"] },
      "AWS::ApiGateway::Deployment": { class: "edge", dataLoss: 0, outage: 0.3, what: "API Gateway deployment (redeployed routinely)" },
      "AWS::ApiGateway::DomainName": { class: "edge", dataLoss: 0, outage: 0.7, what: "API Gateway custom domain", identity: ["DomainName"] },
      "AWS::ApiGateway::BasePathMapping": { class: "edge", dataLoss: 0, outage: 0.6, what: "API Gateway base path mapping" },
      "AWS::ApiGatewayV2::Api": { class: "edge", dataLoss: 0, outage: 0.7, what: "API Gateway HTTP/WebSocket API", identity: ["Name"] },
      "AWS::ApiGatewayV2::Stage": { class: "edge", dataLoss: 0, outage: 0.6, what: "API Gateway v2 stage", identity: ["ApiId", "StageName"] },
      "AWS::ApiGatewayV2::DomainName": { class: "edge", dataLoss: 0, outage: 0.7, what: "API Gateway v2 custom domain", identity: ["DomainName"] },
      "AWS::ApiGatewayV2::ApiMapping": { class: "edge", dataLoss: 0, outage: 0.6, what: "API Gateway v2 API mapping" },
      "AWS::Serverless::Api": { class: "edge", dataLoss: 0, outage: 0.7, what: "API Gateway REST API (SAM)", identity: ["Name"] },
      "AWS::Serverless::HttpApi": { class: "edge", dataLoss: 0, outage: 0.7, what: "API Gateway HTTP API (SAM)" },
      "AWS::Lambda::Url": { class: "edge", dataLoss: 0, outage: 0.6, what: "Lambda function URL (the URL changes)" },
      "AWS::Cognito::UserPoolDomain": { class: "edge", dataLoss: 0, outage: 0.6, what: "Cognito hosted UI domain", identity: ["Domain"] },
      "AWS::ServiceDiscovery::Service": { class: "edge", dataLoss: 0, outage: 0.5, what: "Cloud Map service", identity: ["Name"] },
      "AWS::SES::EmailIdentity": { class: "edge", dataLoss: 0, outage: 0.6, what: "SES email identity (verification starts over)", identity: ["EmailIdentity"] },
      "AWS::ElasticLoadBalancingV2::ListenerCertificate": { class: "edge", dataLoss: 0, outage: 0.5, what: "extra certificate on a listener" },
      // Web firewalls: traffic is unfiltered or blocked while they change.
      "AWS::WAFv2::WebACL": { class: "edge", dataLoss: 0, outage: 0.6, what: "WAF web ACL", identity: ["Name", "Scope"] },
      "AWS::WAFv2::WebACLAssociation": { class: "edge", dataLoss: 0, outage: 0.5, what: "WAF web ACL association" },
      "AWS::WAFv2::RuleGroup": { class: "edge", dataLoss: 0, outage: 0.5, what: "WAF rule group", identity: ["Name", "Scope"] },
      "AWS::WAFv2::IPSet": { class: "edge", dataLoss: 0, outage: 0.4, what: "WAF IP set", identity: ["Name", "Scope"] },
      "AWS::Shield::Protection": { class: "edge", dataLoss: 0, outage: 0.4, what: "Shield Advanced protection", identity: ["Name"] },
      // Public addresses: a released address cannot be reclaimed, and allowlists elsewhere still name it.
      "AWS::EC2::EIP": { class: "edge", dataLoss: 0.3, outage: 0.7, what: "Elastic IP address" },
      "AWS::GlobalAccelerator::Accelerator": { class: "edge", dataLoss: 0.3, outage: 0.8, what: "Global Accelerator (its static anycast IPs)", identity: ["Name"] },
      // Machines: recreated from an image, but data on the root or instance-store disk goes with them.
      "AWS::EC2::Instance": { class: "compute", dataLoss: 0.3, outage: 0.5, what: "EC2 instance" },
      "AWS::EMR::Cluster": { class: "compute", dataLoss: 0.4, outage: 0.6, what: "EMR cluster (HDFS data goes with it)", identity: ["Name"] },
      // Fleets and services: rebuilt from templates, capacity is missing while they are replaced.
      "AWS::AutoScaling::AutoScalingGroup": { class: "compute", dataLoss: 0, outage: 0.5, what: "Auto Scaling group", identity: ["AutoScalingGroupName"] },
      "AWS::ECS::Service": { class: "compute", dataLoss: 0, outage: 0.5, what: "ECS service", identity: ["ServiceName", "Cluster"] },
      "AWS::AppRunner::Service": { class: "compute", dataLoss: 0, outage: 0.6, what: "App Runner service (its URL changes)", identity: ["ServiceName"] },
      "AWS::ElasticBeanstalk::Environment": { class: "compute", dataLoss: 0.1, outage: 0.6, what: "Elastic Beanstalk environment", identity: ["EnvironmentName"] },
      "AWS::ElasticBeanstalk::Application": { class: "compute", dataLoss: 0, outage: 0.3, what: "Elastic Beanstalk application", identity: ["ApplicationName"] },
      "AWS::SageMaker::Endpoint": { class: "compute", dataLoss: 0, outage: 0.6, what: "SageMaker inference endpoint", identity: ["EndpointName"] },
      "AWS::SageMaker::Model": { class: "compute", dataLoss: 0, outage: 0.2, what: "SageMaker model", identity: ["ModelName"] },
      "AWS::Amplify::App": { class: "compute", dataLoss: 0, outage: 0.6, what: "Amplify app (its default domain changes)", identity: ["Name"] },
      "AWS::Batch::JobQueue": { class: "compute", dataLoss: 0.3, outage: 0.5, what: "Batch job queue (queued jobs are dropped)", identity: ["JobQueueName"] },
      // Functions and workflows: code lives in the assembly or template, so a replacement is a redeploy.
      "AWS::Lambda::Function": { class: "compute", dataLoss: 0, outage: 0.4, what: "Lambda function", identity: ["FunctionName"] },
      "AWS::Serverless::Function": { class: "compute", dataLoss: 0, outage: 0.4, what: "Lambda function (SAM)", identity: ["FunctionName"] },
      "AWS::Serverless::StateMachine": { class: "compute", dataLoss: 0.2, outage: 0.5, what: "Step Functions state machine (SAM)", identity: ["Name"] },
      "AWS::Serverless::LayerVersion": { class: "compute", dataLoss: 0, outage: 0.1, what: "Lambda layer version (SAM)" },
      "AWS::EFS::AccessPoint": { class: "compute", dataLoss: 0, outage: 0.4, what: "EFS access point" },
      "AWS::Lambda::Alias": { class: "compute", dataLoss: 0, outage: 0.4, what: "Lambda alias", identity: ["FunctionName", "Name"] },
      "AWS::Lambda::Version": { class: "compute", dataLoss: 0, outage: 0.1, what: "Lambda version (published routinely)" },
      "AWS::Lambda::EventSourceMapping": { class: "compute", dataLoss: 0.2, outage: 0.4, what: "Lambda event source mapping (stream position restarts)" },
      "AWS::Lambda::LayerVersion": { class: "compute", dataLoss: 0, outage: 0.1, what: "Lambda layer version" },
      "AWS::Lambda::EventInvokeConfig": { class: "compute", dataLoss: 0, outage: 0.1, what: "Lambda asynchronous invoke config" },
      "AWS::StepFunctions::StateMachine": { class: "compute", dataLoss: 0.2, outage: 0.5, what: "Step Functions state machine (running executions stop)", identity: ["StateMachineName"] },
      "AWS::StepFunctions::Activity": { class: "compute", dataLoss: 0, outage: 0.3, what: "Step Functions activity", identity: ["Name"] },
      "AWS::CloudFront::Function": { class: "compute", dataLoss: 0, outage: 0.4, what: "CloudFront function", identity: ["Name"] },
      "AWS::ApiGateway::Resource": { class: "compute", dataLoss: 0, outage: 0.4, what: "API Gateway resource path" },
      "AWS::ApiGateway::Method": { class: "compute", dataLoss: 0, outage: 0.4, what: "API Gateway method" },
      "AWS::ApiGateway::Authorizer": { class: "compute", dataLoss: 0, outage: 0.4, what: "API Gateway authorizer" },
      "AWS::ApiGateway::UsagePlan": { class: "compute", dataLoss: 0, outage: 0.4, what: "API Gateway usage plan", identity: ["UsagePlanName"] },
      "AWS::ApiGateway::UsagePlanKey": { class: "compute", dataLoss: 0, outage: 0.2, what: "API key in a usage plan" },
      "AWS::ApiGateway::Account": { class: "compute", dataLoss: 0, outage: 0.2, what: "API Gateway account settings (logging role)" },
      "AWS::ApiGatewayV2::Route": { class: "compute", dataLoss: 0, outage: 0.4, what: "API Gateway v2 route", identity: ["ApiId", "RouteKey"] },
      "AWS::ApiGatewayV2::Integration": { class: "compute", dataLoss: 0, outage: 0.4, what: "API Gateway v2 integration" },
      "AWS::CodeBuild::Project": { class: "compute", dataLoss: 0, outage: 0.3, what: "CodeBuild project", identity: ["Name"] },
      "AWS::CodePipeline::Pipeline": { class: "compute", dataLoss: 0.1, outage: 0.3, what: "CodePipeline pipeline", identity: ["Name"] },
      "AWS::CodeDeploy::Application": { class: "compute", dataLoss: 0, outage: 0.3, what: "CodeDeploy application", identity: ["ApplicationName"] },
      "AWS::CodeDeploy::DeploymentGroup": { class: "compute", dataLoss: 0, outage: 0.3, what: "CodeDeploy deployment group", identity: ["ApplicationName", "DeploymentGroupName"] },
      "AWS::Glue::Job": { class: "compute", dataLoss: 0, outage: 0.3, what: "Glue job", identity: ["Name"] },
      "AWS::Glue::Crawler": { class: "compute", dataLoss: 0, outage: 0.2, what: "Glue crawler", identity: ["Name"] },
      "AWS::KinesisFirehose::DeliveryStream": { class: "compute", dataLoss: 0.2, outage: 0.6, what: "Firehose delivery stream (buffers only minutes)", identity: ["DeliveryStreamName"] },
      // Links between compute and what it uses: recreated in seconds, traffic or I/O stops meanwhile.
      "AWS::EC2::VolumeAttachment": { class: "compute", dataLoss: 0, outage: 0.5, what: "EBS volume attachment (detaches a disk from a running instance)" },
      "AWS::EC2::EIPAssociation": { class: "compute", dataLoss: 0, outage: 0.5, what: "Elastic IP association" },
      "AWS::SNS::Subscription": { class: "compute", dataLoss: 0, outage: 0.4, what: "SNS topic subscription" },
      // Templates and definitions: new revisions are the normal way to change them.
      "AWS::EC2::LaunchTemplate": { class: "compute", dataLoss: 0, outage: 0.2, what: "EC2 launch template", identity: ["LaunchTemplateName"] },
      "AWS::AutoScaling::LaunchConfiguration": { class: "compute", dataLoss: 0, outage: 0.2, what: "Auto Scaling launch configuration", identity: ["LaunchConfigurationName"] },
      "AWS::ECS::TaskDefinition": { class: "compute", dataLoss: 0, outage: 0.1, what: "ECS task definition revision", identity: ["Family"] },
      "AWS::Batch::JobDefinition": { class: "compute", dataLoss: 0, outage: 0.1, what: "Batch job definition", identity: ["JobDefinitionName"] },
      "AWS::SSM::Document": { class: "compute", dataLoss: 0, outage: 0.2, what: "SSM document", identity: ["Name"] },
      "AWS::EC2::PlacementGroup": { class: "compute", dataLoss: 0, outage: 0.3, what: "EC2 placement group" },
      "AWS::CloudFront::CachePolicy": { class: "compute", dataLoss: 0, outage: 0.3, what: "CloudFront cache policy" },
      "AWS::CloudFront::OriginRequestPolicy": { class: "compute", dataLoss: 0, outage: 0.3, what: "CloudFront origin request policy" },
      "AWS::CloudFront::ResponseHeadersPolicy": { class: "compute", dataLoss: 0, outage: 0.3, what: "CloudFront response headers policy" },
      // Scaling, scheduling and tuning: the service runs on without them for a while.
      "AWS::AutoScaling::ScalingPolicy": { class: "compute", dataLoss: 0, outage: 0.2, what: "Auto Scaling policy" },
      "AWS::AutoScaling::ScheduledAction": { class: "compute", dataLoss: 0, outage: 0.1, what: "Auto Scaling schedule" },
      "AWS::AutoScaling::LifecycleHook": { class: "compute", dataLoss: 0, outage: 0.2, what: "Auto Scaling lifecycle hook" },
      "AWS::ApplicationAutoScaling::ScalableTarget": { class: "compute", dataLoss: 0, outage: 0.2, what: "Application Auto Scaling target" },
      "AWS::ApplicationAutoScaling::ScalingPolicy": { class: "compute", dataLoss: 0, outage: 0.2, what: "Application Auto Scaling policy" },
      "AWS::Events::Rule": { class: "compute", dataLoss: 0, outage: 0.4, what: "EventBridge rule", identity: ["Name", "EventBusName"] },
      "AWS::Scheduler::Schedule": { class: "compute", dataLoss: 0, outage: 0.3, what: "EventBridge Scheduler schedule", identity: ["Name", "GroupName"] },
      "AWS::SSM::Association": { class: "compute", dataLoss: 0, outage: 0.2, what: "SSM association" },
      "AWS::SecretsManager::RotationSchedule": { class: "compute", dataLoss: 0, outage: 0.2, what: "Secrets Manager rotation schedule" },
      "AWS::Backup::BackupPlan": { class: "compute", dataLoss: 0.2, outage: 0.3, what: "AWS Backup plan (backups stop while it is gone)" },
      "AWS::Backup::BackupSelection": { class: "compute", dataLoss: 0.1, outage: 0.2, what: "AWS Backup resource selection" },
      // Monitoring and log plumbing: a gap in alerts or logs, nothing the service runs on.
      "AWS::CloudWatch::Alarm": { class: "compute", dataLoss: 0, outage: 0.2, what: "CloudWatch alarm", identity: ["AlarmName"] },
      "AWS::CloudWatch::CompositeAlarm": { class: "compute", dataLoss: 0, outage: 0.2, what: "CloudWatch composite alarm", identity: ["AlarmName"] },
      "AWS::CloudWatch::Dashboard": { class: "compute", dataLoss: 0, outage: 0.1, what: "CloudWatch dashboard", identity: ["DashboardName"] },
      "AWS::Logs::SubscriptionFilter": { class: "compute", dataLoss: 0, outage: 0.2, what: "log subscription filter" },
      "AWS::Logs::MetricFilter": { class: "compute", dataLoss: 0, outage: 0.2, what: "log metric filter" },
      "AWS::EC2::FlowLog": { class: "compute", dataLoss: 0.2, outage: 0.2, what: "VPC flow log (traffic goes unrecorded while it is gone)" },
      "AWS::Config::ConfigurationRecorder": { class: "compute", dataLoss: 0.2, outage: 0.3, what: "AWS Config recorder" },
      "AWS::SecurityHub::Hub": { class: "compute", dataLoss: 0.3, outage: 0.3, what: "Security Hub enablement (findings go with it)" },
      // Store sub-resources: configuration of a store; the contents stay when they go.
      "AWS::S3::BucketPolicy": { class: "compute", dataLoss: 0, outage: 0.3, what: "S3 bucket policy" },
      "AWS::SQS::QueuePolicy": { class: "compute", dataLoss: 0, outage: 0.3, what: "SQS queue policy" },
      "AWS::SNS::TopicPolicy": { class: "compute", dataLoss: 0, outage: 0.3, what: "SNS topic policy" },
      // CDK's own custom resources: Lambda-backed helpers whose handlers keep nothing of their own.
      "Custom::S3AutoDeleteObjects": { class: "compute", dataLoss: 0, outage: 0.1, what: "CDK helper that empties its bucket when the bucket is deleted" },
      "Custom::CDKBucketDeployment": { class: "compute", dataLoss: 0.1, outage: 0.3, what: "CDK bucket deployment (files copied into a bucket)" },
      "Custom::LogRetention": { class: "compute", dataLoss: 0, outage: 0.1, what: "CDK helper setting a log group retention" },
      "Custom::VpcRestrictDefaultSG": { class: "compute", dataLoss: 0, outage: 0.1, what: "CDK helper restricting the default security group" },
      "Custom::S3BucketNotifications": { class: "compute", dataLoss: 0, outage: 0.3, what: "S3 bucket notifications (CDK custom resource)" },
      "Custom::AWS": { class: "compute", dataLoss: 0.1, outage: 0.3, what: "AWS API call made by a CDK custom resource" },
      "Custom::CrossRegionExportWriter": { class: "compute", dataLoss: 0, outage: 0.3, what: "CDK cross-region export writer" },
      "Custom::CrossRegionExportReader": { class: "compute", dataLoss: 0, outage: 0.3, what: "CDK cross-region export reader" },
      "Custom::AWSCDK-EKS-KubernetesResource": { class: "compute", dataLoss: 0.3, outage: 0.5, what: "Kubernetes manifest applied by CDK" },
      "Custom::AWSCDK-EKS-HelmChart": { class: "compute", dataLoss: 0.3, outage: 0.5, what: "Helm chart installed by CDK" },
      // Bookkeeping with nothing outside the stack.
      "AWS::CloudFormation::WaitConditionHandle": { class: "ephemeral", dataLoss: 0, outage: 0.05, what: "CloudFormation wait condition handle" },
      "AWS::CloudFormation::WaitCondition": { class: "ephemeral", dataLoss: 0, outage: 0.05, what: "CloudFormation wait condition" },
      "AWS::CDK::Metadata": { class: "ephemeral", dataLoss: 0, outage: 0, what: "CDK version-reporting metadata" }
    };
    STATEFUL = { class: "data", dataLoss: 0.8, outage: 0.7, what: "resource the CloudFormation specification marks stateful" };
    STATELESS = { class: "compute", dataLoss: 0, outage: 0.4, what: "resource the CloudFormation specification does not mark stateful" };
    cloudformation = { ...fromSpecification(), ...HAND };
  }
});

// src/catalog/google.ts
var google;
var init_google = __esm({
  "src/catalog/google.ts"() {
    "use strict";
    google = {
      // Databases: their rows exist nowhere else, and everything that queries them stops.
      google_sql_database_instance: { class: "data", dataLoss: 1, outage: 0.9, what: "Cloud SQL instance (with its databases and backups)", identity: ["name", "project"] },
      google_sql_database: { class: "data", dataLoss: 1, outage: 0.8, what: "Cloud SQL database", identity: ["name", "instance", "project"] },
      google_spanner_instance: { class: "data", dataLoss: 1, outage: 0.9, what: "Spanner instance", identity: ["name", "project"] },
      google_spanner_database: { class: "data", dataLoss: 1, outage: 0.9, what: "Spanner database", identity: ["name", "instance", "project"] },
      google_bigtable_instance: { class: "data", dataLoss: 1, outage: 0.9, what: "Bigtable instance", identity: ["name", "project"] },
      google_bigtable_table: { class: "data", dataLoss: 1, outage: 0.8, what: "Bigtable table", identity: ["name", "instance_name", "project"] },
      google_bigquery_dataset: { class: "data", dataLoss: 1, outage: 0.7, what: "BigQuery dataset", identity: ["dataset_id", "project"] },
      google_bigquery_table: { class: "data", dataLoss: 1, outage: 0.7, what: "BigQuery table", identity: ["dataset_id", "table_id", "project"] },
      google_firestore_database: { class: "data", dataLoss: 1, outage: 0.9, what: "Firestore database", identity: ["name", "project"] },
      google_alloydb_cluster: { class: "data", dataLoss: 1, outage: 0.9, what: "AlloyDB cluster", identity: ["cluster_id", "location", "project"] },
      // Instances inside a database cluster, and documents from configuration: the data mostly lives elsewhere.
      google_alloydb_instance: { class: "data", dataLoss: 0.5, outage: 0.8, what: "AlloyDB instance", identity: ["instance_id", "cluster"] },
      google_firestore_document: { class: "data", dataLoss: 0.5, outage: 0.3, what: "Firestore document managed from configuration (later edits are lost)" },
      // Caches: contents can be rebuilt, but a missing cache takes the application down with it.
      google_redis_instance: { class: "data", dataLoss: 0.6, outage: 0.9, what: "Memorystore for Redis instance", identity: ["name", "region", "project"] },
      google_memcache_instance: { class: "data", dataLoss: 0.3, outage: 0.8, what: "Memorystore for Memcached instance", identity: ["name", "region", "project"] },
      // Object, block and file storage: the bytes are the only copy.
      google_storage_bucket: { class: "data", dataLoss: 1, outage: 0.8, what: "Cloud Storage bucket", identity: ["name"] },
      google_filestore_instance: { class: "data", dataLoss: 1, outage: 0.8, what: "Filestore instance", identity: ["name", "location", "project"] },
      google_compute_disk: { class: "data", dataLoss: 1, outage: 0.7, what: "persistent disk", identity: ["name", "zone", "project"] },
      google_compute_region_disk: { class: "data", dataLoss: 1, outage: 0.7, what: "regional persistent disk", identity: ["name", "region", "project"] },
      // Objects whose content usually comes from the configuration: recreatable, later edits are lost.
      google_storage_bucket_object: { class: "data", dataLoss: 0.5, outage: 0.4, what: "Cloud Storage object", identity: ["bucket", "name"] },
      // Snapshots and images: they are the way back.
      google_compute_snapshot: { class: "data", dataLoss: 0.9, outage: 0.2, what: "disk snapshot", identity: ["name", "project"] },
      google_compute_image: { class: "data", dataLoss: 0.7, outage: 0.3, what: "machine image", identity: ["name", "project"] },
      // Messaging: unacknowledged messages are lost, and producers and consumers break.
      google_pubsub_topic: { class: "data", dataLoss: 0.7, outage: 0.7, what: "Pub/Sub topic", identity: ["name", "project"] },
      google_pubsub_subscription: { class: "data", dataLoss: 0.8, outage: 0.6, what: "Pub/Sub subscription (holds unacknowledged messages)", identity: ["name", "project"] },
      google_cloud_tasks_queue: { class: "data", dataLoss: 0.7, outage: 0.5, what: "Cloud Tasks queue (its name cannot be reused for days)", identity: ["name", "location", "project"] },
      // Logs: history cannot be re-recorded (moderate: the service runs on without it).
      google_logging_project_bucket_config: { class: "data", dataLoss: 0.8, outage: 0.3, what: "log bucket", identity: ["bucket_id", "location", "project"] },
      // Code and image repositories: pushed artifacts and history are the only copy.
      google_artifact_registry_repository: { class: "data", dataLoss: 0.8, outage: 0.7, what: "Artifact Registry repository", identity: ["repository_id", "location", "project"] },
      google_container_registry: { class: "data", dataLoss: 0.8, outage: 0.6, what: "Container Registry storage", identity: ["project"] },
      google_sourcerepo_repository: { class: "data", dataLoss: 1, outage: 0.6, what: "Cloud Source Repositories repository", identity: ["name", "project"] },
      // Secrets: values rotated or added outside Terraform exist nowhere else.
      google_secret_manager_secret: { class: "data", dataLoss: 0.8, outage: 0.7, what: "Secret Manager secret", identity: ["secret_id", "project"] },
      // Encryption keys: destroying one makes everything encrypted with it unreadable.
      google_kms_crypto_key: { class: "data", dataLoss: 1, outage: 0.9, what: "Cloud KMS key (destroy schedules every version for destruction)", identity: ["name", "key_ring"] },
      google_kms_crypto_key_version: { class: "data", dataLoss: 1, outage: 0.8, what: "Cloud KMS key version" },
      google_kms_key_ring: { class: "data", dataLoss: 0.6, outage: 0.8, what: "Cloud KMS key ring (cannot be deleted; a replacement needs a new name and new keys)", identity: ["name", "location", "project"] },
      // DNS zones: records made outside Terraform go with it, and a new zone gets new name servers.
      google_dns_managed_zone: { class: "data", dataLoss: 1, outage: 0.9, what: "Cloud DNS managed zone", identity: ["name", "project"] },
      // Projects and folders: containers of everything; deleting a project shuts down all it holds.
      google_project: { class: "foundation", dataLoss: 0.8, outage: 1, what: "project (and everything in it)", identity: ["project_id"] },
      google_folder: { class: "foundation", dataLoss: 0.1, outage: 0.7, what: "resource folder (must be empty to delete)", identity: ["display_name", "parent"] },
      google_project_service: { class: "foundation", dataLoss: 0.3, outage: 0.9, what: "enabled API (disabling it stops every resource of that service)", identity: ["service", "project"] },
      google_app_engine_application: { class: "foundation", dataLoss: 0, outage: 0.5, what: "App Engine application (cannot be deleted, only forgotten)", identity: ["project"] },
      // Networks: everything inside must be rebuilt when they are replaced.
      google_compute_network: { class: "foundation", dataLoss: 0, outage: 0.9, what: "VPC network", identity: ["name", "project"] },
      google_compute_subnetwork: { class: "foundation", dataLoss: 0, outage: 0.8, what: "VPC subnetwork", identity: ["name", "region", "project"] },
      google_compute_shared_vpc_host_project: { class: "foundation", dataLoss: 0, outage: 0.9, what: "Shared VPC host project", identity: ["project"] },
      google_compute_shared_vpc_service_project: { class: "foundation", dataLoss: 0, outage: 0.8, what: "Shared VPC service project attachment", identity: ["host_project", "service_project"] },
      google_service_networking_connection: { class: "foundation", dataLoss: 0, outage: 0.9, what: "private services access connection (Cloud SQL, Memorystore private IPs)", identity: ["network", "service"] },
      google_dns_policy: { class: "foundation", dataLoss: 0, outage: 0.6, what: "Cloud DNS server policy", identity: ["name", "project"] },
      // Firewalls: traffic is cut or opened while they change.
      google_compute_firewall: { class: "foundation", dataLoss: 0, outage: 0.6, what: "VPC firewall rule", identity: ["name", "project"] },
      google_compute_firewall_policy: { class: "foundation", dataLoss: 0, outage: 0.7, what: "hierarchical firewall policy" },
      google_compute_network_firewall_policy: { class: "foundation", dataLoss: 0, outage: 0.7, what: "network firewall policy", identity: ["name", "project"] },
      // Routing and NAT: traffic stops until they are back, and NAT addresses may change.
      google_compute_router: { class: "foundation", dataLoss: 0, outage: 0.7, what: "Cloud Router", identity: ["name", "region", "project"] },
      google_compute_router_nat: { class: "foundation", dataLoss: 0, outage: 0.8, what: "Cloud NAT", identity: ["name", "router", "region", "project"] },
      google_compute_route: { class: "foundation", dataLoss: 0, outage: 0.6, what: "static route", identity: ["name", "project"] },
      // Connectivity between networks and sites: every workload on the far side loses its path.
      google_compute_network_peering: { class: "foundation", dataLoss: 0, outage: 0.8, what: "VPC network peering", identity: ["name", "network"] },
      google_compute_vpn_gateway: { class: "foundation", dataLoss: 0, outage: 0.8, what: "classic VPN gateway", identity: ["name", "region", "project"] },
      google_compute_ha_vpn_gateway: { class: "foundation", dataLoss: 0, outage: 0.8, what: "HA VPN gateway", identity: ["name", "region", "project"] },
      google_compute_vpn_tunnel: { class: "foundation", dataLoss: 0, outage: 0.8, what: "VPN tunnel", identity: ["name", "region", "project"] },
      google_compute_interconnect_attachment: { class: "foundation", dataLoss: 0, outage: 0.9, what: "Interconnect VLAN attachment", identity: ["name", "region", "project"] },
      // Load-balancer backends: replacing them drains every request path that routes to them.
      google_compute_backend_service: { class: "foundation", dataLoss: 0, outage: 0.7, what: "backend service", identity: ["name", "project"] },
      google_compute_region_backend_service: { class: "foundation", dataLoss: 0, outage: 0.7, what: "regional backend service", identity: ["name", "region", "project"] },
      // Kubernetes clusters: every workload on them goes, and with it state the cluster keeps (volumes, secrets).
      google_container_cluster: { class: "foundation", dataLoss: 0.6, outage: 1, what: "GKE Kubernetes cluster", identity: ["name", "location", "project"] },
      google_container_node_pool: { class: "foundation", dataLoss: 0.1, outage: 0.7, what: "GKE node pool", identity: ["name", "cluster", "location", "project"] },
      google_gke_hub_membership: { class: "foundation", dataLoss: 0, outage: 0.5, what: "GKE fleet membership", identity: ["membership_id", "project"] },
      google_composer_environment: { class: "foundation", dataLoss: 0.5, outage: 0.8, what: "Cloud Composer environment (its DAG bucket and database)", identity: ["name", "region", "project"] },
      // Service accounts and pools: bindings follow the unique ID, which a recreated one does not keep.
      google_service_account: { class: "identity", dataLoss: 0.1, outage: 0.7, what: "service account", identity: ["account_id", "project"] },
      google_iam_workload_identity_pool: { class: "identity", dataLoss: 0, outage: 0.7, what: "workload identity pool (its ID cannot be reused for 30 days)", identity: ["workload_identity_pool_id", "project"] },
      google_iam_workload_identity_pool_provider: { class: "identity", dataLoss: 0, outage: 0.7, what: "workload identity pool provider", identity: ["workload_identity_pool_id", "workload_identity_pool_provider_id", "project"] },
      google_project_iam_custom_role: { class: "identity", dataLoss: 0, outage: 0.5, what: "custom IAM role", identity: ["role_id", "project"] },
      google_organization_iam_custom_role: { class: "identity", dataLoss: 0, outage: 0.5, what: "organization custom IAM role", identity: ["role_id", "org_id"] },
      google_org_policy_policy: { class: "identity", dataLoss: 0, outage: 0.5, what: "organization policy", identity: ["name", "parent"] },
      google_organization_policy: { class: "identity", dataLoss: 0, outage: 0.5, what: "organization policy (legacy type)", identity: ["org_id", "constraint"] },
      google_project_organization_policy: { class: "identity", dataLoss: 0, outage: 0.4, what: "project organization policy (legacy type)", identity: ["project", "constraint"] },
      google_sql_user: { class: "identity", dataLoss: 0, outage: 0.5, what: "Cloud SQL user", identity: ["name", "instance", "project"] },
      google_secret_manager_secret_version: { class: "identity", dataLoss: 0.3, outage: 0.5, what: "Secret Manager secret version" },
      // Certificates: a new one must provision (managed ones take up to an hour) before traffic is served.
      google_compute_ssl_certificate: { class: "identity", dataLoss: 0, outage: 0.6, what: "SSL certificate", identity: ["name", "project"] },
      google_compute_managed_ssl_certificate: { class: "identity", dataLoss: 0, outage: 0.7, what: "Google-managed SSL certificate", identity: ["name", "project"] },
      google_certificate_manager_certificate: { class: "identity", dataLoss: 0, outage: 0.6, what: "Certificate Manager certificate", identity: ["name", "project"] },
      // Keys handed to others: replacing one issues new key material every holder must pick up.
      google_service_account_key: { class: "identity", dataLoss: 0, outage: 0.6, what: "service account key", credential: true },
      // Authoritative IAM policies: replacing one rewrites every binding on the resource; a mistake locks people out.
      google_project_iam_policy: { class: "identity", dataLoss: 0, outage: 0.6, what: "authoritative project IAM policy", identity: ["project"] },
      google_folder_iam_policy: { class: "identity", dataLoss: 0, outage: 0.6, what: "authoritative folder IAM policy", identity: ["folder"] },
      google_organization_iam_policy: { class: "identity", dataLoss: 0, outage: 0.7, what: "authoritative organization IAM policy", identity: ["org_id"] },
      google_service_account_iam_policy: { class: "identity", dataLoss: 0, outage: 0.4, what: "authoritative service account IAM policy", identity: ["service_account_id"] },
      google_storage_bucket_iam_policy: { class: "identity", dataLoss: 0, outage: 0.4, what: "authoritative bucket IAM policy", identity: ["bucket"] },
      // Role bindings: authoritative for one role, so a few principals lose access meanwhile.
      google_project_iam_binding: { class: "identity", dataLoss: 0, outage: 0.4, what: "project IAM binding for one role", identity: ["project", "role"] },
      google_folder_iam_binding: { class: "identity", dataLoss: 0, outage: 0.4, what: "folder IAM binding for one role", identity: ["folder", "role"] },
      google_organization_iam_binding: { class: "identity", dataLoss: 0, outage: 0.4, what: "organization IAM binding for one role", identity: ["org_id", "role"] },
      google_service_account_iam_binding: { class: "identity", dataLoss: 0, outage: 0.3, what: "service account IAM binding", identity: ["service_account_id", "role"] },
      google_storage_bucket_iam_binding: { class: "identity", dataLoss: 0, outage: 0.3, what: "bucket IAM binding", identity: ["bucket", "role"] },
      google_kms_crypto_key_iam_binding: { class: "identity", dataLoss: 0, outage: 0.4, what: "KMS key IAM binding", identity: ["crypto_key_id", "role"] },
      // Members: one grant among many, restored by the next apply.
      google_project_iam_member: { class: "identity", dataLoss: 0, outage: 0.3, what: "project IAM member" },
      google_folder_iam_member: { class: "identity", dataLoss: 0, outage: 0.3, what: "folder IAM member" },
      google_organization_iam_member: { class: "identity", dataLoss: 0, outage: 0.3, what: "organization IAM member" },
      google_service_account_iam_member: { class: "identity", dataLoss: 0, outage: 0.3, what: "service account IAM member" },
      google_storage_bucket_iam_member: { class: "identity", dataLoss: 0, outage: 0.3, what: "bucket IAM member" },
      google_kms_crypto_key_iam_member: { class: "identity", dataLoss: 0, outage: 0.4, what: "KMS key IAM member" },
      google_pubsub_topic_iam_member: { class: "identity", dataLoss: 0, outage: 0.3, what: "Pub/Sub topic IAM member" },
      google_pubsub_subscription_iam_member: { class: "identity", dataLoss: 0, outage: 0.3, what: "Pub/Sub subscription IAM member" },
      google_secret_manager_secret_iam_member: { class: "identity", dataLoss: 0, outage: 0.3, what: "secret IAM member" },
      google_bigquery_dataset_iam_member: { class: "identity", dataLoss: 0, outage: 0.3, what: "BigQuery dataset IAM member" },
      google_cloud_run_service_iam_member: { class: "identity", dataLoss: 0, outage: 0.4, what: "Cloud Run service IAM member" },
      google_cloud_run_v2_service_iam_member: { class: "identity", dataLoss: 0, outage: 0.4, what: "Cloud Run service IAM member" },
      google_cloudfunctions_function_iam_member: { class: "identity", dataLoss: 0, outage: 0.4, what: "Cloud Function IAM member" },
      google_billing_account_iam_member: { class: "identity", dataLoss: 0, outage: 0.3, what: "billing account IAM member" },
      google_project_iam_audit_config: { class: "identity", dataLoss: 0, outage: 0.2, what: "project audit log config" },
      // DNS records and entry points: clients cannot find the service while they are gone.
      google_dns_record_set: { class: "edge", dataLoss: 0, outage: 0.6, what: "DNS record set", identity: ["name", "type", "managed_zone", "project"] },
      google_compute_global_forwarding_rule: { class: "edge", dataLoss: 0, outage: 0.8, what: "global forwarding rule (load balancer frontend)", identity: ["name", "project"] },
      google_compute_forwarding_rule: { class: "edge", dataLoss: 0, outage: 0.8, what: "regional forwarding rule (load balancer frontend)", identity: ["name", "region", "project"] },
      google_compute_target_https_proxy: { class: "edge", dataLoss: 0, outage: 0.7, what: "target HTTPS proxy", identity: ["name", "project"] },
      google_compute_target_http_proxy: { class: "edge", dataLoss: 0, outage: 0.7, what: "target HTTP proxy", identity: ["name", "project"] },
      google_compute_url_map: { class: "edge", dataLoss: 0, outage: 0.7, what: "URL map", identity: ["name", "project"] },
      google_compute_backend_bucket: { class: "edge", dataLoss: 0, outage: 0.6, what: "backend bucket", identity: ["name", "project"] },
      google_compute_security_policy: { class: "edge", dataLoss: 0, outage: 0.5, what: "Cloud Armor security policy", identity: ["name", "project"] },
      google_compute_ssl_policy: { class: "edge", dataLoss: 0, outage: 0.4, what: "SSL policy", identity: ["name", "project"] },
      google_api_gateway_gateway: { class: "edge", dataLoss: 0, outage: 0.7, what: "API Gateway gateway (its hostname changes)", identity: ["gateway_id", "region", "project"] },
      google_endpoints_service: { class: "edge", dataLoss: 0, outage: 0.6, what: "Cloud Endpoints service", identity: ["service_name"] },
      google_cloud_run_domain_mapping: { class: "edge", dataLoss: 0, outage: 0.6, what: "Cloud Run domain mapping", identity: ["name", "location", "project"] },
      // Reserved addresses: a released address cannot be reclaimed, and allowlists or peerings still name it.
      google_compute_global_address: { class: "edge", dataLoss: 0.3, outage: 0.7, what: "reserved global IP address or range", identity: ["name", "project"] },
      google_compute_address: { class: "edge", dataLoss: 0.3, outage: 0.7, what: "reserved regional IP address", identity: ["name", "region", "project"] },
      // Machines: recreated from an image, but their boot disk is deleted with them.
      google_compute_instance: { class: "compute", dataLoss: 0.3, outage: 0.5, what: "Compute Engine VM instance", identity: ["name", "zone", "project"] },
      google_dataproc_cluster: { class: "compute", dataLoss: 0.4, outage: 0.6, what: "Dataproc cluster (HDFS data goes with it)", identity: ["name", "region", "project"] },
      // Fleets and services: rebuilt from configuration, capacity is missing while they are replaced.
      google_compute_instance_group_manager: { class: "compute", dataLoss: 0.1, outage: 0.5, what: "managed instance group", identity: ["name", "zone", "project"] },
      google_compute_region_instance_group_manager: { class: "compute", dataLoss: 0.1, outage: 0.5, what: "regional managed instance group", identity: ["name", "region", "project"] },
      google_compute_instance_group: { class: "compute", dataLoss: 0, outage: 0.5, what: "unmanaged instance group", identity: ["name", "zone", "project"] },
      google_cloud_run_service: { class: "compute", dataLoss: 0, outage: 0.5, what: "Cloud Run service", identity: ["name", "location", "project"] },
      google_cloud_run_v2_service: { class: "compute", dataLoss: 0, outage: 0.5, what: "Cloud Run service", identity: ["name", "location", "project"] },
      google_cloud_run_v2_job: { class: "compute", dataLoss: 0, outage: 0.2, what: "Cloud Run job", identity: ["name", "location", "project"] },
      google_cloudfunctions_function: { class: "compute", dataLoss: 0, outage: 0.4, what: "Cloud Function (1st gen)", identity: ["name", "region", "project"] },
      google_cloudfunctions2_function: { class: "compute", dataLoss: 0, outage: 0.4, what: "Cloud Function (2nd gen)", identity: ["name", "location", "project"] },
      google_dataflow_job: { class: "compute", dataLoss: 0.2, outage: 0.5, what: "Dataflow job (in-flight elements are drained or dropped)", identity: ["name", "region", "project"] },
      google_workflows_workflow: { class: "compute", dataLoss: 0, outage: 0.3, what: "Workflows workflow", identity: ["name", "region", "project"] },
      google_cloud_scheduler_job: { class: "compute", dataLoss: 0, outage: 0.3, what: "Cloud Scheduler job", identity: ["name", "region", "project"] },
      // Templates, schedules and attachments: new versions are the normal way to change them.
      google_compute_instance_template: { class: "compute", dataLoss: 0, outage: 0.2, what: "instance template", identity: ["name", "project"] },
      google_compute_region_instance_template: { class: "compute", dataLoss: 0, outage: 0.2, what: "regional instance template", identity: ["name", "region", "project"] },
      google_compute_autoscaler: { class: "compute", dataLoss: 0, outage: 0.2, what: "autoscaler", identity: ["name", "zone", "project"] },
      google_compute_region_autoscaler: { class: "compute", dataLoss: 0, outage: 0.2, what: "regional autoscaler", identity: ["name", "region", "project"] },
      google_compute_health_check: { class: "compute", dataLoss: 0, outage: 0.4, what: "health check", identity: ["name", "project"] },
      google_compute_resource_policy: { class: "compute", dataLoss: 0.1, outage: 0.2, what: "resource policy (snapshot schedule)", identity: ["name", "region", "project"] },
      google_compute_disk_resource_policy_attachment: { class: "compute", dataLoss: 0, outage: 0.2, what: "disk resource policy attachment", identity: ["name", "disk"] },
      google_compute_attached_disk: { class: "compute", dataLoss: 0, outage: 0.5, what: "disk attachment (detaches a disk from a running VM)", identity: ["disk", "instance"] },
      google_datastore_index: { class: "compute", dataLoss: 0, outage: 0.4, what: "Datastore index" },
      google_bigquery_data_transfer_config: { class: "compute", dataLoss: 0, outage: 0.3, what: "BigQuery scheduled transfer", identity: ["display_name", "project"] },
      google_pubsub_schema: { class: "compute", dataLoss: 0, outage: 0.3, what: "Pub/Sub schema", identity: ["name", "project"] },
      // Bucket sub-resources and log routing: configuration of a store; the contents stay when they go.
      google_storage_bucket_acl: { class: "compute", dataLoss: 0, outage: 0.3, what: "bucket ACL", identity: ["bucket"] },
      google_storage_notification: { class: "compute", dataLoss: 0, outage: 0.2, what: "bucket notification" },
      google_logging_project_sink: { class: "compute", dataLoss: 0.1, outage: 0.4, what: "log sink (a new writer identity needs new grants)", identity: ["name", "project"] },
      google_logging_metric: { class: "compute", dataLoss: 0, outage: 0.2, what: "log-based metric", identity: ["name", "project"] },
      // Monitoring: a gap in alerts, nothing the service runs on.
      google_monitoring_alert_policy: { class: "compute", dataLoss: 0, outage: 0.2, what: "alert policy", identity: ["display_name", "project"] },
      google_monitoring_notification_channel: { class: "compute", dataLoss: 0, outage: 0.3, what: "notification channel", identity: ["display_name", "project"] },
      google_monitoring_uptime_check_config: { class: "compute", dataLoss: 0, outage: 0.2, what: "uptime check", identity: ["display_name", "project"] },
      google_monitoring_dashboard: { class: "compute", dataLoss: 0, outage: 0.1, what: "monitoring dashboard" }
    };
  }
});

// src/catalog/helpers.ts
var helpers;
var init_helpers = __esm({
  "src/catalog/helpers.ts"() {
    "use strict";
    helpers = {
      // Pure bookkeeping: nothing exists outside the state, so a replacement only re-runs triggers.
      null_resource: { class: "ephemeral", dataLoss: 0, outage: 0.05, what: "null resource (triggers and provisioners)" },
      terraform_data: { class: "ephemeral", dataLoss: 0, outage: 0.05, what: "built-in terraform_data (triggers and stored values)" },
      time_sleep: { class: "ephemeral", dataLoss: 0, outage: 0.05, what: "delay between operations" },
      time_static: { class: "ephemeral", dataLoss: 0, outage: 0.05, what: "timestamp stored in state" },
      time_offset: { class: "ephemeral", dataLoss: 0, outage: 0.05, what: "timestamp offset stored in state" },
      // Rotation clocks: replacing one is what makes the credentials hanging off it rotate.
      time_rotating: { class: "ephemeral", dataLoss: 0, outage: 0.1, what: "rotation timestamp" },
      // Random values used as names: a new value renames what is built from it (its dependents show that).
      random_id: { class: "ephemeral", dataLoss: 0, outage: 0.1, what: "random identifier" },
      random_pet: { class: "ephemeral", dataLoss: 0, outage: 0.1, what: "random pet name" },
      random_integer: { class: "ephemeral", dataLoss: 0, outage: 0.1, what: "random integer" },
      random_uuid: { class: "ephemeral", dataLoss: 0, outage: 0.1, what: "random UUID" },
      random_shuffle: { class: "ephemeral", dataLoss: 0, outage: 0.1, what: "random permutation" },
      // Random values used as secrets: a new value rotates a credential that others hold.
      random_password: { class: "ephemeral", dataLoss: 0, outage: 0.3, what: "generated password", credential: true },
      random_string: { class: "ephemeral", dataLoss: 0, outage: 0.3, what: "random string (often a password)", credential: true },
      random_bytes: { class: "ephemeral", dataLoss: 0, outage: 0.3, what: "random bytes (often a key)", credential: true },
      // Key material and certificates generated in state: replacing them re-keys everything that trusts them.
      tls_private_key: { class: "ephemeral", dataLoss: 0, outage: 0.3, what: "generated private key", credential: true },
      tls_self_signed_cert: { class: "ephemeral", dataLoss: 0, outage: 0.3, what: "self-signed certificate", credential: true },
      tls_locally_signed_cert: { class: "ephemeral", dataLoss: 0, outage: 0.3, what: "locally signed certificate", credential: true },
      tls_cert_request: { class: "ephemeral", dataLoss: 0, outage: 0.1, what: "certificate signing request" },
      // Files on the machine running Terraform: rewritten from configuration on the next apply.
      local_file: { class: "ephemeral", dataLoss: 0, outage: 0.05, what: "local file", identity: ["filename"] },
      local_sensitive_file: { class: "ephemeral", dataLoss: 0, outage: 0.05, what: "local file with sensitive content", identity: ["filename"] },
      archive_file: { class: "ephemeral", dataLoss: 0, outage: 0.05, what: "zip archive built locally", identity: ["output_path"] },
      cloudinit_config: { class: "ephemeral", dataLoss: 0, outage: 0.05, what: "rendered cloud-init document" },
      // Stand-ins from Terraform's own tests (test, tfcoremock, corner providers): modest weights, like plain compute.
      test_instance: { class: "compute", dataLoss: 0.1, outage: 0.2, what: "test stand-in instance" },
      test_resource: { class: "compute", dataLoss: 0.1, outage: 0.2, what: "test stand-in resource" },
      test_object: { class: "compute", dataLoss: 0.1, outage: 0.2, what: "test stand-in object" },
      test_thing: { class: "compute", dataLoss: 0.1, outage: 0.2, what: "test stand-in thing" },
      tfcoremock_simple_resource: { class: "compute", dataLoss: 0.1, outage: 0.2, what: "tfcoremock simple resource" },
      tfcoremock_complex_resource: { class: "compute", dataLoss: 0.1, outage: 0.2, what: "tfcoremock complex resource" },
      tfcoremock_list: { class: "compute", dataLoss: 0.1, outage: 0.2, what: "tfcoremock list resource" },
      tfcoremock_map: { class: "compute", dataLoss: 0.1, outage: 0.2, what: "tfcoremock map resource" },
      tfcoremock_set: { class: "compute", dataLoss: 0.1, outage: 0.2, what: "tfcoremock set resource" },
      tfcoremock_object: { class: "compute", dataLoss: 0.1, outage: 0.2, what: "tfcoremock object resource" },
      corner_user_identity: { class: "compute", dataLoss: 0.1, outage: 0.2, what: "corner-case test stand-in resource" }
    };
  }
});

// src/catalog/kubernetes.ts
var NS, CLUSTER, kubernetes;
var init_kubernetes = __esm({
  "src/catalog/kubernetes.ts"() {
    "use strict";
    NS = ["metadata.0.name", "metadata.0.namespace"];
    CLUSTER = ["metadata.0.name"];
    kubernetes = {
      // Volume claims: with the usual Delete reclaim policy the disk behind the claim is deleted too.
      kubernetes_persistent_volume_claim: { class: "data", dataLoss: 0.9, outage: 0.6, what: "persistent volume claim", identity: NS },
      kubernetes_persistent_volume_claim_v1: { class: "data", dataLoss: 0.9, outage: 0.6, what: "persistent volume claim", identity: NS },
      kubernetes_persistent_volume: { class: "data", dataLoss: 0.8, outage: 0.6, what: "persistent volume (the disk may go, depending on its reclaim policy)", identity: CLUSTER },
      kubernetes_persistent_volume_v1: { class: "data", dataLoss: 0.8, outage: 0.6, what: "persistent volume (the disk may go, depending on its reclaim policy)", identity: CLUSTER },
      // Namespaces: deleting one deletes everything in it, volume claims included.
      kubernetes_namespace: { class: "foundation", dataLoss: 0.6, outage: 1, what: "namespace (and everything in it)", identity: CLUSTER },
      kubernetes_namespace_v1: { class: "foundation", dataLoss: 0.6, outage: 1, what: "namespace (and everything in it)", identity: CLUSTER },
      // Arbitrary manifests: the kind is unknown here (often a CRD whose deletion cascades), so middle-high weights.
      kubernetes_manifest: { class: "foundation", dataLoss: 0.4, outage: 0.6, what: "Kubernetes object from a raw manifest", identity: ["manifest.metadata.name", "manifest.metadata.namespace"] },
      // Cluster-wide plumbing: every pod that relies on it is affected at once.
      kubernetes_network_policy: { class: "foundation", dataLoss: 0, outage: 0.6, what: "network policy", identity: NS },
      kubernetes_network_policy_v1: { class: "foundation", dataLoss: 0, outage: 0.6, what: "network policy", identity: NS },
      kubernetes_api_service: { class: "foundation", dataLoss: 0, outage: 0.6, what: "aggregated API service", identity: CLUSTER },
      kubernetes_api_service_v1: { class: "foundation", dataLoss: 0, outage: 0.6, what: "aggregated API service", identity: CLUSTER },
      kubernetes_csi_driver_v1: { class: "foundation", dataLoss: 0, outage: 0.6, what: "CSI driver registration", identity: CLUSTER },
      // Service accounts and RBAC: pods and people lose access until it is back.
      kubernetes_service_account: { class: "identity", dataLoss: 0, outage: 0.5, what: "service account", identity: NS },
      kubernetes_service_account_v1: { class: "identity", dataLoss: 0, outage: 0.5, what: "service account", identity: NS },
      kubernetes_default_service_account: { class: "identity", dataLoss: 0, outage: 0.3, what: "default service account (adopted)", identity: NS },
      kubernetes_default_service_account_v1: { class: "identity", dataLoss: 0, outage: 0.3, what: "default service account (adopted)", identity: NS },
      kubernetes_cluster_role: { class: "identity", dataLoss: 0, outage: 0.5, what: "cluster role", identity: CLUSTER },
      kubernetes_cluster_role_v1: { class: "identity", dataLoss: 0, outage: 0.5, what: "cluster role", identity: CLUSTER },
      kubernetes_role: { class: "identity", dataLoss: 0, outage: 0.4, what: "role", identity: NS },
      kubernetes_role_v1: { class: "identity", dataLoss: 0, outage: 0.4, what: "role", identity: NS },
      // Bindings: one grant among many, restored by the next apply.
      kubernetes_cluster_role_binding: { class: "identity", dataLoss: 0, outage: 0.4, what: "cluster role binding", identity: CLUSTER },
      kubernetes_cluster_role_binding_v1: { class: "identity", dataLoss: 0, outage: 0.4, what: "cluster role binding", identity: CLUSTER },
      kubernetes_role_binding: { class: "identity", dataLoss: 0, outage: 0.3, what: "role binding", identity: NS },
      kubernetes_role_binding_v1: { class: "identity", dataLoss: 0, outage: 0.3, what: "role binding", identity: NS },
      // Secrets: their content usually comes from the configuration, so a recreation restores it; consumers fail meanwhile.
      kubernetes_secret: { class: "identity", dataLoss: 0.3, outage: 0.5, what: "secret", identity: NS },
      kubernetes_secret_v1: { class: "identity", dataLoss: 0.3, outage: 0.5, what: "secret", identity: NS },
      // Issued credentials: replacing one issues new material every holder must pick up.
      kubernetes_certificate_signing_request_v1: { class: "identity", dataLoss: 0, outage: 0.4, what: "certificate signing request", identity: CLUSTER, credential: true },
      kubernetes_token_request_v1: { class: "identity", dataLoss: 0, outage: 0.4, what: "service account token", identity: NS, credential: true },
      // Ingresses: the external address may change and routes disappear while they are replaced.
      kubernetes_ingress: { class: "edge", dataLoss: 0, outage: 0.6, what: "ingress", identity: NS },
      kubernetes_ingress_v1: { class: "edge", dataLoss: 0, outage: 0.6, what: "ingress", identity: NS },
      kubernetes_ingress_class_v1: { class: "edge", dataLoss: 0, outage: 0.5, what: "ingress class", identity: CLUSTER },
      // Workloads: rebuilt from their spec; pods are missing while they are replaced.
      kubernetes_deployment: { class: "compute", dataLoss: 0, outage: 0.5, what: "deployment", identity: NS },
      kubernetes_deployment_v1: { class: "compute", dataLoss: 0, outage: 0.5, what: "deployment", identity: NS },
      kubernetes_daemonset: { class: "compute", dataLoss: 0, outage: 0.5, what: "daemon set", identity: NS },
      kubernetes_daemon_set_v1: { class: "compute", dataLoss: 0, outage: 0.5, what: "daemon set", identity: NS },
      kubernetes_replication_controller: { class: "compute", dataLoss: 0, outage: 0.5, what: "replication controller", identity: NS },
      kubernetes_replication_controller_v1: { class: "compute", dataLoss: 0, outage: 0.5, what: "replication controller", identity: NS },
      kubernetes_pod: { class: "compute", dataLoss: 0.1, outage: 0.4, what: "pod (its emptyDir volumes go with it)", identity: NS },
      kubernetes_pod_v1: { class: "compute", dataLoss: 0.1, outage: 0.4, what: "pod (its emptyDir volumes go with it)", identity: NS },
      // Stateful sets: their volume claims are kept on delete, but the pods holding state go down.
      kubernetes_stateful_set: { class: "compute", dataLoss: 0.2, outage: 0.6, what: "stateful set", identity: NS },
      kubernetes_stateful_set_v1: { class: "compute", dataLoss: 0.2, outage: 0.6, what: "stateful set", identity: NS },
      // Services: in-cluster names resolve again on recreation (a LoadBalancer one may get a new address).
      kubernetes_service: { class: "compute", dataLoss: 0, outage: 0.5, what: "service", identity: NS },
      kubernetes_service_v1: { class: "compute", dataLoss: 0, outage: 0.5, what: "service", identity: NS },
      kubernetes_endpoints: { class: "compute", dataLoss: 0, outage: 0.4, what: "endpoints", identity: NS },
      kubernetes_endpoints_v1: { class: "compute", dataLoss: 0, outage: 0.4, what: "endpoints", identity: NS },
      // Batch work: a missed run or two, re-run from the spec.
      kubernetes_job: { class: "compute", dataLoss: 0, outage: 0.2, what: "job", identity: NS },
      kubernetes_job_v1: { class: "compute", dataLoss: 0, outage: 0.2, what: "job", identity: NS },
      kubernetes_cron_job: { class: "compute", dataLoss: 0, outage: 0.2, what: "cron job", identity: NS },
      kubernetes_cron_job_v1: { class: "compute", dataLoss: 0, outage: 0.2, what: "cron job", identity: NS },
      // Configuration: its content comes from the configuration; pods that mount it fail to start meanwhile.
      kubernetes_config_map: { class: "compute", dataLoss: 0, outage: 0.3, what: "config map", identity: NS },
      kubernetes_config_map_v1: { class: "compute", dataLoss: 0, outage: 0.3, what: "config map", identity: NS },
      kubernetes_config_map_v1_data: { class: "compute", dataLoss: 0, outage: 0.2, what: "keys in an existing config map", identity: NS },
      kubernetes_storage_class: { class: "compute", dataLoss: 0, outage: 0.3, what: "storage class (existing volumes keep theirs)", identity: CLUSTER },
      kubernetes_storage_class_v1: { class: "compute", dataLoss: 0, outage: 0.3, what: "storage class (existing volumes keep theirs)", identity: CLUSTER },
      kubernetes_mutating_webhook_configuration_v1: { class: "compute", dataLoss: 0, outage: 0.5, what: "mutating admission webhook", identity: CLUSTER },
      kubernetes_validating_webhook_configuration_v1: { class: "compute", dataLoss: 0, outage: 0.5, what: "validating admission webhook", identity: CLUSTER },
      // Scaling and scheduling policy: workloads run on without it for a while.
      kubernetes_horizontal_pod_autoscaler: { class: "compute", dataLoss: 0, outage: 0.2, what: "horizontal pod autoscaler", identity: NS },
      kubernetes_horizontal_pod_autoscaler_v2: { class: "compute", dataLoss: 0, outage: 0.2, what: "horizontal pod autoscaler", identity: NS },
      kubernetes_pod_disruption_budget_v1: { class: "compute", dataLoss: 0, outage: 0.1, what: "pod disruption budget", identity: NS },
      kubernetes_priority_class_v1: { class: "compute", dataLoss: 0, outage: 0.2, what: "priority class", identity: CLUSTER },
      kubernetes_resource_quota: { class: "compute", dataLoss: 0, outage: 0.2, what: "resource quota", identity: NS },
      kubernetes_resource_quota_v1: { class: "compute", dataLoss: 0, outage: 0.2, what: "resource quota", identity: NS },
      kubernetes_limit_range: { class: "compute", dataLoss: 0, outage: 0.2, what: "limit range", identity: NS },
      kubernetes_limit_range_v1: { class: "compute", dataLoss: 0, outage: 0.2, what: "limit range", identity: NS },
      // Patches to objects Terraform does not own: removing them reverts a label or variable.
      kubernetes_labels: { class: "compute", dataLoss: 0, outage: 0.1, what: "labels on an existing object" },
      kubernetes_annotations: { class: "compute", dataLoss: 0, outage: 0.1, what: "annotations on an existing object" },
      kubernetes_env: { class: "compute", dataLoss: 0, outage: 0.2, what: "environment variables on an existing workload" },
      kubernetes_node_taint: { class: "compute", dataLoss: 0, outage: 0.2, what: "taints on an existing node" }
    };
  }
});

// src/catalog/names.ts
function words(...list2) {
  return new RegExp(`(?:^|_)(?:${list2.join("|")})s?(?:_|$)`);
}
function ending(...list2) {
  return new RegExp(`(?:^|_)(?:${list2.join("|")})s?$`);
}
function rule(pattern, cls, dataLoss, outage, like, credential = false) {
  const entry = { class: cls, dataLoss, outage, what: `unrecognised type, named like ${like}` };
  if (credential) entry.credential = true;
  return { pattern, entry };
}
function classifyByName(type) {
  const name = type.toLowerCase();
  for (const r of NAME_RULES) if (r.pattern.test(name)) return r.entry;
  return UNRECOGNISED;
}
var NAME_RULES, UNRECOGNISED;
var init_names = __esm({
  "src/catalog/names.ts"() {
    "use strict";
    NAME_RULES = [
      // Helper providers: nothing exists outside the state, except values used as credentials.
      rule(/^(?:tls_|random_(?:password|string|bytes|secret|key))/, "ephemeral", 0, 0.3, "a generated credential", true),
      rule(/^(?:null|random|time|local|terraform|archive|cloudinit|http|external)_/, "ephemeral", 0, 0.05, "a helper value"),
      // Stand-ins from Terraform's own tests.
      rule(/^(?:test|tfcoremock|corner)_/, "compute", 0.1, 0.2, "a test stand-in"),
      // Grants and memberships: one among many, restored by the next apply.
      rule(ending("iam_member", "iam_binding", "role_assignment", "role_binding", "policy_attachment", "membership", "member", "grant", "access_entry", "collaborator"), "identity", 0, 0.3, "a grant"),
      // Policies and ACLs on something else: access changes, the thing itself stays.
      rule(ending("iam_policy", "policy", "policies", "permission", "acl", "access_policy"), "identity", 0, 0.4, "an access policy"),
      // Links between two resources: recreated in seconds, traffic or I/O stops meanwhile.
      rule(ending("attachment", "association"), "compute", 0, 0.4, "an attachment"),
      // DNS records: clients cannot find the service while they are gone.
      rule(ending("record", "record_set", "recordset"), "edge", 0, 0.6, "a DNS record"),
      // Routing and firewall rules: traffic stops until they are back, nothing is lost.
      rule(words("route_table", "routing_table", "firewall_rule", "security_rule", "security_group_rule", "ingress_rule", "egress_rule", "network_acl", "nacl"), "foundation", 0, 0.6, "a routing or firewall rule"),
      // Settings, tags and monitoring attached to something else: configuration, rewritten by the next apply.
      rule(
        ending("lifecycle_configuration", "lifecycle_rule", "public_access_block", "versioning", "logging", "cors_configuration", "cors", "notification", "ownership_controls", "encryption_configuration", "tag", "label", "setting", "alarm", "monitor", "dashboard", "alert", "alert_rule", "metric", "metric_filter", "diagnostic_setting", "subscription_filter", "log_subscription"),
        "compute",
        0,
        0.2,
        "a setting or monitor"
      ),
      // Encryption keys: destroying one makes everything encrypted with it unreadable.
      rule(words("kms", "crypto_key", "key_ring", "keyring", "encryption_key", "hsm", "key_vault", "keyvault", "cmk"), "data", 1, 0.9, "an encryption key"),
      // Credentials handed to others: replacing one issues a new secret every holder must pick up.
      rule(words("access_key", "api_key", "ssh_key", "key_pair", "service_account_key", "client_secret", "password", "token"), "identity", 0, 0.5, "a credential", true),
      // Caches: contents can be rebuilt, but a missing cache takes the application down with it.
      rule(words("cache", "redis", "memcache", "memcached", "valkey"), "data", 0.6, 0.9, "a cache"),
      // Stores: data that cannot come back (databases, tables, buckets, volumes, queues, keys, zones, repositories).
      rule(
        words(
          "database",
          "db",
          "sql",
          "mysql",
          "postgres",
          "postgresql",
          "mssql",
          "mariadb",
          "mongo",
          "mongodb",
          "cosmosdb",
          "dynamodb",
          "rds",
          "aurora",
          "redshift",
          "spanner",
          "bigtable",
          "bigquery",
          "firestore",
          "datastore",
          "cassandra",
          "keyspace",
          "ledger",
          "warehouse",
          "lake",
          "datalake",
          "data_lake",
          "dataset",
          "table",
          "collection",
          "index",
          "search",
          "elasticsearch",
          "opensearch",
          "graph",
          "bucket",
          "storage",
          "blob",
          "object",
          "volume",
          "disk",
          "snapshot",
          "backup",
          "vault",
          "archive",
          "glacier",
          "file_system",
          "filesystem",
          "file_share",
          "share",
          "nfs",
          "efs",
          "fsx",
          "queue",
          "stream",
          "topic",
          "kafka",
          "eventhub",
          "event_hub",
          "servicebus",
          "kinesis",
          "pubsub",
          "broker",
          "key",
          "secret",
          "certificate_authority",
          "ca",
          "zone",
          "repository",
          "repo",
          "registry",
          "image",
          "log_group",
          "log_bucket",
          "logs",
          "journal"
        ),
        "data",
        0.8,
        0.7,
        "a data store"
      ),
      // Identities that others bind to by ID: a recreated one does not keep its grants.
      rule(words("service_account", "user_account", "managed_identity", "service_principal"), "identity", 0.1, 0.6, "a service identity"),
      // Containers of everything: deleting one deletes or stops what is in it.
      rule(words("project", "folder", "organization", "account", "subscription", "tenant", "resource_group", "namespace", "workspace", "environment"), "foundation", 0.6, 1, "a container of other resources"),
      // Clusters: every workload on them goes, with state the cluster keeps.
      rule(words("cluster", "kubernetes", "k8s", "eks", "aks", "gke"), "foundation", 0.5, 0.9, "a cluster"),
      // Networks and their plumbing: everything inside must be rebuilt when they are replaced.
      rule(
        words(
          "vpc",
          "vnet",
          "virtual_network",
          "network",
          "subnet",
          "subnetwork",
          "gateway",
          "nat",
          "peering",
          "route",
          "router",
          "firewall",
          "security_group",
          "transit",
          "interconnect",
          "vpn",
          "tunnel",
          "load_balancer",
          "loadbalancer",
          "lb",
          "alb",
          "elb",
          "nlb",
          "target_group",
          "node_pool",
          "node_group",
          "nodepool",
          "mesh",
          "private_link",
          "private_endpoint",
          "parameter_group",
          "option_group"
        ),
        "foundation",
        0.1,
        0.8,
        "a network or platform piece"
      ),
      // Fleets of machines: rebuilt from templates, capacity is missing meanwhile.
      rule(words("instance_group", "autoscaling_group", "scaling_group", "scale_set", "placement_group"), "compute", 0.1, 0.5, "a fleet of machines"),
      // Identities and access: people and services lose access until it is back.
      rule(
        words("iam", "role", "policy", "identity", "user", "group", "principal", "certificate", "cert", "oidc", "saml", "sso", "permission", "credential", "login", "auth", "access", "team", "profile"),
        "identity",
        0.1,
        0.5,
        "an identity or permission"
      ),
      // Public addresses: a released address cannot be reclaimed, and allowlists elsewhere still name it.
      rule(words("eip", "public_ip", "static_ip", "address", "ip", "ip_address"), "edge", 0.3, 0.7, "a reserved address"),
      // Names and entry points: clients cannot find the service while they are gone.
      rule(
        words("dns", "record", "cdn", "distribution", "frontdoor", "front_door", "domain", "waf", "api_gateway", "apigateway", "api", "ingress", "endpoint", "proxy", "url_map", "forwarding_rule", "cloudfront", "route53", "hostname", "edge"),
        "edge",
        0,
        0.6,
        "an entry point"
      ),
      // Machines: recreated from an image, but data on their own disks may go with them.
      rule(words("instance", "vm", "virtual_machine", "machine", "server", "node", "host", "droplet"), "compute", 0.3, 0.5, "a machine"),
      // Workloads, templates and schedules: rebuilt from configuration.
      rule(
        words(
          "function",
          "lambda",
          "task",
          "deployment",
          "job",
          "container",
          "pod",
          "service",
          "app",
          "application",
          "web_app",
          "worker",
          "script",
          "workflow",
          "pipeline",
          "build",
          "schedule",
          "scheduler",
          "trigger",
          "rule",
          "template",
          "autoscaling",
          "scaling",
          "daemonset",
          "daemon_set",
          "stateful_set",
          "statefulset",
          "replica_set",
          "cron",
          "cronjob",
          "runner",
          "notebook",
          "config",
          "configuration"
        ),
        "compute",
        0.1,
        0.4,
        "a workload"
      )
    ];
    UNRECOGNISED = { class: "data", dataLoss: 0.5, outage: 0.6, what: "unrecognised resource type (treated as possibly stateful)" };
    for (const r of NAME_RULES) Object.freeze(r.entry);
    Object.freeze(UNRECOGNISED);
  }
});

// src/catalog/others.ts
var others;
var init_others = __esm({
  "src/catalog/others.ts"() {
    "use strict";
    others = {
      // GitHub repositories and branches: issues, pull requests, wikis and unmerged commits cannot come back.
      github_repository: { class: "data", dataLoss: 1, outage: 0.8, what: "GitHub repository (issues, pull requests and history)", identity: ["name"] },
      github_branch: { class: "data", dataLoss: 0.7, outage: 0.4, what: "Git branch (unmerged commits go with it)", identity: ["repository", "branch"] },
      // GitHub environments: secrets set on them outside Terraform go with them.
      github_repository_environment: { class: "identity", dataLoss: 0.4, outage: 0.4, what: "deployment environment (with its secrets and rules)", identity: ["repository", "environment"] },
      // GitHub teams and membership: people lose access until it is back.
      github_team: { class: "identity", dataLoss: 0.1, outage: 0.5, what: "GitHub team", identity: ["name"] },
      github_membership: { class: "identity", dataLoss: 0.2, outage: 0.4, what: "organization membership (private forks go with it)", identity: ["username"] },
      github_team_membership: { class: "identity", dataLoss: 0, outage: 0.3, what: "team membership", identity: ["team_id", "username"] },
      github_team_members: { class: "identity", dataLoss: 0, outage: 0.4, what: "authoritative team member list", identity: ["team_id"] },
      github_team_repository: { class: "identity", dataLoss: 0, outage: 0.3, what: "team access to a repository", identity: ["team_id", "repository"] },
      github_repository_collaborator: { class: "identity", dataLoss: 0, outage: 0.3, what: "repository collaborator", identity: ["repository", "username"] },
      github_repository_collaborators: { class: "identity", dataLoss: 0, outage: 0.4, what: "authoritative repository collaborator list", identity: ["repository"] },
      github_actions_repository_permissions: { class: "identity", dataLoss: 0, outage: 0.3, what: "Actions permissions of a repository", identity: ["repository"] },
      // GitHub protections: they are guards; while they are gone, anyone can push or merge.
      github_branch_protection: { class: "identity", dataLoss: 0, outage: 0.4, what: "branch protection rule", identity: ["repository_id", "pattern"] },
      github_branch_protection_v3: { class: "identity", dataLoss: 0, outage: 0.4, what: "branch protection (v3 API)", identity: ["repository", "branch"] },
      github_repository_ruleset: { class: "identity", dataLoss: 0, outage: 0.4, what: "repository ruleset", identity: ["repository", "name"] },
      // GitHub secrets and keys: the value comes from configuration; workflows and deploys fail meanwhile.
      github_actions_secret: { class: "identity", dataLoss: 0.1, outage: 0.4, what: "Actions repository secret", identity: ["repository", "secret_name"] },
      github_actions_environment_secret: { class: "identity", dataLoss: 0.1, outage: 0.4, what: "Actions environment secret", identity: ["repository", "environment", "secret_name"] },
      github_actions_organization_secret: { class: "identity", dataLoss: 0.1, outage: 0.5, what: "Actions organization secret", identity: ["secret_name"] },
      github_repository_deploy_key: { class: "identity", dataLoss: 0, outage: 0.5, what: "repository deploy key", identity: ["repository", "title"] },
      github_user_ssh_key: { class: "identity", dataLoss: 0, outage: 0.4, what: "user SSH key", identity: ["title"] },
      // GitHub configuration: rewritten from the configuration; history stays in Git.
      github_branch_default: { class: "compute", dataLoss: 0, outage: 0.3, what: "default branch setting", identity: ["repository"] },
      github_repository_file: { class: "compute", dataLoss: 0.1, outage: 0.3, what: "file committed to a repository", identity: ["repository", "file", "branch"] },
      github_actions_variable: { class: "compute", dataLoss: 0, outage: 0.2, what: "Actions variable", identity: ["repository", "variable_name"] },
      github_repository_webhook: { class: "compute", dataLoss: 0, outage: 0.4, what: "repository webhook", identity: ["repository", "configuration.0.url"] },
      github_organization_webhook: { class: "compute", dataLoss: 0, outage: 0.4, what: "organization webhook", identity: ["configuration.0.url"] },
      github_organization_settings: { class: "compute", dataLoss: 0, outage: 0.3, what: "organization settings" },
      github_issue_label: { class: "compute", dataLoss: 0, outage: 0.1, what: "issue label", identity: ["repository", "name"] },
      github_issue_labels: { class: "compute", dataLoss: 0, outage: 0.1, what: "authoritative issue label list", identity: ["repository"] },
      github_repository_topics: { class: "compute", dataLoss: 0, outage: 0.1, what: "repository topics", identity: ["repository"] },
      github_repository_autolink_reference: { class: "compute", dataLoss: 0, outage: 0.1, what: "repository autolink", identity: ["repository", "key_prefix"] },
      // Datadog log indexes: indexed logs go with them.
      datadog_logs_index: { class: "data", dataLoss: 0.5, outage: 0.5, what: "Datadog log index", identity: ["name"] },
      // Datadog access: keys handed to agents and integrations; replacing one breaks every holder.
      datadog_api_key: { class: "identity", dataLoss: 0, outage: 0.6, what: "Datadog API key", identity: ["name"], credential: true },
      datadog_application_key: { class: "identity", dataLoss: 0, outage: 0.5, what: "Datadog application key", identity: ["name"], credential: true },
      datadog_user: { class: "identity", dataLoss: 0, outage: 0.4, what: "Datadog user", identity: ["email"] },
      datadog_role: { class: "identity", dataLoss: 0, outage: 0.4, what: "Datadog role", identity: ["name"] },
      datadog_team: { class: "identity", dataLoss: 0, outage: 0.3, what: "Datadog team", identity: ["handle"] },
      // Datadog integrations: telemetry from a whole cloud account stops while they are gone.
      datadog_integration_aws: { class: "compute", dataLoss: 0.1, outage: 0.5, what: "Datadog AWS integration", identity: ["account_id"] },
      datadog_integration_aws_account: { class: "compute", dataLoss: 0.1, outage: 0.5, what: "Datadog AWS account integration", identity: ["aws_account_id"] },
      datadog_integration_gcp: { class: "compute", dataLoss: 0.1, outage: 0.5, what: "Datadog Google Cloud integration", identity: ["project_id"] },
      datadog_integration_azure: { class: "compute", dataLoss: 0.1, outage: 0.5, what: "Datadog Azure integration", identity: ["tenant_name", "client_id"] },
      // Datadog monitors, dashboards and pipelines: a gap in alerting or views, recreated from configuration.
      datadog_monitor: { class: "compute", dataLoss: 0.1, outage: 0.3, what: "Datadog monitor (its alert history goes with it)", identity: ["name"] },
      datadog_synthetics_test: { class: "compute", dataLoss: 0.1, outage: 0.3, what: "Datadog synthetic test", identity: ["name"] },
      datadog_service_level_objective: { class: "compute", dataLoss: 0.2, outage: 0.2, what: "Datadog SLO (its history goes with it)", identity: ["name"] },
      datadog_security_monitoring_rule: { class: "compute", dataLoss: 0, outage: 0.3, what: "Datadog security detection rule", identity: ["name"] },
      datadog_logs_custom_pipeline: { class: "compute", dataLoss: 0, outage: 0.3, what: "Datadog log pipeline", identity: ["name"] },
      datadog_logs_archive: { class: "compute", dataLoss: 0.1, outage: 0.4, what: "Datadog log archive (archived objects stay in the bucket)", identity: ["name"] },
      datadog_logs_metric: { class: "compute", dataLoss: 0, outage: 0.2, what: "Datadog log-based metric", identity: ["name"] },
      datadog_dashboard: { class: "compute", dataLoss: 0, outage: 0.2, what: "Datadog dashboard", identity: ["title"] },
      datadog_dashboard_json: { class: "compute", dataLoss: 0, outage: 0.2, what: "Datadog dashboard (JSON)" },
      datadog_downtime: { class: "compute", dataLoss: 0, outage: 0.1, what: "Datadog downtime (legacy)" },
      datadog_downtime_schedule: { class: "compute", dataLoss: 0, outage: 0.1, what: "Datadog downtime schedule" },
      datadog_slo_correction: { class: "compute", dataLoss: 0, outage: 0.1, what: "Datadog SLO correction" },
      datadog_metric_metadata: { class: "compute", dataLoss: 0, outage: 0.1, what: "Datadog metric metadata", identity: ["metric"] },
      datadog_webhook: { class: "compute", dataLoss: 0, outage: 0.2, what: "Datadog webhook", identity: ["name"] },
      datadog_integration_slack_channel: { class: "compute", dataLoss: 0, outage: 0.2, what: "Datadog Slack channel", identity: ["account_name", "channel_name"] },
      datadog_integration_pagerduty_service_object: { class: "compute", dataLoss: 0, outage: 0.2, what: "Datadog PagerDuty service", identity: ["service_name"] },
      // Cloudflare zones: records made outside Terraform go with it, and a new zone gets new name servers.
      cloudflare_zone: { class: "data", dataLoss: 1, outage: 0.9, what: "Cloudflare DNS zone", identity: ["zone", "name"] },
      // Cloudflare storage: the bytes are the only copy.
      cloudflare_r2_bucket: { class: "data", dataLoss: 1, outage: 0.8, what: "Cloudflare R2 bucket", identity: ["account_id", "name"] },
      cloudflare_d1_database: { class: "data", dataLoss: 1, outage: 0.9, what: "Cloudflare D1 database", identity: ["account_id", "name"] },
      cloudflare_workers_kv_namespace: { class: "data", dataLoss: 1, outage: 0.6, what: "Workers KV namespace", identity: ["account_id", "title"] },
      // Cloudflare records and entry points: clients cannot find the service while they are gone.
      cloudflare_record: { class: "edge", dataLoss: 0, outage: 0.6, what: "Cloudflare DNS record", identity: ["zone_id", "name", "type"] },
      cloudflare_dns_record: { class: "edge", dataLoss: 0, outage: 0.6, what: "Cloudflare DNS record", identity: ["zone_id", "name", "type"] },
      cloudflare_load_balancer: { class: "edge", dataLoss: 0, outage: 0.7, what: "Cloudflare load balancer", identity: ["zone_id", "name"] },
      cloudflare_load_balancer_pool: { class: "edge", dataLoss: 0, outage: 0.6, what: "Cloudflare origin pool", identity: ["account_id", "name"] },
      cloudflare_pages_project: { class: "edge", dataLoss: 0, outage: 0.6, what: "Cloudflare Pages project", identity: ["account_id", "name"] },
      cloudflare_worker_route: { class: "edge", dataLoss: 0, outage: 0.5, what: "Workers route (legacy type)", identity: ["zone_id", "pattern"] },
      cloudflare_workers_route: { class: "edge", dataLoss: 0, outage: 0.5, what: "Workers route", identity: ["zone_id", "pattern"] },
      cloudflare_certificate_pack: { class: "edge", dataLoss: 0, outage: 0.5, what: "Cloudflare edge certificate pack" },
      // Cloudflare tunnels: the connector's secret changes, so every cloudflared must be re-enrolled.
      cloudflare_tunnel: { class: "edge", dataLoss: 0, outage: 0.8, what: "Cloudflare Tunnel (legacy type)", identity: ["account_id", "name"], credential: true },
      cloudflare_zero_trust_tunnel_cloudflared: { class: "edge", dataLoss: 0, outage: 0.8, what: "Cloudflare Tunnel", identity: ["account_id", "name"], credential: true },
      // Cloudflare rules and settings: traffic is unfiltered or misrouted while they change.
      cloudflare_ruleset: { class: "edge", dataLoss: 0, outage: 0.5, what: "Cloudflare ruleset (WAF, transforms, redirects)", identity: ["zone_id", "account_id", "phase", "name"] },
      cloudflare_page_rule: { class: "edge", dataLoss: 0, outage: 0.4, what: "Cloudflare page rule", identity: ["zone_id", "target"] },
      cloudflare_firewall_rule: { class: "edge", dataLoss: 0, outage: 0.4, what: "Cloudflare firewall rule (legacy)" },
      cloudflare_zone_settings_override: { class: "edge", dataLoss: 0, outage: 0.4, what: "Cloudflare zone settings", identity: ["zone_id"] },
      cloudflare_zone_setting: { class: "edge", dataLoss: 0, outage: 0.3, what: "Cloudflare zone setting", identity: ["zone_id", "setting_id"] },
      // Cloudflare access and tokens: people and machines lose access; tokens are new secrets.
      cloudflare_access_application: { class: "identity", dataLoss: 0, outage: 0.6, what: "Cloudflare Access application", identity: ["zone_id", "account_id", "name"] },
      cloudflare_access_policy: { class: "identity", dataLoss: 0, outage: 0.5, what: "Cloudflare Access policy", identity: ["account_id", "name"] },
      cloudflare_api_token: { class: "identity", dataLoss: 0, outage: 0.6, what: "Cloudflare API token", identity: ["name"], credential: true },
      cloudflare_origin_ca_certificate: { class: "identity", dataLoss: 0, outage: 0.5, what: "Cloudflare origin CA certificate", credential: true },
      // Cloudflare compute: code comes from the configuration.
      cloudflare_worker_script: { class: "compute", dataLoss: 0, outage: 0.5, what: "Workers script (legacy type)", identity: ["account_id", "name"] },
      cloudflare_workers_script: { class: "compute", dataLoss: 0, outage: 0.5, what: "Workers script", identity: ["account_id", "script_name"] },
      cloudflare_load_balancer_monitor: { class: "compute", dataLoss: 0, outage: 0.3, what: "Cloudflare health monitor" },
      // Helm releases and raw manifests: uninstalling removes everything in the chart (often stateful), at once.
      helm_release: { class: "foundation", dataLoss: 0.4, outage: 0.7, what: "Helm release (every object in the chart)", identity: ["name", "namespace"] },
      kubectl_manifest: { class: "foundation", dataLoss: 0.4, outage: 0.6, what: "Kubernetes object from a raw manifest (kubectl provider)" },
      // Vault mounts and namespaces: unmounting a secrets engine deletes every secret stored in it.
      vault_mount: { class: "data", dataLoss: 1, outage: 0.8, what: "Vault secrets engine mount (and all its secrets)", identity: ["path"] },
      vault_namespace: { class: "foundation", dataLoss: 0.9, outage: 0.9, what: "Vault namespace (and everything in it)", identity: ["path"] },
      // Vault PKI roots: the CA key cannot come back, and every issued certificate loses its chain.
      vault_pki_secret_backend_root_cert: { class: "data", dataLoss: 1, outage: 0.9, what: "Vault PKI root certificate and key", identity: ["backend"], credential: true },
      // Vault secrets written from configuration: recreatable, but older versions go.
      vault_kv_secret_v2: { class: "data", dataLoss: 0.5, outage: 0.5, what: "Vault KV v2 secret", identity: ["mount", "name"] },
      vault_kv_secret: { class: "data", dataLoss: 0.5, outage: 0.5, what: "Vault KV v1 secret", identity: ["path"] },
      vault_generic_secret: { class: "data", dataLoss: 0.5, outage: 0.5, what: "Vault generic secret", identity: ["path"] },
      // Vault auth methods and engines: disabling one revokes every token and lease it issued.
      vault_auth_backend: { class: "identity", dataLoss: 0.3, outage: 0.8, what: "Vault auth method (revokes its tokens)", identity: ["path"] },
      vault_jwt_auth_backend: { class: "identity", dataLoss: 0.3, outage: 0.8, what: "Vault JWT/OIDC auth method", identity: ["path"] },
      vault_aws_secret_backend: { class: "identity", dataLoss: 0.2, outage: 0.7, what: "Vault AWS secrets engine (revokes its leases)", identity: ["path"] },
      vault_database_secret_backend_connection: { class: "identity", dataLoss: 0, outage: 0.6, what: "Vault database connection", identity: ["backend", "name"] },
      // Vault policies and roles: clients lose access until they are back.
      vault_policy: { class: "identity", dataLoss: 0, outage: 0.5, what: "Vault policy", identity: ["name"] },
      vault_approle_auth_backend_role: { class: "identity", dataLoss: 0, outage: 0.5, what: "Vault AppRole role", identity: ["backend", "role_name"] },
      vault_kubernetes_auth_backend_role: { class: "identity", dataLoss: 0, outage: 0.5, what: "Vault Kubernetes auth role", identity: ["backend", "role_name"] },
      vault_jwt_auth_backend_role: { class: "identity", dataLoss: 0, outage: 0.5, what: "Vault JWT/OIDC auth role", identity: ["backend", "role_name"] },
      vault_database_secret_backend_role: { class: "identity", dataLoss: 0, outage: 0.4, what: "Vault database role", identity: ["backend", "name"] },
      vault_pki_secret_backend_role: { class: "identity", dataLoss: 0, outage: 0.4, what: "Vault PKI role", identity: ["backend", "name"] },
      vault_identity_entity: { class: "identity", dataLoss: 0.1, outage: 0.4, what: "Vault identity entity", identity: ["name"] },
      vault_identity_group: { class: "identity", dataLoss: 0, outage: 0.4, what: "Vault identity group", identity: ["name"] },
      // Vault-issued credentials: replacing one issues a new secret every holder must pick up.
      vault_token: { class: "identity", dataLoss: 0, outage: 0.4, what: "Vault token", credential: true },
      vault_approle_auth_backend_role_secret_id: { class: "identity", dataLoss: 0, outage: 0.5, what: "Vault AppRole secret ID", credential: true },
      // Vault audit devices: requests go unrecorded while they are gone.
      vault_audit: { class: "compute", dataLoss: 0.2, outage: 0.4, what: "Vault audit device", identity: ["path"] },
      // Entra ID applications and principals: client IDs change, so every consumer must be reconfigured.
      azuread_application: { class: "identity", dataLoss: 0.2, outage: 0.7, what: "Entra ID application registration", identity: ["display_name"] },
      azuread_service_principal: { class: "identity", dataLoss: 0, outage: 0.7, what: "Entra ID service principal", identity: ["client_id"] },
      azuread_user: { class: "identity", dataLoss: 0.3, outage: 0.5, what: "Entra ID user (mailbox and files hang off it)", identity: ["user_principal_name"] },
      azuread_group: { class: "identity", dataLoss: 0.1, outage: 0.5, what: "Entra ID group", identity: ["display_name"] },
      azuread_conditional_access_policy: { class: "identity", dataLoss: 0, outage: 0.6, what: "conditional access policy", identity: ["display_name"] },
      azuread_application_federated_identity_credential: { class: "identity", dataLoss: 0, outage: 0.5, what: "federated identity credential", identity: ["application_id", "display_name"] },
      // Entra ID grants: one among many, restored by the next apply.
      azuread_group_member: { class: "identity", dataLoss: 0, outage: 0.3, what: "Entra ID group member", identity: ["group_object_id", "member_object_id"] },
      azuread_app_role_assignment: { class: "identity", dataLoss: 0, outage: 0.3, what: "app role assignment" },
      // Entra ID secrets: replacing one issues a new secret every holder must pick up.
      azuread_application_password: { class: "identity", dataLoss: 0, outage: 0.6, what: "application client secret", credential: true },
      azuread_service_principal_password: { class: "identity", dataLoss: 0, outage: 0.6, what: "service principal client secret", credential: true }
    };
  }
});

// src/catalog/index.ts
function lookup(type) {
  const entry = exact.get(type);
  return entry ? { entry, matched: "exact" } : { entry: classifyByName(type), matched: "name" };
}
var CATALOG_TABLES, exact;
var init_catalog = __esm({
  "src/catalog/index.ts"() {
    "use strict";
    init_aws();
    init_azurerm();
    init_cloudformation();
    init_google();
    init_helpers();
    init_kubernetes();
    init_names();
    init_others();
    init_names();
    CATALOG_TABLES = {
      aws,
      azurerm,
      google,
      kubernetes,
      helpers,
      others,
      cloudformation
    };
    exact = /* @__PURE__ */ new Map();
    for (const [family, table] of Object.entries(CATALOG_TABLES)) {
      for (const [type, entry] of Object.entries(table)) {
        if (exact.has(type)) throw new Error(`catalog: ${type} is listed twice (again in ${family})`);
        if (entry.identity) Object.freeze(entry.identity);
        exact.set(type, Object.freeze(entry));
      }
    }
  }
});

// src/analysis/environment.ts
function tokens(value) {
  return value.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).map((t) => t.replace(/\d+$/, ""));
}
function classifyName(name, policy) {
  const prod = /* @__PURE__ */ new Set([...PRODUCTION, ...policy.production.map((n) => n.toLowerCase())]);
  const nonProd = /* @__PURE__ */ new Set([...NON_PRODUCTION, ...policy.nonProduction.map((n) => n.toLowerCase())]);
  const whole = name.trim().toLowerCase();
  if (prod.has(whole)) return "production";
  if (nonProd.has(whole)) return "non-production";
  const words2 = tokens(name);
  if (words2.some((w) => prod.has(w))) return "production";
  if (words2.some((w) => nonProd.has(w))) return "non-production";
  return "unnamed";
}
function named(source, name, policy, because) {
  const verdict = classifyName(name, policy);
  const production = verdict === "unnamed" ? policy.unknown === "production" : verdict === "production";
  const suffix = verdict === "unnamed" ? `; "${name}" is not a known environment name, so it counts as ${policy.unknown}` : "";
  return { source, name, production, because: `${because}${suffix}` };
}
function tagSignals(changes) {
  const signals = [];
  for (const change of changes) {
    if (change.mode !== "managed") continue;
    const values = change.after ?? change.before;
    if (!values) continue;
    for (const attribute of TAG_ATTRIBUTES) {
      const tags = values[attribute];
      if (typeof tags !== "object" || tags === null) continue;
      for (const [key3, value] of Object.entries(tags)) {
        if (ENV_KEY.test(key3) && typeof value === "string" && value.trim()) {
          signals.push({ kind: "tag", key: `${change.address} ${key3}`, value });
        }
      }
    }
  }
  return signals;
}
function strongest(signals, policy) {
  const rank = (s) => ({ production: 0, unnamed: 1, "non-production": 2 })[classifyName(s.value, policy)];
  return [...signals].sort((a, b) => rank(a) - rank(b))[0];
}
function pathSignal(path, policy) {
  const words2 = path.split(/[\\/]/).flatMap((segment) => tokens(segment));
  const hits = words2.filter((w) => classifyName(w, policy) !== "unnamed").map((w) => ({ kind: "path", key: path, value: w }));
  return strongest(hits, policy);
}
function detectEnvironment(input, ctx) {
  const source = input.source.path;
  const { policy } = ctx;
  if (ctx.explicit) return named(source, ctx.explicit, policy, "given explicitly (--environment)");
  for (const rule2 of policy.rules) {
    const matches = (!rule2.path || import_picomatch.default.isMatch(source, rule2.path, { dot: true })) && (!rule2.workspace || ctx.workspace !== void 0 && import_picomatch.default.isMatch(ctx.workspace, rule2.workspace)) && (!rule2.variable || input.signals.some(
      (s) => s.kind === "variable" && s.key === rule2.variable?.name && import_picomatch.default.isMatch(s.value, rule2.variable.value)
    ));
    if (matches) {
      const env = named(source, rule2.name, policy, `policy rule for "${rule2.name}"`);
      return rule2.production === void 0 ? env : { ...env, production: rule2.production };
    }
  }
  const variable = strongest(
    input.signals.filter((s) => s.kind === "variable" && ENV_KEY.test(s.key)),
    policy
  );
  if (variable) return named(source, variable.value, policy, `variable ${variable.key} = "${variable.value}"`);
  const tag = strongest(tagSignals(input.changes), policy);
  if (tag) {
    const [address, key3] = tag.key.split(" ");
    return named(source, tag.value, policy, `tag ${key3 ?? ""} = "${tag.value}" on ${address ?? ""}`);
  }
  if (ctx.workspace && ctx.workspace !== "default") {
    return named(source, ctx.workspace, policy, `TF_WORKSPACE = "${ctx.workspace}"`);
  }
  const path = pathSignal(source, policy);
  if (path) return named(source, path.value, policy, `the plan file's path names "${path.value}"`);
  const production = policy.unknown === "production";
  return {
    source,
    name: "unknown",
    production,
    because: `nothing names the environment, so it counts as ${policy.unknown}${production ? " (fail safe)" : " (policy)"}`
  };
}
var import_picomatch, PRODUCTION, NON_PRODUCTION, ENV_KEY, TAG_ATTRIBUTES;
var init_environment = __esm({
  "src/analysis/environment.ts"() {
    "use strict";
    import_picomatch = __toESM(require_picomatch2(), 1);
    PRODUCTION = ["prod", "production", "prd", "live"];
    NON_PRODUCTION = ["dev", "development", "test", "qa", "staging", "stage", "sandbox", "preview", "ephemeral"];
    ENV_KEY = /^(env|environment|stage|env_name|environment_name|stage_name|deploy_env|deployment_environment|app_env|tier)$/i;
    TAG_ATTRIBUTES = ["tags", "tags_all", "labels", "user_labels", "resource_labels"];
  }
});

// src/analysis/graph.ts
function isResourceNode(node) {
  const parts = node.split(".");
  let i = 0;
  while (parts[i] === "module" && parts.length - i > 2) i += 2;
  const head = parts[i];
  return parts.length - i >= 2 && head !== "var" && head !== "output" && head !== "module";
}
function buildGraph(input) {
  const referrers = /* @__PURE__ */ new Map();
  for (const [from, targets] of input.references) {
    for (const to of targets) {
      const list2 = referrers.get(to);
      if (list2) list2.push(from);
      else referrers.set(to, [from]);
    }
  }
  const instances = /* @__PURE__ */ new Map();
  for (const change of input.changes) {
    if (change.mode !== "managed") continue;
    const list2 = instances.get(change.configAddress);
    if (list2) list2.push(change.address);
    else instances.set(change.configAddress, [change.address]);
  }
  const cache = /* @__PURE__ */ new Map();
  return {
    known: input.references.size > 0,
    dependentsOf(configAddress) {
      const cached = cache.get(configAddress);
      if (cached) return cached;
      const depth = /* @__PURE__ */ new Map([[configAddress, 0]]);
      const queue = [configAddress];
      while (queue.length > 0) {
        const node = queue.shift();
        const d = depth.get(node) ?? 0;
        for (const referrer of referrers.get(node) ?? []) {
          const step = isResourceNode(referrer) ? 1 : 0;
          const next = d + step;
          const seen = depth.get(referrer);
          if (seen !== void 0 && seen <= next) continue;
          depth.set(referrer, next);
          if (step === 0) queue.unshift(referrer);
          else queue.push(referrer);
        }
      }
      const addresses = [];
      for (const [node, d] of depth) {
        if (node === configAddress || !isResourceNode(node) || node.startsWith("data.") || node.includes(".data.")) continue;
        for (const address of instances.get(node) ?? [node]) addresses.push({ address, depth: d });
      }
      addresses.sort((a, b) => a.depth - b.depth || a.address.localeCompare(b.address));
      const result = { count: addresses.length, addresses };
      cache.set(configAddress, result);
      return result;
    }
  };
}
var init_graph = __esm({
  "src/analysis/graph.ts"() {
    "use strict";
  }
});

// src/model.ts
var UNKNOWN, REDACTED, SEVERITIES;
var init_model = __esm({
  "src/model.ts"() {
    "use strict";
    UNKNOWN = "(known after apply)";
    REDACTED = "(sensitive value)";
    SEVERITIES = ["none", "low", "medium", "high", "critical"];
  }
});

// src/analysis/guards.ts
function disabledGuards(change) {
  if (change.action !== "update" && change.action !== "import") return [];
  const { before, after } = change;
  if (!before || !after) return [];
  return GUARDS.filter(
    (g) => known(before[g.attribute]) && known(after[g.attribute]) && g.protects(before[g.attribute]) && !g.protects(after[g.attribute])
  ).map((g) => ({ attribute: g.attribute, from: before[g.attribute], to: after[g.attribute], meaning: g.meaning }));
}
var GUARDS, known;
var init_guards = __esm({
  "src/analysis/guards.ts"() {
    "use strict";
    init_model();
    GUARDS = [
      { attribute: "deletion_protection", protects: (v) => v === true || v === "ACTIVE", meaning: "deletion protection turned off" },
      { attribute: "deletion_protection_enabled", protects: (v) => v === true, meaning: "deletion protection turned off" },
      { attribute: "enable_deletion_protection", protects: (v) => v === true, meaning: "deletion protection turned off" },
      { attribute: "disable_api_termination", protects: (v) => v === true, meaning: "termination protection turned off" },
      { attribute: "skip_final_snapshot", protects: (v) => v === false, meaning: "final snapshot skipped: a destroy keeps no copy" },
      { attribute: "force_destroy", protects: (v) => v === false, meaning: "force_destroy turned on: a destroy deletes the contents too" },
      { attribute: "force_delete", protects: (v) => v === false, meaning: "force_delete turned on: a destroy deletes the contents too" },
      { attribute: "delete_contents_on_destroy", protects: (v) => v === false, meaning: "contents deleted on destroy" },
      { attribute: "purge_protection_enabled", protects: (v) => v === true, meaning: "purge protection turned off" },
      { attribute: "prevent_deletion_if_contains_resources", protects: (v) => v === true, meaning: "deletion of non-empty groups allowed" },
      { attribute: "deletion_policy", protects: (v) => v === "PREVENT" || v === "ABANDON", meaning: "deletion policy set to delete" },
      { attribute: "recovery_window_in_days", protects: (v) => typeof v === "number" && v > 0, meaning: "recovery window removed: a delete is immediate" },
      { attribute: "backup_retention_period", protects: (v) => typeof v === "number" && v > 0, meaning: "automated backups switched off" }
    ];
    known = (v) => v !== void 0 && v !== UNKNOWN && v !== REDACTED;
  }
});

// src/analysis/renames.ts
function valueAt(values, path) {
  let current = values;
  for (const step of path.split(".")) {
    if (current === null || typeof current !== "object") return void 0;
    current = Array.isArray(current) ? current[Number(step)] : current[step];
  }
  return current;
}
function movedBlock(from, to) {
  return `moved {
  from = ${from}
  to   = ${to}
}`;
}
function matchEvidence(deleted, created, identity2) {
  const present = identity2.filter((path) => usable(valueAt(deleted.before, path)) && usable(valueAt(created.after, path)));
  if (present.length === 0) return void 0;
  if (!present.every((path) => valueAt(deleted.before, path) === valueAt(created.after, path))) return void 0;
  return present.map((path) => `${path} = ${JSON.stringify(valueAt(deleted.before, path))}`);
}
function detectRenames(changes, identityOf) {
  const creates = changes.filter((c) => c.action === "create" && c.mode === "managed");
  const taken = /* @__PURE__ */ new Set();
  const renames = [];
  for (const deleted of changes) {
    if (deleted.action !== "delete" || deleted.mode !== "managed") continue;
    const identity2 = identityOf(deleted.type) ?? GENERIC_IDENTITY;
    for (const created of creates) {
      if (taken.has(created) || created.type !== deleted.type || created.source !== deleted.source) continue;
      const evidence2 = matchEvidence(deleted, created, identity2);
      if (evidence2) {
        taken.add(created);
        renames.push({ from: deleted, to: created, evidence: evidence2 });
        break;
      }
    }
  }
  return renames;
}
var GENERIC_IDENTITY, usable;
var init_renames = __esm({
  "src/analysis/renames.ts"() {
    "use strict";
    init_model();
    GENERIC_IDENTITY = ["name", "bucket", "identifier", "cluster_identifier", "function_name", "domain_name", "repository_name"];
    usable = (v) => typeof v === "string" && v !== "" && v !== UNKNOWN && v !== REDACTED || typeof v === "number";
  }
});

// src/analysis/score.ts
function severityOf(score) {
  if (score >= 80) return "critical";
  if (score >= 60) return "high";
  if (score >= 35) return "medium";
  if (score > 0) return "low";
  return "none";
}
function lossFactor(change) {
  if (change.retention === "retain" || change.retention === "forget") return 0;
  if (change.retention === "snapshot") return 0.25;
  return 1;
}
function outageFactor(change) {
  if (change.action === "delete") return 1;
  switch (change.replaceOrder) {
    case "create-before-destroy":
      return 0.5;
    case "destroy-before-create":
      return 1;
    default:
      return 0.85;
  }
}
function howText(change) {
  const retention = change.retention ? ` (${change.retention === "forget" ? "the old object is forgotten, not destroyed" : `kept by ${change.retention}`})` : "";
  if (change.action === "delete") return `destroyed${retention}`;
  return `replaced ${change.replaceOrder === "create-before-destroy" ? "create-before-destroy: the old one lives until the new one exists" : change.replaceOrder === "destroy-before-create" ? "destroy-before-create: gone until the new one is up" : "in an unknown order"}${retention}`;
}
function causeText(change) {
  const parts = change.causes.map((c) => CAUSE_TEXT[c]);
  if (change.replacePaths.length > 0) parts.push(`forced by ${change.replacePaths.join(", ")}`);
  return parts.join("; ");
}
function scoreChange(input) {
  const { change, catalog, production, dependents } = input;
  const { entry } = catalog;
  const factors = [
    {
      name: "what",
      detail: `${change.type} is ${entry.what} (${entry.class}${catalog.matched === "name" ? ", classed from its name: not in the catalog" : ""})`
    }
  ];
  const findings = [];
  let raw = 0;
  if (change.action === "delete" || change.action === "replace") {
    const loss = lossFactor(change);
    const outage = outageFactor(change);
    factors.push({ name: "how", detail: howText(change) });
    const why = causeText(change);
    if (why) factors.push({ name: "why", detail: why });
    const n = dependents.count;
    const depPoints = n === 0 ? 0 : Math.min(30, 12 * Math.log2(1 + n)) * (entry.class === "ephemeral" ? 0.25 : 1) * outage;
    if (n > 0) {
      const direct = dependents.addresses.filter((a) => a.depth === 1).length;
      factors.push({ name: "dependents", detail: `${n} resource${n === 1 ? "" : "s"} depend on it (${direct} directly)` });
    } else if (!input.dependentsKnown) {
      factors.push({ name: "dependents", detail: "unknown: the plan has no configuration section" });
    }
    raw = Math.max(100 * entry.dataLoss * loss, 100 * entry.outage * outage + depPoints);
    const classFinding = CLASS_FINDING[entry.class];
    if (classFinding && !(entry.class === "data" && loss === 0)) {
      findings.push({ code: classFinding.code, message: `${change.address} is ${change.action === "delete" ? "destroyed" : "replaced"}: ${classFinding.text}` });
    }
    if (entry.credential) {
      findings.push({ code: "credential-rotation", message: `${change.address} is a credential: replacing it rotates a secret that others hold` });
    }
    if (n >= input.manyDependents) {
      findings.push({ code: "many-dependents", message: `${n} resources depend on ${change.address}` });
    }
    if (change.retention) {
      findings.push({
        code: "retained",
        message: change.retention === "forget" ? `${change.address}: the real object is kept, Terraform forgets it` : `${change.address} is kept by ${change.retention}`
      });
    }
  } else if (change.action === "forget") {
    factors.push({ name: "how", detail: "removed from state only; the real object stays" });
    findings.push({ code: "retained", message: `${change.address}: the real object is kept, Terraform forgets it` });
  }
  if (input.guards.length > 0) {
    const each = input.guards.map((g) => `${g.attribute} ${JSON.stringify(g.from)} \u2192 ${JSON.stringify(g.to)} (${g.meaning})`);
    factors.push({ name: "guards", detail: each.join("; ") });
    findings.push({ code: "guard-disabled", message: `${change.address}: ${each.join("; ")}` });
    raw = Math.max(raw, 75 * Math.max(entry.dataLoss, 0.8 * entry.outage) + 5 * (input.guards.length - 1));
  }
  if (change.deferred) {
    factors.push({ name: "deferred", detail: `Terraform defers this change to a later plan (${change.deferred})` });
    findings.push({ code: "deferred", message: `${change.address} is deferred (${change.deferred}) and will be planned again` });
  }
  if (raw > 0) {
    factors.push({
      name: "where",
      detail: production ? "production: full weight" : "not production: half weight"
    });
  }
  const score = Math.round(Math.min(100, raw * (production ? 1 : 0.5)));
  return { score, factors, findings };
}
var CAUSE_TEXT, CLASS_FINDING;
var init_score = __esm({
  "src/analysis/score.ts"() {
    "use strict";
    CAUSE_TEXT = {
      attributes: "a changed attribute forces replacement",
      "cannot-update": "the provider cannot update it in place",
      tainted: "it is tainted",
      requested: "replacement was requested (-replace or replace_triggered_by)",
      "type-change": "its type changed",
      "logical-id-change": "its logical ID changed",
      "no-config": "it (or its module) was removed from the configuration",
      "count-index": "its count index no longer exists",
      "each-key": "its for_each key no longer exists",
      "wrong-repetition": "it changed between count and for_each",
      "moved-target-missing": "its moved target does not exist",
      "removed-block": "a removed block destroys it",
      unknown: "the plan does not say why"
    };
    CLASS_FINDING = {
      data: { code: "stateful-destroy", text: "data that cannot come back is lost" },
      foundation: { code: "foundation-destroy", text: "a foundation others run on goes away; its replacement cascades" },
      identity: { code: "identity-destroy", text: "an identity others use goes away" },
      edge: { code: "edge-destroy", text: "an entry point users reach goes away" }
    };
  }
});

// src/analysis/assess.ts
function isReported(change) {
  return change.action !== "no-op" && change.action !== "read";
}
function overrideFor(change, overrides) {
  return overrides.find(
    (o) => (!o.type || import_picomatch2.default.isMatch(change.type, o.type)) && (!o.address || import_picomatch2.default.isMatch(change.address, o.address, { literalBrackets: false }))
  );
}
function assessPlan(input, environment, policy) {
  const graph = buildGraph(input);
  const renames = new Map(
    detectRenames(input.changes, (type) => {
      const match = lookup(type);
      return match.matched === "exact" ? match.entry.identity : void 0;
    }).map((r) => [r.from, r])
  );
  const none = { count: 0, addresses: [] };
  return input.changes.filter(isReported).map((change) => {
    const catalog = lookup(change.type);
    const destructive = change.action === "delete" || change.action === "replace";
    const dependents = destructive ? graph.dependentsOf(change.configAddress) : none;
    const scored = scoreChange({
      change,
      catalog,
      production: environment.production,
      dependents,
      dependentsKnown: graph.known,
      guards: disabledGuards(change),
      manyDependents: policy.thresholds.manyDependents
    });
    const rename = renames.get(change);
    if (rename) {
      scored.findings.push({
        code: "rename-without-moved",
        message: `${rename.from.address} looks renamed to ${rename.to.address} (same ${rename.evidence.join(", ")}) without a moved block: Terraform will destroy it and create a new one. Add:
${movedBlock(rename.from.address, rename.to.address)}`
      });
    }
    let score = scored.score;
    const override = overrideFor(change, policy.overrides);
    if (override?.action === "critical") {
      score = Math.max(score, 90);
      scored.findings.push({
        code: "override-critical",
        message: `the policy makes ${change.address} always critical${override.reason ? `: ${override.reason}` : ""}`
      });
      scored.factors.push({ name: "policy", detail: "always critical by policy override" });
    } else if (override?.action === "ignore") {
      scored.factors.push({ name: "policy", detail: `ignored by policy override${override.reason ? `: ${override.reason}` : ""}` });
    }
    return {
      change,
      environment,
      resourceClass: catalog.entry.class,
      dependents,
      findings: scored.findings,
      factors: scored.factors,
      score,
      severity: severityOf(score),
      ignored: override?.action === "ignore"
    };
  });
}
function assess(inputs, ctx, policy) {
  const environments = [];
  const changes = [];
  for (const input of inputs) {
    const environment = detectEnvironment(input, { ...ctx, policy: policy.environments });
    environments.push(environment);
    changes.push(...assessPlan(input, environment, policy));
  }
  return { environments, changes };
}
var import_picomatch2;
var init_assess = __esm({
  "src/analysis/assess.ts"() {
    "use strict";
    import_picomatch2 = __toESM(require_picomatch2(), 1);
    init_catalog();
    init_environment();
    init_graph();
    init_guards();
    init_renames();
    init_score();
  }
});

// src/policy/decide.ts
function destroys(a) {
  const { action, retention } = a.change;
  return (action === "delete" || action === "replace") && retention !== "retain" && retention !== "forget";
}
function trippedBreakers(changes, inputs, policy) {
  const tripped = [];
  for (const input of inputs) {
    const managed = input.changes.filter((c) => c.mode === "managed" && c.action !== "read").length;
    const candidates = changes.filter(
      (a) => a.change.source.path === input.source.path && a.environment.production && !a.ignored && destroys(a)
    );
    for (const breaker of policy.circuitBreakers) {
      const actions = breaker.actions ?? ["delete", "replace"];
      const hits = candidates.filter(
        (a) => actions.includes(a.change.action) && (!breaker.types || breaker.types.some((t) => import_picomatch3.default.isMatch(a.change.type, t))) && (!breaker.addresses || breaker.addresses.some((p) => import_picomatch3.default.isMatch(a.change.address, p)))
      );
      const enough = hits.length >= (breaker.minDestroyed ?? 1);
      const share = breaker.destroyedFraction === void 0 || managed > 0 && hits.length / managed >= breaker.destroyedFraction;
      if (hits.length > 0 && enough && share) {
        tripped.push({ breaker, addresses: hits.map((a) => a.change.address), source: input.source.path });
      }
    }
  }
  return tripped;
}
function list(addresses, max = 3) {
  const shown = addresses.slice(0, max).join(", ");
  return addresses.length > max ? `${shown} and ${addresses.length - max} more` : shown;
}
function items(changes, inputs, environments) {
  const fromChanges = changes.filter((a) => !a.ignored).map((a) => ({ address: a.change.address, what: a.change.action, severity: a.severity, score: a.score, environment: a.environment }));
  const fromFindings = inputs.flatMap((input) => {
    const environment = environments.find((e) => e.source === input.source.path);
    if (!environment) return [];
    return (input.findings ?? []).map(
      (f) => ({
        address: f.address ?? input.source.path,
        what: f.code,
        severity: f.severity,
        score: SEVERITY_SCORE[f.severity],
        environment
      })
    );
  });
  return [...fromChanges, ...fromFindings];
}
function decide(changes, inputs, environments, policy, provenance) {
  const weighed = items(changes, inputs, environments);
  const score = weighed.reduce((max, i) => Math.max(max, i.score), 0);
  const gated = policy.gate === "all" || provenance.aiAuthored;
  const who = policy.gate === "all" ? "the policy gates every PR" : provenance.aiAuthored ? "the PR is AI-authored" : "the PR is human-authored";
  const risky = weighed.filter((i) => atLeast(i.severity, policy.thresholds.warn));
  const needsReview = weighed.filter((i) => i.environment.production && atLeast(i.severity, policy.thresholds.review));
  const breakers = trippedBreakers(changes, inputs, policy);
  const reasons = [];
  for (const t of breakers) {
    reasons.push(`circuit breaker "${t.breaker.name}" (${t.breaker.reason ?? "policy"}): ${list(t.addresses)}`);
  }
  reasons.push(...needsReview.map(describe));
  const requirement = (reason) => ({
    approvals: policy.approvals,
    reviewers: policy.reviewers,
    teams: policy.teams,
    reason
  });
  if (gated && breakers.length > 0) {
    const addresses = [...new Set(breakers.flatMap((t) => t.addresses))];
    return {
      verdict: "fail",
      gate: "closed",
      score,
      headline: `Blocked: ${who} and it trips the circuit breaker${breakers.length > 1 ? "s" : ""} ${breakers.map((t) => `"${t.breaker.name}"`).join(", ")} (${list(addresses)}).`,
      reasons,
      requirement: requirement("a circuit breaker blocks this plan whatever the approvals: change the plan, or use the policy's break-glass route"),
      gatedAddresses: addresses
    };
  }
  if (gated && needsReview.length > 0) {
    const top = [...needsReview].sort((a, b) => b.score - a.score);
    const reviewers = policy.approvals === 1 ? "one human reviewer" : `${policy.approvals} human reviewers`;
    const destroysOnly = top.every((i) => i.what === "delete");
    return {
      verdict: "review",
      gate: "closed",
      score,
      headline: `Review required: ${who} and it would ${destroysOnly ? "destroy" : "recreate, destroy or unprotect"} production resources (${list(top.map((i) => i.address))}).`,
      reasons,
      requirement: requirement(
        `${reviewers} who did not author or co-author the PR must approve the head commit before these production resources are recreated or destroyed`
      ),
      gatedAddresses: [...new Set(top.map((i) => i.address))]
    };
  }
  if (risky.length > 0 || needsReview.length > 0 || breakers.length > 0) {
    const why = !gated ? who : "nothing in production reaches the review threshold";
    return {
      verdict: "warn",
      gate: "open",
      score,
      headline: `Warning: ${risky.length} risky change${risky.length === 1 ? "" : "s"} (${list(risky.map((i) => i.address))}); no gate because ${why}.`,
      reasons: reasons.length > 0 ? reasons : risky.map(describe),
      requirement: null,
      gatedAddresses: []
    };
  }
  return {
    verdict: "pass",
    gate: "open",
    score,
    headline: weighed.length === 0 ? "Pass: the plan changes nothing." : "Pass: nothing in this plan destroys or recreates anything that matters.",
    reasons: [],
    requirement: null,
    gatedAddresses: []
  };
}
var import_picomatch3, atLeast, SEVERITY_SCORE, describe;
var init_decide = __esm({
  "src/policy/decide.ts"() {
    "use strict";
    import_picomatch3 = __toESM(require_picomatch2(), 1);
    init_model();
    atLeast = (severity, threshold) => SEVERITIES.indexOf(severity) >= SEVERITIES.indexOf(threshold);
    SEVERITY_SCORE = { none: 0, low: 20, medium: 45, high: 70, critical: 90 };
    describe = (i) => `${i.address}: ${i.what}, ${i.severity} (${i.score}) in ${i.environment.name}`;
  }
});

// src/pipeline.ts
function provenanceOf(opts) {
  if (opts.provenance) return opts.provenance;
  if (opts.aiAuthored === void 0) {
    return {
      aiAuthored: true,
      signals: [{ kind: "assumed", detail: "authorship not given (--ai-authored or a PR event): treated as AI-authored, fail safe" }]
    };
  }
  return {
    aiAuthored: opts.aiAuthored,
    signals: [{ kind: "override", detail: opts.aiAuthoredBecause ?? `ai-authored set to ${String(opts.aiAuthored)}` }]
  };
}
function analyzePlans(inputs, opts) {
  const provenance = provenanceOf(opts);
  const { environments, changes } = assess(
    inputs,
    { ...opts.environment ? { explicit: opts.environment } : {}, ...opts.workspace ? { workspace: opts.workspace } : {} },
    opts.policy
  );
  return {
    provenance,
    environments,
    sources: inputs.map((i) => ({
      path: i.source.path,
      format: i.source.format,
      ...i.formatVersion ? { formatVersion: i.formatVersion } : {},
      ...i.toolVersion ? { toolVersion: i.toolVersion } : {},
      resourceChanges: i.changes.length,
      drift: i.drift.length
    })),
    changes,
    drift: inputs.flatMap((i) => i.drift.filter((c) => c.action !== "no-op" && c.action !== "read")),
    findings: inputs.flatMap((i) => (i.findings ?? []).map((f) => ({ ...f, source: i.source.path }))),
    decision: decide(changes, inputs, environments, opts.policy, provenance)
  };
}
var init_pipeline = __esm({
  "src/pipeline.ts"() {
    "use strict";
    init_assess();
    init_decide();
  }
});

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key3) {
      return typeof key3 == "string" && exports.IDENTIFIER.test(key3) ? new _Code(`.${key3}`) : _`[${key3}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key3) {
      if (typeof key3 == "string" && exports.IDENTIFIER.test(key3)) {
        return new _Code(`${key3}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key3}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key3, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key3);
          if (key3 !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items2, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items2.push(...c._items);
        else
          items2.push(c);
        return items2;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key3 in schema) {
        if (!rules[key3])
          checkStrictMode(it, `unknown keyword: "${key3}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key3 in schema)
        if (rules[key3])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key3 in schema)
        if (key3 !== "$ref" && RULES.all[key3])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items2) => gen.var("items", items2)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule2) => shouldUseRule(schema, rule2));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule2) {
      var _a;
      return schema[rule2.keyword] !== void 0 || ((_a = rule2.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items: items2 } = it.schema;
      if (ty === "object" && properties) {
        for (const key3 in properties) {
          assignDefault(it, key3, properties[key3].default);
        }
      } else if (ty === "array" && Array.isArray(items2)) {
        items2.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key3 = keys[i];
          if (!equal(a[key3], b[key3])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key3 in schema) {
          var sch = schema[key3];
          if (Array.isArray(sch)) {
            if (key3 in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key3 + "/" + i, rootSchema, jsonPtr, key3, schema, i);
            }
          } else if (key3 in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key3 + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key3, schema, prop);
            }
          } else if (key3 in traverse.keywords || opts.allKeys && !(key3 in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key3, rootSchema, jsonPtr, key3, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key3 in schema) {
        if (REF_KEYWORDS.has(key3))
          return true;
        const sch = schema[key3];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key3 in schema) {
        if (key3 === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key3))
          continue;
        if (typeof schema[key3] == "object") {
          (0, util_1.eachItem)(schema[key3], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key3 in schema)
        if (self.RULES.all[key3])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items: items2 }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items2 instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items2);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule2 of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule2)) {
            keywordCode(it, rule2.keyword, rule2.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule2 = rules[keyword];
        if (typeof rule2 == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule2)) {
          const { type } = rule2.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items: items2 } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items2 instanceof codegen_1.Name ? void 0 : items2,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items2 instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils2();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils2();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse2(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse2(serialize(base, options), options);
        relative = parse2(serialize(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse2(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve,
      resolveComponent,
      equal,
      serialize,
      parse: parse2
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv3 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key3, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key3 = (0, resolve_1.normalizeId)(key3 || id);
        this._checkUnique(key3);
        this.schemas[key3] = this._addSchema(schema, _meta, key3, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key3, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key3, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule2 = this.RULES.all[keyword];
        return typeof rule2 == "object" ? rule2.definition : !!rule2;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule2) => rule2.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text2, msg) => text2 + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key3 in rules) {
            const rule2 = rules[key3];
            if (typeof rule2 != "object")
              continue;
            const { $data } = rule2.definition;
            const schema = keywords[key3];
            if ($data && schema)
              keywords[key3] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv3.ValidationError = validation_error_1.default;
    Ajv3.MissingRefError = ref_error_1.default;
    exports.default = Ajv3;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key3 in checkOpts) {
        const opt = key3;
        if (opt in options)
          this.logger[log](`${msg}: option ${key3}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key3 in optsSchemas)
          this.addSchema(optsSchemas[key3], key3);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule2 = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule2, definition.before);
      else
        ruleGroup.rules.push(rule2);
      RULES.all[keyword] = rule2;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule2, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule2);
      } else {
        ruleGroup.rules.push(rule2);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items2 = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items2, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items: items2 } = parentSchema;
        if (!Array.isArray(items2)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items2);
      }
    };
    function validateAdditionalItems(cxt, items2) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items2.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items2.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items2.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items2.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key3 in schema) {
        if (key3 === "__proto__")
          continue;
        const deps = Array.isArray(schema[key3]) ? propertyDeps : schemaDeps;
        deps[key3] = schema[key3];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key3) => {
          cxt.setParams({ propertyName: key3 });
          cxt.subschema({
            keyword: "propertyNames",
            data: key3,
            dataTypes: ["string"],
            propertyName: key3,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key3) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key3);
            else
              gen.if(isAdditional(key3), () => additionalPropertyCode(key3));
          });
        }
        function isAdditional(key3) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key3);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key3} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key3})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key3) {
          gen.code((0, codegen_1._)`delete ${data}[${key3}]`);
        }
        function additionalPropertyCode(key3) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key3);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key3 });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key3, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key3);
              });
            } else {
              applyAdditionalSchema(key3, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key3, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key3,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key3) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key3})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key3,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key3}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv3 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv3;
    module.exports = exports = Ajv3;
    module.exports.Ajv = Ajv3;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv3;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode2;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity2.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key3, node, visitor, path) {
      const ctrl = callVisitor(key3, node, visitor, path);
      if (identity2.isNode(ctrl) || identity2.isPair(ctrl)) {
        replaceNode(key3, path, ctrl);
        return visit_(key3, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity2.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity2.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity2.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key3, node, visitor, path) {
      const ctrl = await callVisitor(key3, node, visitor, path);
      if (identity2.isNode(ctrl) || identity2.isPair(ctrl)) {
        replaceNode(key3, path, ctrl);
        return visitAsync_(key3, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity2.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity2.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key3, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key3, node, path);
      if (identity2.isMap(node))
        return visitor.Map?.(key3, node, path);
      if (identity2.isSeq(node))
        return visitor.Seq?.(key3, node, path);
      if (identity2.isPair(node))
        return visitor.Pair?.(key3, node, path);
      if (identity2.isScalar(node))
        return visitor.Scalar?.(key3, node, path);
      if (identity2.isAlias(node))
        return visitor.Alias?.(key3, node, path);
      return void 0;
    }
    function replaceNode(key3, path, node) {
      const parent = path[path.length - 1];
      if (identity2.isCollection(parent)) {
        parent.items[key3] = node;
      } else if (identity2.isPair(parent)) {
        if (key3 === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity2.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity2.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity2.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity2.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity2.isScalar(ref.node) || identity2.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key3, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key3, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity2.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity2 = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity2.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity2.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity2 = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity2.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity2.isAlias(node) || identity2.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity2.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity2.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity2.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity2.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity2.isDocument(value))
        value = value.contents;
      if (identity2.isNode(value))
        return value;
      if (identity2.isPair(value)) {
        const map = ctx.schema[identity2.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity2.MAP] : Symbol.iterator in Object(value) ? schema[identity2.SEQ] : schema[identity2.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity2 = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity2.isNode(it) || identity2.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key3, ...rest] = path;
          const node = this.get(key3, true);
          if (identity2.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key3, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key3}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key3, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key3);
        const node = this.get(key3, true);
        if (identity2.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key3}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key3, ...rest] = path;
        const node = this.get(key3, true);
        if (rest.length === 0)
          return !keepScalar && identity2.isScalar(node) ? node.value : node;
        else
          return identity2.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity2.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity2.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key3, ...rest] = path;
        if (rest.length === 0)
          return this.has(key3);
        const node = this.get(key3, true);
        return identity2.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key3, ...rest] = path;
        if (rest.length === 0) {
          this.set(key3, value);
        } else {
          const node = this.get(key3, true);
          if (identity2.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key3, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key3}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text2, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text2[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text2, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text2[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text2;
      if (onFold)
        onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text2.length;
        if (fold === 0)
          res = `
${indent}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text2[fold]}\\`;
          res += `
${indent}${text2.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text2[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text2[++i];
        } else {
          do {
            ch = text2[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text2[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity2 = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity2.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity2.isScalar(node) || identity2.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity2.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity2.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity2.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity2.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity2.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key: key3, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity2.isNode(key3) && key3.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity2.isCollection(key3) || !identity2.isNode(key3) && typeof key3 === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key3 || keyComment && value == null && !ctx.inFlow || identity2.isCollection(key3) || (identity2.isScalar(key3) ? key3.type === Scalar.Scalar.BLOCK_FOLDED || key3.type === Scalar.Scalar.BLOCK_LITERAL : typeof key3 === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key3, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity2.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity2.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity2.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity2.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key3) => (merge.identify(key3) || identity2.isScalar(key3) && (!key3.type || key3.type === Scalar.Scalar.PLAIN) && merge.identify(key3.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity2.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity2.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key3, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key3))
            map.set(key3, value2);
        } else if (map instanceof Set) {
          map.add(key3);
        } else if (!Object.prototype.hasOwnProperty.call(map, key3)) {
          Object.defineProperty(map, key3, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity2.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity2 = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key: key3, value }) {
      if (identity2.isNode(key3) && key3.addToJSMap)
        key3.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key3))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key3, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key3, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key3, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity2.isNode(key3) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key3.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity2 = require_identity();
    function createPair(key3, value, ctx) {
      const k = createNode.createNode(key3, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key3, value = null) {
        Object.defineProperty(this, identity2.NODE_TYPE, { value: identity2.PAIR });
        this.key = key3;
        this.value = value;
      }
      clone(schema) {
        let { key: key3, value } = this;
        if (identity2.isNode(key3))
          key3 = key3.clone(schema);
        if (identity2.isNode(value))
          value = value.clone(schema);
        return new _Pair(key3, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items: items2 }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items2.length; ++i) {
        const item = items2[i];
        let comment2 = null;
        if (identity2.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity2.isPair(item)) {
          const ik = identity2.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items: items2 }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items2.length; ++i) {
        const item = items2[i];
        let comment = null;
        if (identity2.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity2.isPair(item)) {
          const ik = identity2.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity2.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items2.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items2, key3) {
      const k = identity2.isScalar(key3) ? key3.value : key3;
      for (const it of items2) {
        if (identity2.isPair(it)) {
          if (it.key === key3 || it.key === k)
            return it;
          if (identity2.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity2.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key3, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key3, value);
          else if (Array.isArray(replacer) && !replacer.includes(key3))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key3, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key3, value] of obj)
            add(key3, value);
        } else if (obj && typeof obj === "object") {
          for (const key3 of Object.keys(obj))
            add(key3, obj[key3]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity2.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity2.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key3) {
        const it = findPair(this.items, key3);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key3, keepScalar) {
        const it = findPair(this.items, key3);
        const node = it?.value;
        return (!keepScalar && identity2.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key3) {
        return !!findPair(this.items, key3);
      }
      set(key3, value) {
        this.add(new Pair.Pair(key3, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity2.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity2.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity2.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key3) {
        const idx = asItemIndex(key3);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key3, keepScalar) {
        const idx = asItemIndex(key3);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity2.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key3) {
        const idx = asItemIndex(key3);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key3, value) {
        const idx = asItemIndex(key3);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key3}.`);
        const prev = this.items[idx];
        if (identity2.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key3 = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key3, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key3) {
      let idx = identity2.isScalar(key3) ? key3.value : key3;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity2.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError2 = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError2);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity2.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity2.isPair(item))
            continue;
          else if (identity2.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity2.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key3, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key3 = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key3 = keys[0];
              value = it[key3];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key3 = it;
          }
          pairs2.items.push(Pair.createPair(key3, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key3, value;
          if (identity2.isPair(pair)) {
            key3 = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key3, ctx);
          } else {
            key3 = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key3))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key3, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key: key3 } of pairs$1.items) {
          if (identity2.isScalar(key3)) {
            if (seenKeys.includes(key3.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key3.value}`);
            } else {
              seenKeys.push(key3.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key3) {
        let pair;
        if (identity2.isPair(key3))
          pair = key3;
        else if (key3 && typeof key3 === "object" && "key" in key3 && "value" in key3 && key3.value === null)
          pair = new Pair.Pair(key3.key, null);
        else
          pair = new Pair.Pair(key3, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key3, keepPair) {
        const pair = YAMLMap.findPair(this.items, key3);
        return !keepPair && identity2.isPair(pair) ? identity2.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key3, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key3);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key3));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity2.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key3) => key3 !== "yaml11").map((key3) => JSON.stringify(key3)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key3) => JSON.stringify(key3)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity2.MAP, { value: map.map });
        Object.defineProperty(this, identity2.SCALAR, { value: string.string });
        Object.defineProperty(this, identity2.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity2.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity2.NODE_TYPE, { value: identity2.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity2.NODE_TYPE]: { value: identity2.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity2.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity2.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key3, value, options = {}) {
        const k = this.createNode(key3, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key3) {
        return assertCollection(this.contents) ? this.contents.delete(key3) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key3, keepScalar) {
        return identity2.isCollection(this.contents) ? this.contents.get(key3, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity2.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity2.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key3) {
        return identity2.isCollection(this.contents) ? this.contents.has(key3) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity2.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key3, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key3], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key3, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity2.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors2 = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens2, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens2) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens2[tokens2.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key3) {
      if (!key3)
        return null;
      switch (key3.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key3.source.includes("\n"))
            return true;
          if (key3.end) {
            for (const st of key3.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key3.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    function mapIncludes(ctx, items2, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity2.isScalar(a) && identity2.isScalar(b) && a.value === b.value;
      return items2.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key: key3, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key3 ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key3) {
            if (key3.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key3 && key3.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key3)) {
            onError(key3 ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key3 ? composeNode(ctx, key3, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key3, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key3 || key3.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key: key3, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key3 ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key3))
            onError(
              key3,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity2.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key3 ? composeNode(ctx, key3, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key3))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity2.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity2.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity2.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity2.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity2.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity2.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity2.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity2.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity2 = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity2.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors2();
    var identity2 = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity2.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity2.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens2, forceDoc = false, endOffset = -1) {
        for (const token of tokens2)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors2();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key3 of Object.keys(token))
          if (key3 !== "type" && key3 !== "offset")
            delete token[key3];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key3 of Object.keys(token))
            if (key3 !== "type" && key3 !== "offset")
              delete token[key3];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key: key3, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key3)
        res += stringifyToken(key3);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key3 = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: key3, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors2();
    var log = require_log();
    var identity2 = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity2.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors2();
    var Alias = require_Alias();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity2.isAlias;
    exports.isCollection = identity2.isCollection;
    exports.isDocument = identity2.isDocument;
    exports.isMap = identity2.isMap;
    exports.isNode = identity2.isNode;
    exports.isPair = identity2.isPair;
    exports.isScalar = identity2.isScalar;
    exports.isSeq = identity2.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// schema/policy.schema.json
var policy_schema_default;
var init_policy_schema = __esm({
  "schema/policy.schema.json"() {
    policy_schema_default = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "https://github.com/blastgate/blastgate/schema/policy.schema.json",
      title: "Blastgate policy (.github/blastgate.yml)",
      type: "object",
      additionalProperties: false,
      properties: {
        version: {
          const: 1,
          description: "Policy format version."
        },
        gate: {
          enum: [
            "ai-authored",
            "all"
          ],
          description: "Whose PRs the gate closes on: AI-authored PRs only (default) or every PR. Circuit breakers follow the same setting."
        },
        thresholds: {
          type: "object",
          additionalProperties: false,
          properties: {
            warn: {
              $ref: "#/definitions/severity",
              description: "Lowest severity reported as risky (default medium)."
            },
            review: {
              $ref: "#/definitions/severity",
              description: "Lowest severity in production that closes the gate (default high)."
            },
            manyDependents: {
              type: "integer",
              minimum: 1,
              description: "How many dependent resources make a change 'many dependents' (default 5)."
            }
          }
        },
        approvals: {
          type: "integer",
          minimum: 1,
          maximum: 10,
          description: "Distinct human approvals that open a review gate (default 1)."
        },
        reviewers: {
          type: "array",
          items: {
            type: "string",
            minLength: 1
          },
          description: "Users requested as reviewers while the gate is closed."
        },
        teams: {
          type: "array",
          items: {
            type: "string",
            minLength: 1
          },
          description: "Teams requested as reviewers while the gate is closed."
        },
        label: {
          type: "string",
          minLength: 1,
          maxLength: 50,
          description: "The required-reviewer label's name."
        },
        environments: {
          type: "object",
          additionalProperties: false,
          properties: {
            unknown: {
              enum: [
                "production",
                "non-production"
              ],
              description: "What an environment nobody can name, or a name on neither list, counts as (default production)."
            },
            production: {
              $ref: "#/definitions/names",
              description: "Extra names that mean production."
            },
            nonProduction: {
              $ref: "#/definitions/names",
              description: "Extra names that mean not production."
            },
            rules: {
              type: "array",
              description: "First matching rule names the environment of a plan; rules come before signals in the plan.",
              items: {
                type: "object",
                additionalProperties: false,
                required: [
                  "name"
                ],
                anyOf: [
                  {
                    required: [
                      "path"
                    ]
                  },
                  {
                    required: [
                      "workspace"
                    ]
                  },
                  {
                    required: [
                      "variable"
                    ]
                  }
                ],
                properties: {
                  path: {
                    type: "string",
                    minLength: 1,
                    description: "Glob matched against the plan file's path."
                  },
                  workspace: {
                    type: "string",
                    minLength: 1,
                    description: "Glob matched against TF_WORKSPACE."
                  },
                  variable: {
                    type: "object",
                    additionalProperties: false,
                    required: [
                      "name",
                      "value"
                    ],
                    properties: {
                      name: {
                        type: "string",
                        minLength: 1
                      },
                      value: {
                        type: "string",
                        minLength: 1,
                        description: "Glob matched against the variable's value."
                      }
                    }
                  },
                  name: {
                    type: "string",
                    minLength: 1
                  },
                  production: {
                    type: "boolean",
                    description: "Overrides what the name would say."
                  }
                }
              }
            }
          }
        },
        overrides: {
          type: "array",
          description: "Per-type or per-address treatment; the first matching entry wins.",
          items: {
            type: "object",
            additionalProperties: false,
            required: [
              "action"
            ],
            anyOf: [
              {
                required: [
                  "type"
                ]
              },
              {
                required: [
                  "address"
                ]
              }
            ],
            properties: {
              type: {
                type: "string",
                minLength: 1,
                description: "Glob on the resource type."
              },
              address: {
                type: "string",
                minLength: 1,
                description: "Glob on the resource address."
              },
              action: {
                enum: [
                  "ignore",
                  "critical"
                ]
              },
              reason: {
                type: "string"
              }
            }
          }
        },
        circuitBreakers: {
          type: "array",
          description: "Rules that fail the check outright, whatever the approvals. Replaces the default list when given.",
          items: {
            type: "object",
            additionalProperties: false,
            required: [
              "name"
            ],
            properties: {
              name: {
                type: "string",
                minLength: 1
              },
              types: {
                $ref: "#/definitions/names",
                description: "Globs on resource types; all types when absent."
              },
              addresses: {
                $ref: "#/definitions/names",
                description: "Globs on addresses; all addresses when absent."
              },
              actions: {
                type: "array",
                minItems: 1,
                items: {
                  enum: [
                    "delete",
                    "replace"
                  ]
                },
                description: "Which destructive actions count (default both)."
              },
              minDestroyed: {
                type: "integer",
                minimum: 1,
                description: "Trips when at least this many matching resources are destroyed (default 1)."
              },
              destroyedFraction: {
                type: "number",
                exclusiveMinimum: 0,
                maximum: 1,
                description: "Trips only when this share of the plan's resources is destroyed (an environment-wide destroy)."
              },
              reason: {
                type: "string"
              }
            }
          }
        },
        provenance: {
          type: "object",
          additionalProperties: false,
          description: "How AI authorship is recognised.",
          properties: {
            accounts: {
              type: "array",
              items: {
                oneOf: [
                  {
                    type: "integer",
                    minimum: 1
                  },
                  {
                    type: "string",
                    minLength: 1
                  }
                ]
              },
              description: "The team's own agent accounts: numeric GitHub ids (preferred) or logins."
            },
            emails: {
              type: "array",
              items: {
                type: "string",
                minLength: 3
              },
              description: "Commit and Co-authored-by addresses of the team's own agents, matched exactly."
            },
            labels: {
              type: "array",
              items: {
                type: "string",
                minLength: 1
              },
              description: "PR labels that mark a PR AI-authored (default ai-generated, ai-authored). A label can close the gate, never open it."
            },
            automationIsAi: {
              type: "boolean",
              description: "Dependency and automation bots count as AI authors (default false)."
            },
            assistanceIsAi: {
              type: "boolean",
              description: "AI assistance on a human's commit (an accepted Copilot suggestion) counts as AI authorship (default false)."
            },
            branchPrefixIsEnough: {
              type: "boolean",
              description: "A known agent branch prefix alone makes the PR AI-authored (default false: prefixes are typed by hand too)."
            }
          }
        }
      },
      definitions: {
        severity: {
          enum: [
            "low",
            "medium",
            "high",
            "critical"
          ]
        },
        names: {
          type: "array",
          items: {
            type: "string",
            minLength: 1
          }
        }
      }
    };
  }
});

// src/provenance/settings.ts
var DEFAULT_PROVENANCE_SETTINGS;
var init_settings = __esm({
  "src/provenance/settings.ts"() {
    "use strict";
    DEFAULT_PROVENANCE_SETTINGS = {
      accounts: [],
      emails: [],
      labels: ["ai-generated", "ai-authored"],
      automationIsAi: false,
      assistanceIsAi: false,
      branchPrefixIsEnough: false
    };
  }
});

// src/policy/defaults.ts
var DEFAULT_POLICY;
var init_defaults = __esm({
  "src/policy/defaults.ts"() {
    "use strict";
    init_settings();
    DEFAULT_POLICY = {
      gate: "ai-authored",
      thresholds: { warn: "medium", review: "high", manyDependents: 5 },
      approvals: 1,
      reviewers: [],
      teams: [],
      label: "blastgate: second review",
      environments: { unknown: "production", production: [], nonProduction: [], rules: [] },
      overrides: [],
      circuitBreakers: [
        {
          name: "key-deletion",
          types: [
            "aws_kms_key",
            "aws_kms_replica_key",
            "aws_kms_external_key",
            "google_kms_crypto_key",
            "azurerm_key_vault_key",
            "azurerm_key_vault",
            "azurerm_key_vault_managed_hardware_security_module"
          ],
          reason: "destroying an encryption key makes every piece of data encrypted with it unreadable"
        },
        {
          name: "environment-destroy",
          minDestroyed: 5,
          destroyedFraction: 0.5,
          reason: "the plan destroys most of an environment"
        }
      ],
      provenance: DEFAULT_PROVENANCE_SETTINGS,
      origin: "defaults"
    };
  }
});

// src/policy/load.ts
import { existsSync, readFileSync } from "node:fs";
function validator() {
  compiled ??= new import_ajv.Ajv({ allErrors: false }).compile(policy_schema_default);
  return compiled;
}
function describe2(error) {
  const where = error.instancePath || "(top level)";
  if (error.keyword === "additionalProperties") {
    return `${where}: unknown key "${String(error.params["additionalProperty"])}"`;
  }
  if (error.keyword === "enum") {
    return `${where}: must be one of ${error.params["allowedValues"].map((v) => JSON.stringify(v)).join(", ")}`;
  }
  return `${where}: ${error.message ?? "is invalid"}`;
}
function parsePolicy(text2, origin) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text2, { lineCounter, prettyErrors: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const pos = yamlError.linePos?.[0];
    const message = (yamlError.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
    throw new InputError(origin, `${pos ? `line ${pos.line}: ` : ""}not valid YAML: ${message}`);
  }
  const data = doc.toJS() ?? {};
  const validate = validator();
  if (!validate(data)) {
    const error = validate.errors?.[0];
    if (!error) throw new InputError(origin, "does not match the policy schema");
    const path = error.instancePath.split("/").slice(1).map((p2) => /^\d+$/.test(p2) ? Number(p2) : p2.replace(/~1/g, "/").replace(/~0/g, "~"));
    const node = doc.getIn(path, true);
    const range = (0, import_yaml.isNode)(node) ? node.range : void 0;
    const line = range ? `line ${lineCounter.linePos(range[0]).line}: ` : "";
    throw new InputError(origin, `${line}${describe2(error)}`);
  }
  const p = data;
  return {
    gate: p.gate ?? DEFAULT_POLICY.gate,
    thresholds: { ...DEFAULT_POLICY.thresholds, ...p.thresholds },
    approvals: p.approvals ?? DEFAULT_POLICY.approvals,
    reviewers: p.reviewers ?? DEFAULT_POLICY.reviewers,
    teams: p.teams ?? DEFAULT_POLICY.teams,
    label: p.label ?? DEFAULT_POLICY.label,
    environments: { ...DEFAULT_POLICY.environments, ...p.environments },
    overrides: p.overrides ?? DEFAULT_POLICY.overrides,
    circuitBreakers: p.circuitBreakers ?? DEFAULT_POLICY.circuitBreakers,
    provenance: { ...DEFAULT_POLICY.provenance, ...p.provenance },
    origin
  };
}
function loadPolicy(explicitPath, cwd = process.cwd()) {
  const path = explicitPath ?? (existsSync(`${cwd}/${DEFAULT_POLICY_PATH}`) ? DEFAULT_POLICY_PATH : void 0);
  if (!path) return DEFAULT_POLICY;
  let text2;
  try {
    text2 = readFileSync(explicitPath ? path : `${cwd}/${path}`, "utf8");
  } catch (error) {
    const code = error.code;
    throw new InputError(path, code === "ENOENT" ? "no such file" : `cannot read (${code ?? String(error)})`);
  }
  return parsePolicy(text2, path);
}
var import_ajv, import_yaml, DEFAULT_POLICY_PATH, compiled;
var init_load = __esm({
  "src/policy/load.ts"() {
    "use strict";
    import_ajv = __toESM(require_ajv(), 1);
    import_yaml = __toESM(require_dist(), 1);
    init_policy_schema();
    init_errors();
    init_defaults();
    DEFAULT_POLICY_PATH = ".github/blastgate.yml";
  }
});

// src/report/json.ts
function toJsonReport(report) {
  const { decision } = report;
  return {
    schemaVersion: 1,
    verdict: decision.verdict,
    gate: decision.gate,
    score: decision.score,
    headline: decision.headline,
    reasons: decision.reasons,
    provenance: report.provenance,
    environments: report.environments,
    sources: report.sources,
    changes: report.changes.map((a) => ({
      address: a.change.address,
      type: a.change.type,
      action: a.change.action,
      source: a.change.source.path,
      environment: a.environment.name,
      score: a.score,
      severity: a.severity,
      findings: a.findings,
      dependents: a.dependents.count,
      resourceClass: a.resourceClass,
      reasons: a.factors.map((f) => `${f.name}: ${f.detail}`),
      ...a.change.replaceOrder ? { replaceOrder: a.change.replaceOrder } : {},
      causes: a.change.causes,
      replacePaths: a.change.replacePaths,
      ...a.change.previousAddress ? { previousAddress: a.change.previousAddress } : {},
      ...a.change.retention ? { retention: a.change.retention } : {},
      ...a.change.deferred ? { deferred: a.change.deferred } : {},
      dependentAddresses: a.dependents.addresses.slice(0, MAX_DEPENDENT_ADDRESSES).map((d) => d.address),
      ignored: a.ignored,
      gated: decision.gatedAddresses.includes(a.change.address)
    })),
    findings: report.findings,
    drift: report.drift.map((c) => ({ address: c.address, type: c.type, action: c.action, source: c.source.path })),
    requirement: decision.requirement
  };
}
var MAX_DEPENDENT_ADDRESSES;
var init_json = __esm({
  "src/report/json.ts"() {
    "use strict";
    MAX_DEPENDENT_ADDRESSES = 20;
  }
});

// src/report/escape.ts
function escapeMarkdown(text2) {
  return text2.replace(/[&<>"]/g, (c) => ENTITIES[c] ?? c).replace(/[\\`*_{}[\]()#+!|~]/g, "\\$&").replace(/@/g, "@\u200B").replace(/\r?\n/g, " ");
}
function escapeFenced(text2) {
  return text2.replace(/`{3,}/g, (m) => m.split("").join("\u200B"));
}
function codeSpan(text2) {
  return `\`${text2.replace(/`/g, "'").replace(/\|/g, "\\|").replace(/\r?\n/g, " ")}\``;
}
var ENTITIES;
var init_escape = __esm({
  "src/report/escape.ts"() {
    "use strict";
    ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
  }
});

// src/report/summary.ts
function notable(report) {
  return report.changes.filter((a) => a.score > 0 || a.findings.length > 0).sort((a, b) => b.score - a.score || a.change.address.localeCompare(b.change.address));
}
function actionCounts(changes) {
  const counts = /* @__PURE__ */ new Map();
  for (const a of changes) counts.set(a.change.action, (counts.get(a.change.action) ?? 0) + 1);
  const parts = ORDER.filter((action) => counts.has(action)).map((action) => `${counts.get(action)} ${action}`);
  return parts.length > 0 ? parts.join(", ") : "no changes";
}
function movedBlocks(report) {
  return report.changes.flatMap(
    (a) => a.findings.filter((f) => f.code === "rename-without-moved").map((f) => f.message.slice(f.message.indexOf("moved {")))
  );
}
var VERDICT_TITLE, ORDER;
var init_summary = __esm({
  "src/report/summary.ts"() {
    "use strict";
    VERDICT_TITLE = {
      pass: "pass",
      warn: "warning",
      review: "second review required",
      fail: "blocked"
    };
    ORDER = ["delete", "replace", "forget", "update", "create", "import", "move", "orphan"];
  }
});

// src/report/markdown.ts
function row(a) {
  const why = a.findings.map((f) => escapeMarkdown(f.message.split("\n")[0] ?? "")).join("<br>") || escapeMarkdown(a.factors.map((f) => f.detail).join("; "));
  return `| ${a.severity} ${a.score} | ${codeSpan(a.change.address)} | ${a.change.action}${a.ignored ? " (ignored)" : ""} | ${a.resourceClass} | ${escapeMarkdown(a.environment.name)} | ${a.dependents.count} | ${why} |`;
}
function renderMarkdown(report) {
  const { decision } = report;
  const out = [
    `### ${ICON[decision.verdict]} Blastgate: ${VERDICT_TITLE[decision.verdict]}`,
    "",
    `**${escapeMarkdown(decision.headline)}**`,
    "",
    `Score ${decision.score}/100 \xB7 ${actionCounts(report.changes)} \xB7 ${report.provenance.aiAuthored ? "AI-authored" : "human-authored"} \xB7 ${report.environments.map((e) => `${escapeMarkdown(e.name)}${e.production ? " (production)" : ""}`).join(", ") || "no plan"}`
  ];
  if (decision.requirement) {
    const r = decision.requirement;
    const who = [...r.reviewers.map((u) => `@${u}`), ...r.teams.map((t) => `team ${t}`)];
    out.push("", `**What to do next:** ${escapeMarkdown(r.reason)}.${who.length > 0 ? ` Requested: ${who.join(", ")}.` : ""}`);
  }
  const moved = movedBlocks(report);
  if (moved.length > 0) {
    out.push("", "These look like renames without a `moved` block; add these to keep the resources instead of recreating them:", "", "```hcl", ...moved.map(escapeFenced), "```");
  }
  const rows = notable(report);
  if (rows.length > 0) {
    out.push("", "| Severity | Resource | Action | Class | Environment | Dependents | Why |", "|---|---|---|---|---|---|---|");
    out.push(...rows.slice(0, MAX_ROWS).map(row));
    if (rows.length > MAX_ROWS) out.push("", `\u2026and ${rows.length - MAX_ROWS} more (see the JSON report).`);
  }
  if (report.findings.length > 0) {
    out.push("", "| Severity | Finding | Where | What |", "|---|---|---|---|");
    for (const f of report.findings) {
      const where = f.location ? `${escapeMarkdown(f.location.file)}:${f.location.line}` : f.address ? codeSpan(f.address) : escapeMarkdown(f.source);
      out.push(`| ${f.severity} | ${f.code} | ${where} | ${escapeMarkdown(f.message.split("\n")[0] ?? "")} |`);
    }
  }
  if (rows.length > 0) {
    out.push("", "<details><summary>Why each score</summary>", "");
    for (const a of rows.slice(0, MAX_ROWS)) {
      out.push(`- ${codeSpan(a.change.address)} \u2014 ${a.severity} ${a.score}`);
      for (const f of a.factors) out.push(`  - ${f.name}: ${escapeMarkdown(f.detail)}`);
    }
    out.push("", "</details>");
  }
  out.push("", "<details><summary>Environments and authorship</summary>", "");
  for (const e of report.environments) out.push(`- ${escapeMarkdown(e.source)}: **${escapeMarkdown(e.name)}** \u2014 ${escapeMarkdown(e.because)}`);
  for (const s of report.provenance.signals) out.push(`- authorship: ${escapeMarkdown(s.kind)} \u2014 ${escapeMarkdown(s.detail)}`);
  out.push("", "</details>");
  if (report.drift.length > 0) {
    out.push("", `<details><summary>Drift: ${report.drift.length} change(s) made outside Terraform (not caused by this PR)</summary>`, "");
    for (const d of report.drift) out.push(`- ${codeSpan(d.address)} ${d.action}`);
    out.push("", "</details>");
  }
  return `${out.join("\n")}
`;
}
var ICON, MAX_ROWS;
var init_markdown = __esm({
  "src/report/markdown.ts"() {
    "use strict";
    init_escape();
    init_summary();
    ICON = { pass: "\u2705", warn: "\u26A0\uFE0F", review: "\u{1F6D1}", fail: "\u26D4" };
    MAX_ROWS = 50;
  }
});

// src/report/text.ts
function renderText(report) {
  const { decision } = report;
  const lines = [
    `Blastgate: ${VERDICT_TITLE[decision.verdict]} (verdict ${decision.verdict}, gate ${decision.gate}, score ${decision.score})`,
    decision.headline,
    ""
  ];
  for (const env of report.environments) {
    lines.push(`${env.source}: ${env.name} (${env.production ? "production" : "not production"}: ${env.because})`);
  }
  lines.push(`Changes: ${actionCounts(report.changes)}`);
  lines.push(`Authorship: ${report.provenance.aiAuthored ? "AI-authored" : "human-authored"} (${report.provenance.signals.map((s) => s.detail).join("; ")})`);
  const rows = notable(report);
  if (rows.length > 0) lines.push("", "Risky changes:");
  for (const a of rows) {
    lines.push(`  ${a.severity.toUpperCase().padEnd(8)} ${String(a.score).padStart(3)}  ${a.change.action.padEnd(7)} ${a.change.address}${a.ignored ? "  (ignored by policy)" : ""}`);
    for (const f of a.factors) lines.push(`      ${f.name}: ${f.detail}`);
    for (const f of a.findings) lines.push(`      ! ${f.code}: ${f.message.split("\n")[0]}`);
  }
  if (report.findings.length > 0) lines.push("", "Findings:");
  for (const f of report.findings) {
    const where = f.location ? ` (${f.location.file}:${f.location.line})` : "";
    lines.push(`  ${f.severity.toUpperCase().padEnd(8)} ${f.code}${f.address ? ` ${f.address}` : ""}${where}: ${f.message.split("\n")[0]}`);
  }
  const moved = movedBlocks(report);
  if (moved.length > 0) lines.push("", "Add these moved blocks to keep the renamed resources:", ...moved);
  if (report.drift.length > 0) {
    lines.push("", `Drift (changed outside Terraform, not by this PR): ${report.drift.map((d) => `${d.address} (${d.action})`).join(", ")}`);
  }
  if (decision.requirement) lines.push("", `To open the gate: ${decision.requirement.reason}.`);
  return `${lines.join("\n")}
`;
}
var init_text = __esm({
  "src/report/text.ts"() {
    "use strict";
    init_summary();
  }
});

// src/provenance/agents.ts
var AGENTS, AUTOMATION, REVIEW_BOTS;
var init_agents = __esm({
  "src/provenance/agents.ts"() {
    "use strict";
    AGENTS = [
      {
        name: "GitHub Copilot coding agent",
        role: "author",
        source: "GitHub docs; public Copilot PRs and commits",
        accounts: [{ id: 198982749, login: "Copilot", type: "Bot", evidence: "V", note: "no [bot] suffix in any API" }],
        identities: [{ email: "198982749+Copilot@users.noreply.github.com", evidence: "V", note: "committed as copilot-swe-agent[bot]" }],
        markers: [
          { text: "<!-- START COPILOT CODING AGENT SUFFIX -->", evidence: "V" },
          { text: "<!-- START COPILOT CODING AGENT TIPS -->", evidence: "V" }
        ],
        branches: [{ prefix: "copilot/", evidence: "V" }]
      },
      {
        name: "Copilot code review / Autofix",
        role: "assistance",
        source: "public commits where a human accepted Copilot's suggestion",
        accounts: [{ id: 175728472, login: "Copilot", type: "Bot", evidence: "V", note: "the reviewing account, not the coding agent" }],
        identities: [
          { email: "175728472+Copilot@users.noreply.github.com", evidence: "V" },
          {
            email: "62310815+github-advanced-security[bot]@users.noreply.github.com",
            evidence: "V",
            note: 'the "Copilot Autofix powered by AI" co-author of code scanning fixes'
          },
          { email: "copilot@github.com", evidence: "U", note: "an editor once added it to every commit by default" }
        ]
      },
      {
        name: "Claude Code",
        role: "author",
        source: "Anthropic's Claude Code docs and defaults; public commits",
        identities: [{ email: "noreply@anthropic.com", evidence: "V", note: 'the Co-Authored-By address; a model name may follow "Claude"' }],
        trailers: [{ key: "Claude-Session", evidence: "V" }],
        markers: [
          { text: "Generated with [Claude Code](https://claude.com/claude-code)", evidence: "V" },
          { text: "Generated with [Claude Code](https://claude.ai/code)", evidence: "V", note: "older link" }
        ],
        branches: [{ prefix: "claude/", evidence: "V", note: "claude-code-action: claude/issue-N-\u2026; Claude Code on the web: claude/\u2026 (U)" }]
      },
      {
        name: "claude-code-action",
        role: "author",
        source: "anthropics/claude-code-action source; public PRs",
        accounts: [{ id: 209825114, login: "claude[bot]", type: "Bot", evidence: "V" }],
        identities: [
          { email: "41898282+claude[bot]@users.noreply.github.com", evidence: "V", note: "borrows github-actions' id 41898282" },
          { email: "209825114+claude[bot]@users.noreply.github.com", evidence: "U", note: "the app's own noreply address, seen in repositories' conventions" }
        ]
      },
      {
        name: "OpenAI Codex (cloud)",
        role: "author",
        source: "public Codex PRs",
        accounts: [{ id: 199175422, login: "chatgpt-codex-connector[bot]", type: "Bot", evidence: "U", note: "seen as commit author; it also posts Codex reviews" }],
        identities: [{ email: "199175422+chatgpt-codex-connector[bot]@users.noreply.github.com", evidence: "U" }],
        markers: [
          { text: "https://chatgpt.com/codex/tasks/task_", evidence: "V" },
          { text: "[Codex Task](https://chatgpt.com/codex/tasks/task_", evidence: "V" }
        ],
        branches: [{ prefix: "codex/", evidence: "V" }]
      },
      {
        name: "OpenAI Codex CLI",
        role: "author",
        source: "Codex CLI attribution; public commits",
        identities: [
          { email: "noreply@openai.com", evidence: "V", note: "Co-authored-by: Codex; on or off by default depending on the version" },
          { email: "codex@openai.com", evidence: "V", note: "Co-authored-by: OpenAI Codex, in public commits" }
        ]
      },
      {
        name: "Devin",
        role: "author",
        source: "Devin's GitHub app; public Devin PRs",
        accounts: [{ id: 158243242, login: "devin-ai-integration[bot]", type: "Bot", evidence: "V" }],
        identities: [{ email: "158243242+devin-ai-integration[bot]@users.noreply.github.com", evidence: "V", note: "committed as Devin AI" }],
        markers: [
          { text: "Link to Devin run: https://app.devin.ai/sessions/", evidence: "V" },
          { text: "Link to Devin session: https://app.devin.ai/sessions/", evidence: "V" },
          { text: "Generated with [Devin](https://devin.ai)", evidence: "U", note: "Devin CLI's footer in repositories' conventions" },
          { text: "Generated with [Devin](https://cli.devin.ai/docs)", evidence: "U" }
        ],
        branches: [{ prefix: "devin/", evidence: "V", note: "devin/<unix time>-<slug>" }],
        requesters: ["Requested by:"]
      },
      {
        name: "Cursor agent",
        role: "author",
        source: "Cursor's attribution docs; public Cursor PRs",
        accounts: [{ id: 206951365, login: "cursor[bot]", type: "Bot", evidence: "U", note: "when the app opens the PR; the same app runs Bugbot reviews" }],
        identities: [{ email: "cursoragent@cursor.com", evidence: "V", note: "Cursor Agent as author, Cursor as co-author" }],
        trailers: [{ key: "Made-with", values: ["Cursor"], evidence: "U", note: "seen in one public commit" }],
        markers: [
          { text: "<!-- CURSOR_AGENT_PR_BODY_BEGIN -->", evidence: "V" },
          { text: "Made with [Cursor](https://cursor.com)", evidence: "V" }
        ],
        branches: [{ prefix: "cursor/", evidence: "V", note: "cursor/<slug>-<4 hex>" }]
      },
      {
        name: "Google Jules",
        role: "author",
        source: "public Jules PRs; since February 2026 the user opens the PR and the bot co-authors",
        accounts: [{ id: 161369871, login: "google-labs-jules[bot]", type: "Bot", evidence: "V" }],
        identities: [{ email: "161369871+google-labs-jules[bot]@users.noreply.github.com", evidence: "V" }],
        markers: [{ text: "PR created automatically by Jules for task [", evidence: "V" }],
        requesters: [" started by "]
      },
      {
        name: "AWS Kiro agent",
        role: "author",
        source: "public Kiro PRs",
        accounts: [{ login: "kiro-agent[bot]", type: "Bot", evidence: "V", note: "id not known: matched by login and type" }],
        markers: [{ text: "This pull request was created by @kiro-agent on behalf of @", evidence: "V" }],
        requesters: [" on behalf of "]
      },
      {
        name: "Amazon Q Developer",
        role: "author",
        source: "a third-party list",
        accounts: [{ id: 208079219, login: "amazon-q-developer[bot]", type: "Bot", evidence: "U" }],
        identities: [{ email: "208079219+amazon-q-developer[bot]@users.noreply.github.com", evidence: "U" }]
      },
      {
        name: "Gemini CLI",
        role: "author",
        source: "google-github-actions/run-gemini-cli's workflows; public commits",
        accounts: [{ login: "gemini-cli[bot]", type: "Bot", evidence: "V", note: "id not known: matched by login and type" }],
        identities: [{ email: "gemini-cli[bot]@users.noreply.github.com", evidence: "V" }]
      },
      {
        name: "OpenHands",
        role: "author",
        source: "OpenHands' resolver source",
        accounts: [
          {
            login: "openhands-ai[bot]",
            type: "Bot",
            evidence: "U",
            note: "the cloud app, id not known; the resolver's User account (e.g. openhands-agent) is anyone's name, not matched"
          }
        ],
        identities: [{ email: "openhands@all-hands.dev", evidence: "V" }],
        markers: [{ text: "Automatic fix generated by [OpenHands](", evidence: "V" }],
        branches: [{ prefix: "openhands-fix-", evidence: "V", note: "openhands-fix-issue-N" }]
      },
      {
        name: "Aider",
        role: "author",
        source: "Aider's git attribution docs",
        identities: [
          { email: "aider@aider.chat", evidence: "V", note: "Co-authored-by: aider (<model>), the default" },
          { email: "noreply@aider.chat", evidence: "V", note: "older address" },
          { nameSuffix: " (aider)", evidence: "V", note: 'author name "<user> (aider)"' }
        ]
      },
      {
        name: "Amp",
        role: "author",
        source: "public Amp commits",
        identities: [{ email: "amp@ampcode.com", evidence: "V" }],
        trailers: [{ key: "Amp-Thread-ID", valuePrefix: "https://ampcode.com/threads/T-", evidence: "V" }]
      },
      {
        name: "Replit Agent",
        role: "author",
        source: "public Replit commits",
        // Publish commits carry `Replit-Commit-Author: Deployment` and the author agent@replit.com too:
        // neither the address nor that value says an agent wrote code.
        trailers: [{ key: "Replit-Commit-Author", values: ["Agent", "Assistant"], evidence: "V" }]
      },
      {
        name: "Factory Droid",
        role: "author",
        source: "a third-party list",
        accounts: [{ id: 138933559, login: "factory-droid[bot]", type: "Bot", evidence: "U" }],
        identities: [{ email: "138933559+factory-droid[bot]@users.noreply.github.com", evidence: "U" }]
      },
      {
        name: "Roo Code (Roomote)",
        role: "author",
        source: "a third-party list",
        accounts: [{ login: "roomote[bot]", type: "Bot", evidence: "U", note: "id not known: matched by login and type" }],
        identities: [{ email: "roomote@roocode.com", evidence: "U" }],
        branches: [{ prefix: "roomote/", evidence: "U" }]
      },
      {
        name: "Warp",
        role: "author",
        source: "Warp's agent commits",
        identities: [{ email: "agent@warp.dev", evidence: "V" }]
      },
      {
        name: "Crush",
        role: "author",
        source: "Charm's Crush attribution",
        identities: [{ email: "crush@charm.land", evidence: "V" }],
        markers: [{ text: "Generated with Crush", evidence: "V", note: '"\u{1F498} Generated with Crush"' }]
      },
      {
        name: "Sweep",
        role: "author",
        source: "public Sweep PRs",
        accounts: [{ login: "sweep-ai[bot]", type: "Bot", evidence: "V", note: "id not known: matched by login and type" }],
        branches: [{ prefix: "sweep/", evidence: "U" }]
      },
      ...["opencode-agent[bot]", "codegen-sh[bot]", "tembo[bot]", "mentatbot[bot]", "ellipsis-dev[bot]"].map(
        (login) => ({
          name: login.replace(/\[bot\]$/, ""),
          role: "author",
          source: "apps seen opening PRs, from a third-party list",
          accounts: [{ login, type: "Bot", evidence: "U", note: "id not known: matched by login and type" }]
        })
      )
    ];
    AUTOMATION = [
      ["Dependabot", 49699333, "dependabot[bot]"],
      ["Renovate", 29139614, "renovate[bot]"],
      ["GitHub Actions", 41898282, "github-actions[bot]"],
      ["Mergify", 37929162, "mergify[bot]"],
      ["pre-commit.ci", 66853113, "pre-commit-ci[bot]"]
    ].map(([name, id, login]) => ({
      name,
      source: "public commits and PRs",
      accounts: [{ id, login, type: "Bot", evidence: "V" }],
      identities: [{ email: `${id}+${login}@users.noreply.github.com`, evidence: "V" }]
    }));
    REVIEW_BOTS = [
      {
        name: "CodeRabbit",
        source: "public PR bodies",
        evidence: "V",
        start: "<!-- This is an auto-generated comment: release notes by coderabbit.ai -->",
        end: "<!-- end of auto-generated comment: release notes by coderabbit.ai -->"
      },
      { name: "Cursor Bugbot", source: "public PR bodies", evidence: "V", start: "<!-- CURSOR_SUMMARY -->", end: "<!-- /CURSOR_SUMMARY -->" },
      { name: "Ellipsis", source: "public PR bodies", evidence: "V", start: "<!-- ELLIPSIS_HIDDEN -->", end: "<!-- ELLIPSIS_HIDDEN -->" },
      { name: "Qodo Merge", source: "qodo-ai/pr-agent: its description follows the user's", evidence: "V", start: "### **PR Type**" }
    ];
  }
});

// src/provenance/match.ts
function describeAccount(account2) {
  const details = [account2.id !== void 0 ? `id ${account2.id}` : void 0, account2.type].filter((d) => d !== void 0);
  return details.length > 0 ? `${account2.login} (${details.join(", ")})` : account2.login;
}
function describeIdentity(identity2) {
  return identity2.email ? `${identity2.name} <${identity2.email}>` : identity2.name;
}
function describeActor(actor) {
  const { account: account2, identity: identity2 } = actor;
  if (identity2 && account2) return `${describeIdentity(identity2)}, GitHub account ${describeAccount(account2)}`;
  return identity2 ? describeIdentity(identity2) : account2 ? describeAccount(account2) : "(nobody)";
}
function sameText(a, b) {
  return a.toLowerCase() === b.toLowerCase();
}
function accountMatches(matcher, account2) {
  if (matcher.id !== void 0) return account2.id === matcher.id && (account2.type === void 0 || account2.type === matcher.type);
  return sameText(account2.login, matcher.login) && account2.type === matcher.type;
}
function identityMatches(matcher, identity2) {
  if (matcher.email !== void 0) return sameText(identity2.email, matcher.email);
  return identity2.name.endsWith(matcher.nameSuffix) && identity2.name.length > matcher.nameSuffix.length;
}
function policyMatch(actor, settings) {
  const { account: account2, identity: identity2 } = actor;
  if (account2 && settings.accounts.some((a) => typeof a === "number" ? account2.id === a : sameText(account2.login, a))) return "provenance.accounts";
  if (identity2 && settings.emails.some((e) => sameText(identity2.email, e))) return "provenance.emails";
  return void 0;
}
function matchedBy(matcher) {
  if ("type" in matcher) return matcher.id !== void 0 ? "id" : "login and type";
  return matcher.email !== void 0 ? "address" : `name suffix "${matcher.nameSuffix}"`;
}
function rowMatch(row2, actor) {
  const { account: account2, identity: identity2 } = actor;
  return (account2 && row2.accounts?.find((m) => accountMatches(m, account2))) ?? (identity2 && row2.identities?.find((m) => identityMatches(m, identity2)));
}
function identify(actor, settings) {
  const what = describeActor(actor);
  const policy = policyMatch(actor, settings);
  if (policy) return { kind: "policy", what, by: policy };
  for (const row2 of AGENTS) {
    const matcher = rowMatch(row2, actor);
    if (matcher) return { kind: "agent", row: row2, matcher, what, by: matchedBy(matcher) };
  }
  for (const row2 of AUTOMATION) {
    const matcher = rowMatch(row2, actor);
    if (matcher) return { kind: "automation", row: row2, what, by: matchedBy(matcher) };
  }
  return void 0;
}
var init_match = __esm({
  "src/provenance/match.ts"() {
    "use strict";
    init_agents();
  }
});

// src/provenance/payload.ts
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function text(value) {
  return typeof value === "string" ? value : void 0;
}
function account(value) {
  if (!isObject(value)) return void 0;
  const login = text(value["login"]);
  if (login === void 0) return void 0;
  const id = value["id"];
  const type = text(value["type"]);
  return { login, ...typeof id === "number" ? { id } : {}, ...type !== void 0 ? { type } : {} };
}
function identity(value) {
  if (!isObject(value)) return void 0;
  const name = text(value["name"]) ?? "";
  const email = text(value["email"]) ?? "";
  return name === "" && email === "" ? void 0 : { name, email };
}
function parsePullRequestEvent(event) {
  if (!isObject(event)) throw new PayloadError("event", "not a GitHub event payload (expected a JSON object)");
  const pr = event["pull_request"];
  if (!isObject(pr)) {
    const keys = Object.keys(event).slice(0, 6).join(", ");
    throw new PayloadError("event", `not a pull_request or pull_request_review event: no pull_request object (top-level keys: ${keys || "none"})`);
  }
  const author = account(pr["user"]);
  if (!author) throw new PayloadError("event", "pull_request.user.login is missing: not a pull request payload");
  const head = pr["head"];
  const labels = Array.isArray(pr["labels"]) ? pr["labels"] : [];
  const commitCount = pr["commits"];
  return {
    author,
    title: text(pr["title"]) ?? "",
    body: text(pr["body"]) ?? "",
    branch: (isObject(head) ? text(head["ref"]) : void 0) ?? "",
    labels: labels.flatMap((l) => isObject(l) && typeof l["name"] === "string" ? [l["name"]] : []),
    ...typeof commitCount === "number" ? { commitCount } : {}
  };
}
function parseCommits(commits) {
  return commits.map((element, index) => {
    const where = `element ${index}`;
    if (!isObject(element)) throw new PayloadError("commits", `${where} is not a commit object`);
    const sha = text(element["sha"]);
    const commit = element["commit"];
    const message = isObject(commit) ? text(commit["message"]) : void 0;
    if (sha === void 0 || message === void 0) {
      throw new PayloadError("commits", `${where} has no sha or commit.message: not the answer of GET /repos/{owner}/{repo}/pulls/{number}/commits`);
    }
    const author = isObject(commit) ? identity(commit["author"]) : void 0;
    const committer = isObject(commit) ? identity(commit["committer"]) : void 0;
    const authorAccount = account(element["author"]);
    const committerAccount = account(element["committer"]);
    return {
      sha,
      message,
      ...author ? { author } : {},
      ...committer ? { committer } : {},
      ...authorAccount ? { authorAccount } : {},
      ...committerAccount ? { committerAccount } : {}
    };
  });
}
var PayloadError;
var init_payload = __esm({
  "src/provenance/payload.ts"() {
    "use strict";
    PayloadError = class extends Error {
      constructor(part, message) {
        super(message);
        this.part = part;
        this.name = "PayloadError";
      }
      part;
    };
  }
});

// src/provenance/people.ts
function same(a, b) {
  return a !== void 0 && b !== void 0 && a.toLowerCase() === b.toLowerCase();
}
function isSamePerson(a, b) {
  return a.id !== void 0 && a.id === b.id || same(a.login, b.login) || same(a.email, b.email);
}
function addPerson(people, person) {
  const known2 = people.find((p) => isSamePerson(p, person));
  if (!known2) {
    people.push({ ...person });
    return;
  }
  if (known2.login === void 0 && person.login !== void 0) known2.login = person.login;
  if (known2.id === void 0 && person.id !== void 0) known2.id = person.id;
  if (known2.email === void 0 && person.email !== void 0) known2.email = person.email;
  if (known2.name === void 0 && person.name !== void 0) known2.name = person.name;
}
function addName(names, name) {
  if (!names.some((n) => same(n, name))) names.push(name);
}
var init_people = __esm({
  "src/provenance/people.ts"() {
    "use strict";
  }
});

// src/provenance/text.ts
function trailersOf(message) {
  const paragraphs = message.replace(/\r\n?/g, "\n").trim().split(/\n[ \t]*\n/);
  const last = paragraphs.length > 1 ? paragraphs[paragraphs.length - 1] : void 0;
  if (last === void 0) return [];
  const trailers = [];
  for (const line of last.split("\n")) {
    const match = TRAILER.exec(line);
    const previous = trailers[trailers.length - 1];
    if (match?.[1] !== void 0 && match[2] !== void 0) trailers.push({ key: match[1], value: match[2].trim() });
    else if (previous && CONTINUATION.test(line)) previous.value = `${previous.value} ${line.trim()}`;
    else return [];
  }
  return trailers;
}
function nameAndAddress(value) {
  const match = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(value.trim());
  return match?.[1] !== void 0 && match[2] !== void 0 ? { name: match[1], email: match[2] } : void 0;
}
function markerLines(text2) {
  return text2.replace(/\r\n?/g, "\n").split("\n").map((line) => line.trimStart().replace(DECORATION, ""));
}
function hasMarker(lines, marker) {
  return lines.some((line) => line.startsWith(marker));
}
function cutBlocks(text2, start, end) {
  let rest = text2;
  let found = false;
  for (let at = rest.indexOf(start); at !== -1; at = rest.indexOf(start, at)) {
    found = true;
    const close = end === void 0 ? -1 : rest.indexOf(end, at + start.length);
    rest = close === -1 ? rest.slice(0, at) : rest.slice(0, at) + rest.slice(close + (end ?? "").length);
  }
  return { rest, found };
}
function namedAfter(lines, phrase) {
  const named2 = [];
  for (const line of lines) {
    const at = line.indexOf(phrase);
    if (at === -1) continue;
    const rest = line.slice(at + phrase.length);
    const who = MENTION.exec(rest)?.[1] ?? ADDRESS.exec(rest)?.[0];
    if (who !== void 0) named2.push(who);
  }
  return named2;
}
function noreplyAccount(email) {
  const match = /^(?:(\d+)\+)?([^@\s]+)@users\.noreply\.github\.com$/i.exec(email);
  if (match?.[2] === void 0) return void 0;
  return { login: match[2], ...match[1] !== void 0 ? { id: Number(match[1]) } : {} };
}
var TRAILER, CONTINUATION, DECORATION, MENTION, ADDRESS;
var init_text2 = __esm({
  "src/provenance/text.ts"() {
    "use strict";
    TRAILER = /^([A-Za-z0-9][A-Za-z0-9-]*):[ \t]*(\S.*)$/;
    CONTINUATION = /^[ \t]+\S/;
    DECORATION = new RegExp("^(?:[-*_\u2022]+[ \\t]*|\\p{Extended_Pictographic}\\uFE0F?[ \\t]*)*", "u");
    MENTION = /(?:^|[\s(/,])@([A-Za-z\d](?:[A-Za-z\d-]{0,38}))/;
    ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
  }
});

// src/provenance/detect.ts
function onCommits(shas, total) {
  const shown = shas.slice(0, 3).map((s) => s.slice(0, 7));
  return `${shas.length} of ${total} commit${total === 1 ? "" : "s"}: ${shown.join(", ")}${shas.length > shown.length ? ", \u2026" : ""}`;
}
function evidence(row2, matcher) {
  return ` [${matcher.evidence}: ${row2.source}${matcher.note ? `; ${matcher.note}` : ""}]`;
}
function actorDraft(place, who, settings) {
  const seen = `${PLACE_WORDS[place]} ${who.what}`;
  if (who.kind === "policy") {
    return { kind: "policy-account", head: `${seen} is one of the policy's own agents`, tail: ` [policy: ${who.by}]`, counts: true };
  }
  if (who.kind === "automation") {
    const unread = place === "pr-author" ? "the PR body was not read for agent markers" : "its message was not read for agent markers";
    const counted = settings.automationIsAi ? "counted as AI: provenance.automationIsAi is true" : "counted as AI only with provenance.automationIsAi";
    return { kind: "automation", head: `${who.row.name}: ${seen}, matched by ${who.by}, is automation, not AI (trap 5)`, tail: `; ${unread}; ${counted}`, counts: settings.automationIsAi };
  }
  const tail = evidence(who.row, who.matcher);
  if (who.row.role === "assistance") {
    const counted = settings.assistanceIsAi ? "counted: provenance.assistanceIsAi is true" : "not counted unless provenance.assistanceIsAi";
    return { kind: "assistance", head: `${who.row.name}: ${seen}, matched by ${who.by}, is AI assistance on a human's work, not authorship (trap 3); ${counted}`, tail, counts: settings.assistanceIsAi };
  }
  return { kind: place, head: `${who.row.name}: ${seen}, matched by ${who.by}`, tail, counts: true };
}
function markersIn(lines) {
  return AGENTS.flatMap(
    (row2) => (row2.markers ?? []).filter((m) => hasMarker(lines, m.text)).map((m) => ({ row: row2, text: m.text, draftTail: evidence(row2, m) }))
  );
}
function markerDraft(kind, row2, text2, tail, settings) {
  const where = kind === "body-marker" ? "in the PR body" : "in the message";
  if (row2.role === "assistance") {
    return { kind: "assistance", head: `${row2.name}: "${text2}" ${where} is AI assistance, not authorship (trap 3)`, tail, counts: settings.assistanceIsAi };
  }
  return { kind, head: `${row2.name}: "${text2}" ${where}`, tail, counts: true };
}
function requestersIn(lines, rows) {
  return rows.flatMap((row2) => (row2.requesters ?? []).flatMap((phrase) => namedAfter(lines, phrase)));
}
function readBody(pr, settings, signals, actedFor) {
  let body = pr.body;
  for (const bot of REVIEW_BOTS) {
    const { rest, found } = cutBlocks(body, bot.start, bot.end);
    body = rest;
    if (found) {
      signals.add({
        kind: "review-bot",
        head: `${bot.name}: its summary in the PR body is a review bot's text, not authorship (trap 6); left out before the body was read`,
        tail: ` [${bot.evidence}: ${bot.source}]`,
        counts: false
      });
    }
  }
  const lines = markerLines(body);
  const markers = markersIn(lines);
  for (const m of markers) signals.add(markerDraft("body-marker", m.row, m.text, m.draftTail, settings));
  for (const who of requestersIn(lines, [...new Set(markers.map((m) => m.row))])) addName(actedFor, who);
}
function readBranch(pr, settings, signals) {
  for (const row2 of AGENTS) {
    for (const b of row2.branches ?? []) {
      if (!pr.branch.startsWith(b.prefix)) continue;
      const verdict = settings.branchPrefixIsEnough ? "counted: provenance.branchPrefixIsEnough is true" : "alone it does not make the PR AI-authored (provenance.branchPrefixIsEnough)";
      signals.add({
        kind: "branch-prefix",
        head: `${row2.name}: branch ${pr.branch} starts with "${b.prefix}" \u2014 weak evidence, people type prefixes too (trap 7): ${verdict}`,
        tail: evidence(row2, b),
        counts: settings.branchPrefixIsEnough
      });
    }
  }
}
function readLabels(pr, settings, signals) {
  for (const label of pr.labels) {
    if (!settings.labels.some((l) => l.toLowerCase() === label.toLowerCase())) continue;
    signals.add({ kind: "label", head: `label "${label}" marks the PR AI-authored`, tail: " (provenance.labels; a label can close the gate, never open it)", counts: true });
  }
}
function personOf(identity2, account2) {
  const fromAddress = identity2 ? noreplyAccount(identity2.email) : void 0;
  const login = account2?.login ?? fromAddress?.login;
  const id = account2?.id ?? fromAddress?.id;
  return {
    ...login !== void 0 ? { login } : {},
    ...id !== void 0 ? { id } : {},
    ...identity2?.email ? { email: identity2.email } : {},
    ...identity2?.name ? { name: identity2.name } : {}
  };
}
function actorOf(identity2, account2) {
  return { ...account2 ? { account: account2 } : {}, ...identity2 ? { identity: identity2 } : {} };
}
function readTrailers(commit, agentAuthored, settings, signals, out) {
  for (const trailer of trailersOf(commit.message)) {
    if (trailer.key.toLowerCase() === "co-authored-by") {
      const identity2 = nameAndAddress(trailer.value);
      if (!identity2) continue;
      const person = personOf(identity2);
      addPerson(out.authors, person);
      const who = identify({ identity: identity2 }, settings);
      if (!who && agentAuthored) addName(out.actedFor, person.login ?? identity2.email);
      if (who && who.kind !== "automation") signals.add(actorDraft("co-author-trailer", who, settings), commit.sha);
      continue;
    }
    for (const row2 of AGENTS) {
      for (const m of row2.trailers ?? []) {
        if (m.key.toLowerCase() !== trailer.key.toLowerCase()) continue;
        if (m.values && !m.values.includes(trailer.value)) continue;
        if (m.valuePrefix !== void 0 && !trailer.value.startsWith(m.valuePrefix)) continue;
        const shown = m.values ? `${m.key}: ${trailer.value}` : m.valuePrefix !== void 0 ? `${m.key}: ${m.valuePrefix}\u2026` : m.key;
        signals.add({ kind: "trailer", head: `${row2.name}: trailer ${shown}`, tail: evidence(row2, m), counts: true }, commit.sha);
      }
    }
  }
}
function readCommit(commit, settings, signals, out) {
  addPerson(out.authors, personOf(commit.author, commit.authorAccount));
  addPerson(out.authors, personOf(commit.committer, commit.committerAccount));
  const author = identify(actorOf(commit.author, commit.authorAccount), settings);
  if (author) signals.add(actorDraft("commit-author", author, settings), commit.sha);
  const committer = identify(actorOf(commit.committer, commit.committerAccount), settings);
  if (committer && committer.kind !== "automation") signals.add(actorDraft("committer", committer, settings), commit.sha);
  if (author?.kind === "automation") return;
  const agentAuthored = author?.kind === "policy" || author?.kind === "agent" && author.row.role === "author";
  readTrailers(commit, agentAuthored, settings, signals, out);
  for (const m of markersIn(markerLines(commit.message))) signals.add(markerDraft("message-marker", m.row, m.text, m.draftTail, settings), commit.sha);
}
function noSignal(pr, commits) {
  const read = commits === void 0 ? "the PR author, body, branch and labels" : `the PR author, body, branch, labels or ${commits.length} commit${commits.length === 1 ? "" : "s"}`;
  const unread = commits === void 0 ? " (commits not read: agents often commit under a PR a human opened, trap 2 \u2014 give the commits list)" : pr.commitCount !== void 0 && pr.commitCount > commits.length ? ` (read ${commits.length} of the PR's ${pr.commitCount} commits)` : "";
  return {
    kind: "none",
    detail: `no signal found: nothing in ${read} says an AI agent wrote it${unread}; trailers can be switched off, so this does not prove a human did (trap 7)`
  };
}
function detectProvenance(event, commits, settings = DEFAULT_PROVENANCE_SETTINGS) {
  const pr = parsePullRequestEvent(event);
  const commitFacts = commits === void 0 ? void 0 : parseCommits(commits);
  const signals = new Signals();
  const out = { actedFor: [], authors: [] };
  addPerson(out.authors, { login: pr.author.login, ...pr.author.id !== void 0 ? { id: pr.author.id } : {} });
  const prAuthor = identify({ account: pr.author }, settings);
  if (prAuthor) signals.add(actorDraft("pr-author", prAuthor, settings));
  if (prAuthor?.kind !== "automation") readBody(pr, settings, signals, out.actedFor);
  readBranch(pr, settings, signals);
  readLabels(pr, settings, signals);
  for (const commit of commitFacts ?? []) readCommit(commit, settings, signals, out);
  const records = signals.size > 0 ? signals.records(commitFacts?.length ?? 0) : [noSignal(pr, commitFacts)];
  return { aiAuthored: signals.counted, signals: records, actedFor: out.actedFor, authors: out.authors };
}
var Signals, PLACE_WORDS;
var init_detect = __esm({
  "src/provenance/detect.ts"() {
    "use strict";
    init_agents();
    init_match();
    init_payload();
    init_people();
    init_settings();
    init_text2();
    Signals = class {
      drafts = /* @__PURE__ */ new Map();
      add(draft, sha) {
        const key3 = `${draft.kind}\0${draft.head}`;
        const entry = this.drafts.get(key3) ?? { draft, shas: [] };
        this.drafts.set(key3, entry);
        if (sha !== void 0 && !entry.shas.includes(sha)) entry.shas.push(sha);
      }
      get counted() {
        return [...this.drafts.values()].some((e) => e.draft.counts);
      }
      get size() {
        return this.drafts.size;
      }
      records(commitTotal) {
        return [...this.drafts.values()].map(({ draft, shas }) => ({
          kind: draft.kind,
          detail: shas.length === 0 ? `${draft.head}${draft.tail}` : `${draft.head} (on ${onCommits(shas, commitTotal)})${draft.tail}`
        }));
      }
    };
    PLACE_WORDS = {
      "pr-author": "PR author",
      "commit-author": "commit author",
      committer: "committer",
      "co-author-trailer": "Co-authored-by:"
    };
  }
});

// src/provenance/files.ts
import { readFileSync as readFileSync2 } from "node:fs";
function readJsonFile(path) {
  let text2;
  try {
    text2 = readFileSync2(path, "utf8");
  } catch (error) {
    const code = error.code;
    throw new InputError(path, code === "ENOENT" ? "no such file" : `cannot read (${code ?? String(error)})`);
  }
  try {
    return JSON.parse(text2);
  } catch (error) {
    throw new InputError(path, `not valid JSON: ${error.message}`);
  }
}
function commitList(data, path) {
  if (!Array.isArray(data)) throw new InputError(path, "not a list of commits: expected the JSON array of GET /repos/{owner}/{repo}/pulls/{number}/commits");
  return data.every((page) => Array.isArray(page)) ? data.flat() : data;
}
function readProvenanceFiles(eventPath, commitsPath, settings = DEFAULT_PROVENANCE_SETTINGS) {
  const event = readJsonFile(eventPath);
  const commits = commitsPath === void 0 ? void 0 : commitList(readJsonFile(commitsPath), commitsPath);
  try {
    return detectProvenance(event, commits, settings);
  } catch (error) {
    if (!(error instanceof PayloadError)) throw error;
    throw new InputError(error.part === "event" ? eventPath : commitsPath ?? eventPath, error.message);
  }
}
var init_files = __esm({
  "src/provenance/files.ts"() {
    "use strict";
    init_errors();
    init_detect();
    init_payload();
    init_settings();
  }
});

// src/sources/terraform/actions.ts
function actionShape(actions) {
  if (!Array.isArray(actions) || !actions.every((a) => typeof a === "string")) return void 0;
  return ACTIONS[actions.join(",")];
}
function causesOf(reason, replacePaths, action) {
  const causes = /* @__PURE__ */ new Set();
  if (typeof reason === "string") {
    const cause = REASONS[reason];
    if (cause) causes.add(cause);
  }
  if (replacePaths.length > 0) causes.add("attributes");
  if (causes.size === 0 && (action === "replace" || action === "delete")) causes.add("unknown");
  return [...causes];
}
function replacePathStrings(paths) {
  if (!Array.isArray(paths)) return [];
  return paths.filter(Array.isArray).map(
    (steps) => steps.map((s, i) => typeof s === "number" ? `[${s}]` : i === 0 ? String(s) : `.${String(s)}`).join("")
  );
}
var ACTIONS, REASONS;
var init_actions = __esm({
  "src/sources/terraform/actions.ts"() {
    "use strict";
    ACTIONS = {
      "no-op": { action: "no-op" },
      create: { action: "create" },
      read: { action: "read" },
      update: { action: "update" },
      delete: { action: "delete" },
      forget: { action: "forget", retention: "forget" },
      "delete,create": { action: "replace", replaceOrder: "destroy-before-create" },
      "create,delete": { action: "replace", replaceOrder: "create-before-destroy" },
      // Replaced while the old object is left in place (lifecycle destroy = false): nothing is destroyed.
      "create,forget": { action: "replace", replaceOrder: "create-before-destroy", retention: "forget" }
    };
    REASONS = {
      replace_because_tainted: "tainted",
      replace_because_cannot_update: "cannot-update",
      replace_by_request: "requested",
      replace_by_triggers: "requested",
      delete_because_no_resource_config: "no-config",
      delete_because_no_module: "no-config",
      delete_because_wrong_repetition: "wrong-repetition",
      delete_because_count_index: "count-index",
      delete_because_each_key: "each-key",
      delete_because_no_move_target: "moved-target-missing"
    };
  }
});

// src/sources/terraform/config.ts
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function stripIndexes(address) {
  return address.replace(INDEX, "");
}
function collectReferences(value, out) {
  if (Array.isArray(value)) {
    for (const v of value) collectReferences(v, out);
  } else if (isRecord(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (k === "references" && Array.isArray(v)) {
        for (const r of v) if (typeof r === "string") out.push(r);
      } else {
        collectReferences(v, out);
      }
    }
  }
}
function resolveReference(ref, prefix) {
  const parts = stripIndexes(ref).split(".");
  const [head, second, third] = parts;
  if (!head || !second) return void 0;
  switch (head) {
    case "var":
      return `${prefix}var.${second}`;
    case "module":
      return third ? `${prefix}module.${second}.output.${third}` : `${prefix}module.${second}`;
    case "data":
      return third ? `${prefix}data.${second}.${third}` : void 0;
    case "local":
    case "count":
    case "each":
    case "path":
    case "self":
    case "terraform":
      return void 0;
    default:
      return `${prefix}${head}.${second}`;
  }
}
function priorStateResources(priorState) {
  const out = [];
  const walk = (module) => {
    if (!isRecord(module)) return;
    const resources = module["resources"];
    if (Array.isArray(resources)) for (const r of resources) out.push(r);
    const children = module["child_modules"];
    if (Array.isArray(children)) children.forEach(walk);
  };
  const values = isRecord(priorState) ? priorState["values"] : void 0;
  walk(isRecord(values) ? values["root_module"] : void 0);
  return out;
}
function addStateDependencies(resources, facts) {
  for (const r of resources) {
    if (!isRecord(r) || typeof r["address"] !== "string" || !Array.isArray(r["depends_on"])) continue;
    const node = stripIndexes(r["address"]);
    facts.resources.add(node);
    let set = facts.references.get(node);
    if (!set) facts.references.set(node, set = /* @__PURE__ */ new Set());
    for (const d of r["depends_on"]) if (typeof d === "string" && stripIndexes(d) !== node) set.add(stripIndexes(d));
  }
}
function readConfiguration(configuration, stateResources = []) {
  const facts = {
    references: /* @__PURE__ */ new Map(),
    sensitiveVariables: /* @__PURE__ */ new Set(),
    resources: /* @__PURE__ */ new Set()
  };
  const root = isRecord(configuration) ? configuration["root_module"] : void 0;
  if (isRecord(root)) {
    const vars = root["variables"];
    if (isRecord(vars)) {
      for (const [name, v] of Object.entries(vars)) {
        if (isRecord(v) && v["sensitive"] === true) facts.sensitiveVariables.add(name);
      }
    }
    walkModule(root, "", facts);
  }
  addStateDependencies(stateResources, facts);
  return facts;
}
function addEdges(facts, from, refs, prefix) {
  let set = facts.references.get(from);
  if (!set) facts.references.set(from, set = /* @__PURE__ */ new Set());
  for (const ref of refs) {
    const to = resolveReference(ref, prefix);
    if (to && to !== from) set.add(to);
  }
}
function walkModule(module, prefix, facts) {
  const resources = module["resources"];
  if (Array.isArray(resources)) {
    for (const r of resources) {
      if (!isRecord(r) || typeof r["address"] !== "string") continue;
      const node = prefix + stripIndexes(r["address"]);
      facts.resources.add(node);
      const refs = [];
      collectReferences(r["expressions"], refs);
      collectReferences(r["count_expression"], refs);
      collectReferences(r["for_each_expression"], refs);
      const dependsOn = r["depends_on"];
      if (Array.isArray(dependsOn)) refs.push(...dependsOn.filter((d) => typeof d === "string"));
      addEdges(facts, node, refs, prefix);
    }
  }
  const outputs = module["outputs"];
  if (isRecord(outputs)) {
    for (const [name, o] of Object.entries(outputs)) {
      const refs = [];
      collectReferences(isRecord(o) ? o["expression"] : void 0, refs);
      addEdges(facts, `${prefix}output.${name}`, refs, prefix);
    }
  }
  const calls = module["module_calls"];
  if (!isRecord(calls)) return;
  for (const [name, call] of Object.entries(calls)) {
    if (!isRecord(call)) continue;
    const child = `${prefix}module.${name}.`;
    const expressions = call["expressions"];
    if (isRecord(expressions)) {
      for (const [variable, expr] of Object.entries(expressions)) {
        const refs = [];
        collectReferences(expr, refs);
        addEdges(facts, `${child}var.${variable}`, refs, prefix);
      }
    }
    const callRefs = [];
    collectReferences(call["count_expression"], callRefs);
    collectReferences(call["for_each_expression"], callRefs);
    const dependsOn = call["depends_on"];
    if (Array.isArray(dependsOn)) callRefs.push(...dependsOn.filter((d) => typeof d === "string"));
    const inner = call["module"];
    if (isRecord(inner)) {
      walkModule(inner, child, facts);
      const childOutputs = inner["outputs"];
      addEdges(
        facts,
        `${prefix}module.${name}`,
        isRecord(childOutputs) ? Object.keys(childOutputs).map((o) => `module.${name}.${o}`) : [],
        prefix
      );
      if (callRefs.length > 0) {
        for (const node of facts.resources) {
          if (node.startsWith(child)) addEdges(facts, node, callRefs, prefix);
        }
      }
    }
  }
}
var INDEX;
var init_config = __esm({
  "src/sources/terraform/config.ts"() {
    "use strict";
    INDEX = /\[(?:"(?:[^"\\]|\\.)*"|[0-9]+|\*)\]/g;
  }
});

// src/sources/terraform/values.ts
function isRecord2(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function overlay(value, mask, marker, addMissing) {
  if (mask === true) return marker;
  if (Array.isArray(mask)) {
    const arr = Array.isArray(value) ? value : [];
    const len = addMissing ? Math.max(arr.length, mask.length) : arr.length;
    return Array.from({ length: len }, (_, i) => overlay(arr[i], mask[i], marker, addMissing));
  }
  if (isRecord2(mask)) {
    if (!isRecord2(value) && !(addMissing && value == null)) return value;
    const out = { ...value ?? {} };
    for (const [k, m] of Object.entries(mask)) {
      if (k in out || addMissing) out[k] = overlay(out[k], m, marker, addMissing);
    }
    return out;
  }
  return value;
}
function collectSensitive(value, mask, out) {
  if (mask === true) {
    if (typeof value === "string") {
      if (value !== "") out.add(value);
    } else if (value !== null && typeof value === "object") {
      for (const v of Object.values(value)) collectSensitive(v, true, out);
    }
  } else if (Array.isArray(mask) && Array.isArray(value)) {
    mask.forEach((m, i) => collectSensitive(value[i], m, out));
  } else if (isRecord2(mask) && isRecord2(value)) {
    for (const [k, m] of Object.entries(mask)) collectSensitive(value[k], m, out);
  }
}
function windowHash(text2, from) {
  let h = 0;
  for (let i = from; i < from + MIN_EMBEDDED; i++) h = Math.imul(h, HASH_BASE) + text2.charCodeAt(i) | 0;
  return h;
}
function touchesMarker(secret) {
  if (secret.includes(REDACTED)) return true;
  for (let n = 1; n < REDACTED.length; n++) {
    if (secret.startsWith(REDACTED.slice(-n)) || secret.endsWith(REDACTED.slice(0, n))) return true;
  }
  return false;
}
function secretRedactor(secrets) {
  const embedded = [...secrets].filter((s) => s.length >= MIN_EMBEDDED);
  const byHash = /* @__PURE__ */ new Map();
  embedded.forEach((secret, order) => {
    const h = windowHash(secret, 0);
    const list2 = byHash.get(h);
    if (list2) list2.push(order);
    else byHash.set(h, [order]);
  });
  const nearMarker = embedded.flatMap((secret, order) => touchesMarker(secret) ? [order] : []);
  const redactString = (text2) => {
    if (secrets.has(text2)) return REDACTED;
    const found = /* @__PURE__ */ new Set();
    let h = text2.length >= MIN_EMBEDDED ? windowHash(text2, 0) : 0;
    for (let i = 0; i + MIN_EMBEDDED <= text2.length; i++) {
      if (i > 0) h = Math.imul(h - Math.imul(text2.charCodeAt(i - 1), HASH_TOP), HASH_BASE) + text2.charCodeAt(i + MIN_EMBEDDED - 1) | 0;
      for (const order of byHash.get(h) ?? []) if (text2.startsWith(embedded[order], i)) found.add(order);
    }
    if (found.size === 0) return text2;
    for (const order of nearMarker) found.add(order);
    return [...found].sort((a, b) => a - b).reduce((out, order) => {
      const secret = embedded[order];
      return out.includes(secret) ? out.split(secret).join(REDACTED) : out;
    }, text2);
  };
  const redact = (value) => {
    if (typeof value === "string") return redactString(value);
    if (Array.isArray(value)) return value.map(redact);
    if (isRecord2(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redact(v)]));
    return value;
  };
  return (values) => values === null || secrets.size === 0 ? values : redact(values);
}
function cleanValues(value, sensitive, unknown) {
  if (sensitive === true) return value == null ? null : { value: REDACTED };
  let v = unknown === void 0 ? value : overlay(value, unknown, UNKNOWN, true);
  v = overlay(v, sensitive, REDACTED, false);
  return isRecord2(v) ? v : null;
}
var MIN_EMBEDDED, HASH_BASE, HASH_TOP;
var init_values = __esm({
  "src/sources/terraform/values.ts"() {
    "use strict";
    init_model();
    MIN_EMBEDDED = 6;
    HASH_BASE = 31;
    HASH_TOP = Array.from({ length: MIN_EMBEDDED - 1 }).reduce((h) => Math.imul(h, HASH_BASE), 1);
  }
});

// src/sources/terraform/change.ts
function isRecord3(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function addressOf(rc, type, name) {
  const module = typeof rc["module_address"] === "string" ? `${rc["module_address"]}.` : "";
  const index = rc["index"];
  const key3 = typeof index === "number" ? `[${index}]` : typeof index === "string" ? `[${JSON.stringify(index)}]` : "";
  return `${module}${rc["mode"] === "data" ? "data." : ""}${type}.${name}${key3}`;
}
function readChange(rc, where, source, deferred) {
  if (!isRecord3(rc)) throw new InputError(source.path, `${where} is not an object`);
  const { type, name } = rc;
  if (typeof type !== "string" || typeof name !== "string") {
    throw new InputError(source.path, `${where} lacks a string type or name`);
  }
  const address = typeof rc["address"] === "string" ? rc["address"] : addressOf(rc, type, name);
  const change = rc["change"];
  if (!isRecord3(change)) throw new InputError(source.path, `${address}: no "change" object`);
  const shape = actionShape(change["actions"]);
  if (!shape) {
    throw new InputError(source.path, `${address}: unknown action ${JSON.stringify(change["actions"])}`);
  }
  const mode = rc["mode"] === "data" ? "data" : "managed";
  const moduleAddress = typeof rc["module_address"] === "string" ? stripIndexes(rc["module_address"]) : "";
  const configAddress = `${moduleAddress ? `${moduleAddress}.` : ""}${mode === "data" ? "data." : ""}${type}.${name}`;
  const replacePaths = replacePathStrings(change["replace_paths"]);
  const importing = isRecord3(change["importing"]);
  const previousAddress = typeof rc["previous_address"] === "string" && rc["previous_address"] !== address ? rc["previous_address"] : void 0;
  let action = shape.action;
  if (importing && (action === "no-op" || action === "update")) action = "import";
  else if (previousAddress && action === "no-op") action = "move";
  const index = rc["index"];
  return {
    address,
    configAddress,
    type,
    provider: typeof rc["provider_name"] === "string" ? rc["provider_name"] : "",
    mode,
    module: moduleAddress,
    name,
    ...typeof index === "string" || typeof index === "number" ? { index } : {},
    source,
    action,
    ...shape.replaceOrder ? { replaceOrder: shape.replaceOrder } : {},
    causes: causesOf(rc["action_reason"], replacePaths, action),
    replacePaths,
    before: cleanValues(change["before"], change["before_sensitive"]),
    after: cleanValues(change["after"], change["after_sensitive"], change["after_unknown"]),
    ...shape.retention ? { retention: shape.retention } : {},
    ...previousAddress ? { previousAddress } : {},
    ...importing ? { importing } : {},
    ...deferred ? { deferred } : {}
  };
}
var init_change = __esm({
  "src/sources/terraform/change.ts"() {
    "use strict";
    init_errors();
    init_actions();
    init_config();
    init_values();
  }
});

// src/sources/terraform/unchanged.ts
function isRecord4(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function cutDownElement(rc) {
  if (!isRecord4(rc) || !isRecord4(rc["change"])) return rc;
  const change = rc["change"];
  const tagsOf = (v) => isRecord4(v) ? Object.fromEntries(Object.entries(v).filter(([k]) => TAG_ATTRIBUTES2.includes(k))) : v;
  return { ...rc, change: { ...change, before: null, after: tagsOf(change["after"]), after_unknown: tagsOf(change["after_unknown"]) } };
}
var TAG_ATTRIBUTES2;
var init_unchanged = __esm({
  "src/sources/terraform/unchanged.ts"() {
    "use strict";
    TAG_ATTRIBUTES2 = ["tags", "tags_all", "labels", "user_labels", "resource_labels"];
  }
});

// src/sources/terraform/assemble.ts
function isRecord5(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function collectChangeSecrets(rc, out) {
  const change = isRecord5(rc) ? rc["change"] : void 0;
  if (!isRecord5(change)) return;
  collectSensitive(change["before"], change["before_sensitive"], out);
  collectSensitive(change["after"], change["after_sensitive"], out);
}
var SUPPORTED_MAJOR, RANK, PlanAssembly;
var init_assemble = __esm({
  "src/sources/terraform/assemble.ts"() {
    "use strict";
    init_errors();
    init_change();
    init_config();
    init_unchanged();
    init_values();
    SUPPORTED_MAJOR = 1;
    RANK = {
      list: { resource_changes: 1, deferred_changes: 2, resource_drift: 4 },
      deferredShape: 3,
      change: 5,
      deferred: 6,
      drift: 7
    };
    PlanAssembly = class {
      constructor(source) {
        this.source = source;
      }
      source;
      formatVersion;
      toolVersion;
      variables;
      configuration;
      stateResources = [];
      changes = [];
      deferred = [];
      drift = [];
      /** Per list, so that their union has the order the secrets were always found in. */
      secrets = { changes: /* @__PURE__ */ new Set(), deferred: /* @__PURE__ */ new Set(), drift: /* @__PURE__ */ new Set() };
      failure;
      fail(rank, error) {
        if (!(error instanceof InputError)) throw error;
        if (!this.failure || rank < this.failure.rank) this.failure = { rank, error };
      }
      header(formatVersion, toolVersion) {
        this.formatVersion = formatVersion;
        this.toolVersion = toolVersion;
      }
      setVariables(variables) {
        this.variables = variables;
      }
      setConfiguration(configuration) {
        this.configuration = configuration;
      }
      /** A resource of prior state (only its address and depends_on are read), in prior state's module order. */
      addStateResource(resource) {
        this.stateResources.push(resource);
      }
      /** A top-level list's value: the elements when it is an array; missing or null is empty, anything else bad input. */
      list(key3, value) {
        if (Array.isArray(value)) return value;
        if (value !== void 0 && value !== null) this.fail(RANK.list[key3], new InputError(this.source.path, `"${key3}" is not an array`));
        return [];
      }
      /**
       * One resource_changes element. `whole` keeps every change as read; `cut` keeps a plain no-op cut down
       * (unchanged.ts); `plain-no-op-only` takes an element partly cut down (element.ts), and only if it reads as a
       * plain no-op: otherwise (also on an error) it returns false, and the caller gives the whole element instead.
       */
      addResourceChange(rc, index, keep = "whole") {
        const where = `resource_changes[${index}]`;
        try {
          if (keep !== "whole") {
            const cut = readChange(cutDownElement(rc), where, this.source);
            if (cut.action === "no-op") {
              collectChangeSecrets(rc, this.secrets.changes);
              this.changes.push(cut);
              return true;
            }
            if (keep === "plain-no-op-only") return false;
          }
          this.changes.push(readChange(rc, where, this.source));
          collectChangeSecrets(rc, this.secrets.changes);
        } catch (error) {
          if (keep === "plain-no-op-only") return false;
          this.fail(RANK.change, error);
        }
        return true;
      }
      addDeferredChange(entry, index) {
        if (!isRecord5(entry)) {
          this.fail(RANK.deferredShape, new InputError(this.source.path, `deferred_changes[${index}] is not an object`));
          return;
        }
        const rc = entry["resource_change"];
        const reason = typeof entry["reason"] === "string" ? entry["reason"] : "unknown";
        try {
          this.deferred.push(readChange(rc, `deferred_changes[${index}].resource_change`, this.source, reason));
          collectChangeSecrets(rc, this.secrets.deferred);
        } catch (error) {
          this.fail(RANK.deferred, error);
        }
      }
      addDrift(rc, index) {
        try {
          this.drift.push(readChange(rc, `resource_drift[${index}]`, this.source));
          collectChangeSecrets(rc, this.secrets.drift);
        } catch (error) {
          this.fail(RANK.drift, error);
        }
      }
      /** The input, or the first problem found. The caller has checked that the document is a plan. */
      finish() {
        const { source } = this;
        const formatVersion = typeof this.formatVersion === "string" ? this.formatVersion : void 0;
        if (formatVersion !== void 0) {
          const major = Number(formatVersion.split(".")[0]);
          if (!Number.isInteger(major) || major > SUPPORTED_MAJOR) {
            throw new InputError(source.path, `unsupported plan format_version "${formatVersion}" (supported: 0.1 to 1.x)`);
          }
        }
        if (this.failure) throw this.failure.error;
        const config = readConfiguration(this.configuration, this.stateResources);
        const secrets = /* @__PURE__ */ new Set([...this.secrets.changes, ...this.secrets.deferred, ...this.secrets.drift]);
        const variables = this.variables;
        if (isRecord5(variables)) {
          for (const name of config.sensitiveVariables) {
            const v = variables[name];
            collectSensitive(isRecord5(v) ? v["value"] : void 0, true, secrets);
          }
        }
        const changes = [...this.changes, ...this.deferred];
        if (secrets.size > 0) {
          const redact = secretRedactor(secrets);
          for (const change of [...changes, ...this.drift]) {
            change.before = redact(change.before);
            change.after = redact(change.after);
          }
        }
        const signals = [];
        if (isRecord5(variables)) {
          for (const [key3, v] of Object.entries(variables)) {
            if (config.sensitiveVariables.has(key3) || !isRecord5(v) || typeof v["value"] !== "string" || secrets.has(v["value"])) continue;
            signals.push({ kind: "variable", key: key3, value: v["value"] });
          }
        }
        return {
          source,
          ...formatVersion !== void 0 ? { formatVersion } : {},
          ...typeof this.toolVersion === "string" ? { toolVersion: this.toolVersion } : {},
          changes,
          drift: this.drift,
          references: config.references,
          signals
        };
      }
    };
  }
});

// src/sources/terraform/plan.ts
function isRecord6(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function looksLikeTerraformPlan(doc) {
  if (!isRecord6(doc)) return false;
  return Array.isArray(doc["resource_changes"]) || isRecord6(doc["planned_values"]) || Array.isArray(doc["resource_drift"]) || typeof doc["format_version"] === "string" && isRecord6(doc["configuration"]);
}
function readTerraformPlan(doc, source) {
  if (!isRecord6(doc) || !looksLikeTerraformPlan(doc)) {
    throw new InputError(source.path, "not a Terraform plan (expected the output of `terraform show -json PLANFILE`)");
  }
  const plan = new PlanAssembly(source);
  plan.header(doc["format_version"], doc["terraform_version"]);
  plan.list("resource_changes", doc["resource_changes"]).forEach((rc, i) => plan.addResourceChange(rc, i));
  plan.list("deferred_changes", doc["deferred_changes"]).forEach((d, i) => plan.addDeferredChange(d, i));
  plan.list("resource_drift", doc["resource_drift"]).forEach((rc, i) => plan.addDrift(rc, i));
  plan.setVariables(doc["variables"]);
  plan.setConfiguration(doc["configuration"]);
  for (const resource of priorStateResources(doc["prior_state"])) plan.addStateResource(resource);
  return plan.finish();
}
var init_plan = __esm({
  "src/sources/terraform/plan.ts"() {
    "use strict";
    init_errors();
    init_assemble();
    init_config();
  }
});

// src/sources/terraform/scan.ts
function describeByte(c) {
  return c >= 33 && c <= 126 ? `"${String.fromCharCode(c)}"` : `byte 0x${c.toString(16).padStart(2, "0")}`;
}
var JsonSyntaxError, QUOTE, BACKSLASH, COMMA, COLON, OPEN_OBJECT, CLOSE_OBJECT, OPEN_ARRAY, CLOSE_ARRAY, MINUS, PLUS, DOT, ZERO, NINE, TRUE, FALSE, NULL, VALUE, VALUE_OR_CLOSE, KEY, KEY_OR_CLOSE, COLON_STATE, AFTER, STRING, ESCAPE, UNICODE, LITERAL, NUMBER_SIGN, NUMBER_DOT, NUMBER_E, NUMBER_EXP_SIGN, NUMBER_END, NUMBER_ZERO, NUMBER_INT, NUMBER_FRAC, NUMBER_EXP, DONE, isDigit, isSpace, isHex, ESCAPES, JsonCursor;
var init_scan = __esm({
  "src/sources/terraform/scan.ts"() {
    "use strict";
    JsonSyntaxError = class extends Error {
      constructor(offset, truncated, message) {
        super(message);
        this.offset = offset;
        this.truncated = truncated;
        this.name = "JsonSyntaxError";
      }
      offset;
      truncated;
    };
    QUOTE = 34;
    BACKSLASH = 92;
    COMMA = 44;
    COLON = 58;
    OPEN_OBJECT = 123;
    CLOSE_OBJECT = 125;
    OPEN_ARRAY = 91;
    CLOSE_ARRAY = 93;
    MINUS = 45;
    PLUS = 43;
    DOT = 46;
    ZERO = 48;
    NINE = 57;
    TRUE = Buffer.from("true");
    FALSE = Buffer.from("false");
    NULL = Buffer.from("null");
    VALUE = 0;
    VALUE_OR_CLOSE = 1;
    KEY = 2;
    KEY_OR_CLOSE = 3;
    COLON_STATE = 4;
    AFTER = 5;
    STRING = 6;
    ESCAPE = 7;
    UNICODE = 8;
    LITERAL = 9;
    NUMBER_SIGN = 10;
    NUMBER_DOT = 11;
    NUMBER_E = 12;
    NUMBER_EXP_SIGN = 13;
    NUMBER_END = 14;
    NUMBER_ZERO = 14;
    NUMBER_INT = 15;
    NUMBER_FRAC = 16;
    NUMBER_EXP = 17;
    DONE = 18;
    isDigit = (c) => c >= ZERO && c <= NINE;
    isSpace = (c) => c === 32 || c === 10 || c === 13 || c === 9;
    isHex = (c) => isDigit(c) || c >= 65 && c <= 70 || c >= 97 && c <= 102;
    ESCAPES = /* @__PURE__ */ new Set([QUOTE, BACKSLASH, 47, 98, 102, 110, 114, 116, 117]);
    JsonCursor = class {
      constructor(read, bufferSize = 1 << 21) {
        this.read = read;
        this.buf = Buffer.allocUnsafe(bufferSize);
      }
      read;
      buf;
      /** Index of the next unread byte in buf. */
      pos = 0;
      /** Bytes of buf that hold input. */
      end = 0;
      /** Input offset of buf[0]. */
      base = 0;
      /** Input offset from which bytes must stay in the buffer, or -1. */
      pinned = -1;
      atEnd = false;
      keyFrom = 0;
      keyTo = 0;
      keyEscaped = false;
      /** The key being read must stay in the buffer until its value starts. */
      holdingKey = false;
      /** Container kinds of skipValue, one byte per level. */
      stack = new Uint8Array(64);
      /** Input offset of the next unread byte. */
      get offset() {
        return this.base + this.pos;
      }
      /** Keeps the bytes from input offset `at` on in the buffer until unpin (at most one pin at a time). */
      pin(at) {
        this.pinned = at;
      }
      unpin() {
        this.pinned = -1;
      }
      /** The input between two offsets inside the pinned region, as text. */
      text(from, to) {
        return this.buf.toString("utf8", from - this.base, to - this.base);
      }
      /** True when the pinned bytes between two offsets contain `needle`. */
      includes(from, to, needle) {
        return this.buf.subarray(from - this.base, to - this.base).includes(needle);
      }
      /** Reads more input, keeping the pinned bytes (or the unread ones); false at the end of the input. */
      more() {
        if (this.atEnd) return false;
        let keep = this.pinned >= 0 ? Math.min(this.pinned - this.base, this.pos) : this.pos;
        if (this.holdingKey) keep = Math.min(keep, this.keyFrom - this.base);
        if (keep > 0) {
          this.buf.copyWithin(0, keep, this.end);
          this.base += keep;
          this.end -= keep;
          this.pos -= keep;
        }
        if (this.end === this.buf.length) {
          const bigger = Buffer.allocUnsafe(this.buf.length * 2);
          this.buf.copy(bigger, 0, 0, this.end);
          this.buf = bigger;
        }
        const n = this.read(this.buf, this.end, this.buf.length - this.end, this.base + this.end);
        if (n === 0) {
          this.atEnd = true;
          return false;
        }
        this.end += n;
        return true;
      }
      unexpected() {
        if (this.pos >= this.end) throw new JsonSyntaxError(this.offset, true, `the input stops at byte ${this.offset}`);
        const c = this.buf[this.pos];
        throw new JsonSyntaxError(this.offset, false, `unexpected ${describeByte(c)} at byte ${this.offset}`);
      }
      /** Skips whitespace; the next byte without consuming it, or -1 at the end of the input. */
      peek() {
        for (; ; ) {
          const { buf, end } = this;
          let i = this.pos;
          while (i < end && isSpace(buf[i])) i++;
          this.pos = i;
          if (i < end) return buf[i];
          if (!this.more()) return -1;
        }
      }
      /** Like peek, but the end of the input is an error. */
      next() {
        const c = this.peek();
        if (c < 0) this.unexpected();
        return c;
      }
      expect(c) {
        if (this.next() !== c) this.unexpected();
        this.pos++;
      }
      /** Skips a string from its opening quote, checking escapes and control characters; true if it had escapes. */
      skipString() {
        this.pos++;
        let escaped = false;
        for (; ; ) {
          const { buf, end } = this;
          let i = this.pos;
          let c = 0;
          while (i < end && (c = buf[i]) !== QUOTE && c !== BACKSLASH && c >= 32) i++;
          this.pos = i;
          if (i === end) {
            if (!this.more()) this.unexpected();
            continue;
          }
          if (c === QUOTE) {
            this.pos++;
            return escaped;
          }
          if (c < 32) this.unexpected();
          escaped = true;
          this.pos++;
          const e = this.byte();
          if (!ESCAPES.has(e)) this.unexpected();
          this.pos++;
          if (e === 117) {
            for (let k = 0; k < 4; k++) {
              if (!isHex(this.byte())) this.unexpected();
              this.pos++;
            }
          }
        }
      }
      /** The byte at pos, reading more if needed; the end of the input is an error. */
      byte() {
        if (this.pos >= this.end && !this.more()) this.unexpected();
        return this.buf[this.pos];
      }
      /**
       * Skips the next value whole, validating it, without building anything. One loop over the bytes with the state
       * in locals: most of a big plan goes through here, so it must run at memory speed. Each state first tries the
       * bytes compact JSON has there, whitespace last.
       */
      skipValue() {
        let { buf, end } = this;
        let i = this.pos;
        let state = VALUE;
        let depth = 0;
        let stack = this.stack;
        let keyString = false;
        let literal = TRUE;
        let literalAt = 0;
        let hexLeft = 0;
        for (; ; ) {
          if (i >= end) {
            this.pos = i;
            if (!this.more()) {
              if (depth === 0 && state >= NUMBER_END) return;
              this.unexpected();
            }
            ({ buf, end } = this);
            i = this.pos;
          }
          let c = buf[i];
          switch (state) {
            case STRING:
              while (c !== QUOTE && c !== BACKSLASH && c >= 32 && ++i < end) c = buf[i];
              if (i >= end) continue;
              i++;
              if (c === QUOTE) {
                state = keyString ? COLON_STATE : depth > 0 ? AFTER : DONE;
                if (state === DONE) break;
                continue;
              }
              if (c === BACKSLASH) {
                state = ESCAPE;
                continue;
              }
              i--;
              break;
            case COLON_STATE:
              if (c === COLON) {
                i++;
                state = VALUE;
                continue;
              }
              if (!isSpace(c)) break;
              i++;
              continue;
            case AFTER: {
              const open = stack[depth - 1];
              i++;
              if (c === COMMA) {
                state = open === OPEN_OBJECT ? KEY : VALUE;
                continue;
              }
              if (c === CLOSE_OBJECT && open === OPEN_OBJECT || c === CLOSE_ARRAY && open === OPEN_ARRAY) {
                if (--depth > 0) continue;
                state = DONE;
                break;
              }
              if (isSpace(c)) continue;
              i--;
              break;
            }
            case KEY_OR_CLOSE:
            case KEY:
              i++;
              if (c === QUOTE) {
                keyString = true;
                state = STRING;
                continue;
              }
              if (c === CLOSE_OBJECT && state === KEY_OR_CLOSE) {
                state = --depth > 0 ? AFTER : DONE;
                if (state === DONE) break;
                continue;
              }
              if (isSpace(c)) continue;
              i--;
              break;
            case VALUE_OR_CLOSE:
            case VALUE:
              i++;
              if (c === QUOTE) {
                keyString = false;
                state = STRING;
                continue;
              }
              if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
                if (depth === stack.length) {
                  const deeper = new Uint8Array(depth * 2);
                  deeper.set(stack);
                  this.stack = stack = deeper;
                }
                stack[depth++] = c;
                state = c === OPEN_OBJECT ? KEY_OR_CLOSE : VALUE_OR_CLOSE;
                continue;
              }
              if (isDigit(c)) {
                state = c === ZERO ? NUMBER_ZERO : NUMBER_INT;
                continue;
              }
              if (c === MINUS) {
                state = NUMBER_SIGN;
                continue;
              }
              if (c === CLOSE_ARRAY && state === VALUE_OR_CLOSE) {
                state = --depth > 0 ? AFTER : DONE;
                if (state === DONE) break;
                continue;
              }
              if (c === 116 || c === 102 || c === 110) {
                literal = c === 116 ? TRUE : c === 102 ? FALSE : NULL;
                literalAt = 1;
                state = LITERAL;
                continue;
              }
              if (isSpace(c)) continue;
              i--;
              break;
            case ESCAPE:
              if (!ESCAPES.has(c)) break;
              i++;
              if (c === 117) {
                hexLeft = 4;
                state = UNICODE;
              } else state = STRING;
              continue;
            case UNICODE:
              if (!isHex(c)) break;
              i++;
              if (--hexLeft === 0) state = STRING;
              continue;
            case LITERAL:
              if (c !== literal[literalAt]) break;
              i++;
              if (++literalAt < literal.length) continue;
              state = depth > 0 ? AFTER : DONE;
              if (state === DONE) break;
              continue;
            case NUMBER_SIGN:
              if (!isDigit(c)) break;
              i++;
              state = c === ZERO ? NUMBER_ZERO : NUMBER_INT;
              continue;
            case NUMBER_DOT:
            case NUMBER_EXP_SIGN:
              if (!isDigit(c)) break;
              i++;
              state = state === NUMBER_DOT ? NUMBER_FRAC : NUMBER_EXP;
              continue;
            case NUMBER_E:
              if (c === PLUS || c === MINUS) state = NUMBER_EXP_SIGN;
              else if (isDigit(c)) state = NUMBER_EXP;
              else break;
              i++;
              continue;
            default:
              if (state !== NUMBER_ZERO && isDigit(c)) {
                while (++i < end && isDigit(buf[i])) ;
                continue;
              }
              if (c === DOT && state <= NUMBER_INT) {
                i++;
                state = NUMBER_DOT;
                continue;
              }
              if ((c === 101 || c === 69) && state <= NUMBER_FRAC) {
                i++;
                state = NUMBER_E;
                continue;
              }
              state = depth > 0 ? AFTER : DONE;
              if (state === DONE) break;
              continue;
          }
          this.pos = i;
          if (state === DONE) return;
          this.unexpected();
        }
      }
      /**
       * Walks an object: for each member, `onMember` is called with the cursor at the value, and must consume it
       * (skipValue, text of a span, or a nested walk). keyName tells the member's key.
       */
      object(onMember) {
        this.expect(OPEN_OBJECT);
        if (this.next() === CLOSE_OBJECT) {
          this.pos++;
          return;
        }
        for (; ; ) {
          if (this.next() !== QUOTE) this.unexpected();
          this.keyFrom = this.offset;
          this.holdingKey = true;
          this.keyEscaped = this.skipString();
          this.keyTo = this.offset;
          this.expect(COLON);
          this.next();
          this.holdingKey = false;
          onMember();
          const c = this.next();
          this.pos++;
          if (c === CLOSE_OBJECT) return;
          if (c !== COMMA) {
            this.pos--;
            this.unexpected();
          }
        }
      }
      /** Walks an array: `onElement` is called with the cursor at each element, and must consume it. */
      array(onElement) {
        this.expect(OPEN_ARRAY);
        if (this.next() === CLOSE_ARRAY) {
          this.pos++;
          return;
        }
        for (let index = 0; ; index++) {
          onElement(index);
          const c = this.next();
          this.pos++;
          if (c === CLOSE_ARRAY) return;
          if (c !== COMMA) {
            this.pos--;
            this.unexpected();
          }
        }
      }
      /** The current member's key. Read it at the start of onMember, before consuming the value. */
      keyName() {
        const raw = this.text(this.keyFrom, this.keyTo);
        return this.keyEscaped ? JSON.parse(raw) : raw.slice(1, -1);
      }
      /** Index in `names` of the current member's key, or -1; compares bytes, decoding only keys with escapes. */
      keyIndex(names) {
        const length = this.keyTo - this.keyFrom - 2;
        const from = this.keyFrom + 1 - this.base;
        const { buf } = this;
        for (let n = 0; n < names.length; n++) {
          const name = names[n];
          if (this.keyEscaped) {
            if (this.keyName() === name.toString()) return n;
            continue;
          }
          if (name.length !== length) continue;
          let k = 0;
          while (k < length && buf[from + k] === name[k]) k++;
          if (k === length) return n;
        }
        return -1;
      }
      /**
       * Walks an object, giving only the members whose key is one of `names` to `onMatch` (with the name's index and
       * the key's offset; it must consume the value) and skipping the others: the fast way to pick a few members.
       */
      pick(names, onMatch) {
        this.object(() => {
          const n = this.keyIndex(names);
          if (n < 0) this.skipValue();
          else onMatch(n, this.keyFrom);
        });
      }
      /** The byte at an offset inside the pinned region. */
      byteAt(at) {
        return this.buf[at - this.base];
      }
      /** Goes back to an offset inside the pinned region, to walk a value there again. */
      seek(at) {
        this.pos = at - this.base;
      }
      /** Skips the next value; its input offsets, for text() while they are pinned. */
      span() {
        this.next();
        const from = this.offset;
        this.skipValue();
        return [from, this.offset];
      }
      /** The next value as text for JSON.parse (validated on the way). */
      capture() {
        this.next();
        const outer = this.pinned;
        const start = this.offset;
        if (outer < 0) this.pinned = start;
        this.skipValue();
        const text2 = this.text(start, this.offset);
        this.pinned = outer;
        return text2;
      }
      /** After the top-level value: only whitespace may follow. */
      finish() {
        if (this.peek() >= 0) this.unexpected();
      }
    };
  }
});

// src/sources/terraform/element.ts
function pickMembers(cursor, names) {
  const from = cursor.offset;
  const members2 = [];
  cursor.pick(names, (_, keyFrom) => {
    cursor.skipValue();
    members2.push([keyFrom, cursor.offset]);
  });
  return { span: [from, cursor.offset], members: members2 };
}
function readChangeShape(cursor) {
  const shape = { irregular: false };
  const seen = /* @__PURE__ */ new Set();
  cursor.pick(CHANGE_MEMBERS, (n) => {
    shape.irregular ||= seen.has(n);
    seen.add(n);
    const isObject2 = cursor.peek() === OPEN_OBJECT2;
    if (n === 0) shape.actions = cursor.span();
    else if (n === 1) shape.before = cursor.span();
    else if ((n === 2 || n === 3) && isObject2) {
      const picked = pickMembers(cursor, TAG_KEYS);
      if (n === 2) shape.after = picked;
      else shape.unknown = picked;
    } else if (n === 2 || n === 3) {
      shape.irregular ||= n === 2 || cursor.peek() !== NULL2;
      cursor.skipValue();
    } else if (n === 4) shape.beforeMask = cursor.span();
    else shape.afterMask = cursor.span();
  });
  return shape;
}
function markedKeys(mask) {
  if (mask === true) return void 0;
  if (typeof mask !== "object" || mask === null || Array.isArray(mask)) return [];
  return Object.entries(mask).filter(([, m]) => JSON.stringify(m).includes("true")).map(([k]) => key(k));
}
function repick(cursor, span, names) {
  cursor.seek(span[0]);
  return pickMembers(cursor, names).members;
}
function cutText(cursor, [from, to], shape) {
  const { actions, before, after, unknown } = shape;
  if (shape.irregular || !actions || !after) return void 0;
  const parsed = JSON.parse(cursor.text(actions[0], actions[1]));
  if (!Array.isArray(parsed) || parsed.length !== 1 || parsed[0] !== "no-op") return void 0;
  let beforeMembers = [];
  let afterMembers = after.members;
  const marked = (mask) => mask && cursor.includes(mask[0], mask[1], TRUE2) ? markedKeys(JSON.parse(cursor.text(mask[0], mask[1]))) : [];
  const beforeMarked = marked(shape.beforeMask);
  const afterMarked = marked(shape.afterMask);
  if (!beforeMarked || !afterMarked) return void 0;
  if (beforeMarked.length > 0 && before && cursor.byteAt(before[0]) === OPEN_OBJECT2) beforeMembers = repick(cursor, before, beforeMarked);
  if (afterMarked.length > 0) {
    const tagFrom = new Set(after.members.map(([a]) => a));
    afterMembers = [...after.members, ...repick(cursor, after.span, afterMarked).filter(([a]) => !tagFrom.has(a))];
  }
  cursor.seek(to);
  const object = (members2) => `{${members2.map(([a, b]) => cursor.text(a, b)).join(",")}}`;
  const cuts = [[after.span, object(afterMembers)]];
  if (unknown) cuts.push([unknown.span, object(unknown.members)]);
  if (before) cuts.push([before, beforeMembers.length > 0 ? object(beforeMembers) : "null"]);
  cuts.sort((x, y) => x[0][0] - y[0][0]);
  let text2 = "";
  let at = from;
  for (const [[a, b], replacement] of cuts) {
    text2 += cursor.text(at, a) + replacement;
    at = b;
  }
  return text2 + cursor.text(at, to);
}
function readResourceChange(cursor, plan, index) {
  const first = cursor.peek();
  const from = cursor.offset;
  cursor.pin(from);
  let shape;
  let changes = 0;
  if (first === OPEN_OBJECT2) {
    cursor.pick(CHANGE, () => {
      changes++;
      if (cursor.peek() === OPEN_OBJECT2) shape = readChangeShape(cursor);
      else cursor.skipValue();
    });
  } else cursor.skipValue();
  const span = [from, cursor.offset];
  const cut = shape && changes === 1 ? cutText(cursor, span, shape) : void 0;
  if (cut === void 0 || !plan.addResourceChange(JSON.parse(cut), index, "plain-no-op-only")) {
    plan.addResourceChange(JSON.parse(cursor.text(span[0], span[1])), index, "cut");
  }
  cursor.unpin();
}
var OPEN_OBJECT2, NULL2, TRUE2, key, CHANGE, CHANGE_MEMBERS, TAG_KEYS;
var init_element = __esm({
  "src/sources/terraform/element.ts"() {
    "use strict";
    init_unchanged();
    OPEN_OBJECT2 = 123;
    NULL2 = 110;
    TRUE2 = Buffer.from("true");
    key = (name) => Buffer.from(name);
    CHANGE = [key("change")];
    CHANGE_MEMBERS = ["actions", "before", "after", "after_unknown", "before_sensitive", "after_sensitive"].map(key);
    TAG_KEYS = TAG_ATTRIBUTES2.map(key);
  }
});

// src/sources/terraform/stream.ts
function standIn(cursor) {
  const first = cursor.peek();
  cursor.skipValue();
  if (first === OPEN_OBJECT3) return {};
  if (first === OPEN_ARRAY2) return [];
  if (first === QUOTE2) return "";
  return first === 110 ? null : first === 116 || first === 102 ? first === 116 : 0;
}
function parse(cursor) {
  return JSON.parse(cursor.capture());
}
function members(cursor, handlers) {
  if (cursor.peek() !== OPEN_OBJECT3) {
    cursor.skipValue();
    return;
  }
  const names = handlers.map(([name]) => name);
  cursor.pick(names, (n) => handlers[n]?.[1]());
}
function readStateResource(cursor) {
  if (cursor.peek() !== OPEN_OBJECT3) return standIn(cursor);
  const from = cursor.offset;
  cursor.pin(from);
  let address;
  let dependsOn;
  members(cursor, [
    [ADDRESS2, () => address = cursor.span()],
    [DEPENDS_ON, () => dependsOn = cursor.span()]
  ]);
  const resource = {};
  if (address && dependsOn) {
    resource["address"] = JSON.parse(cursor.text(address[0], address[1]));
    resource["depends_on"] = JSON.parse(cursor.text(dependsOn[0], dependsOn[1]));
  }
  cursor.unpin();
  return resource;
}
function readStateModule(cursor) {
  let own = [];
  const children = [];
  members(cursor, [
    [RESOURCES, () => own = elements(cursor, () => readStateResource(cursor))],
    [CHILD_MODULES, () => children.push(...elements(cursor, () => readStateModule(cursor)))]
  ]);
  return own.concat(...children);
}
function elements(cursor, read) {
  const out = [];
  if (cursor.peek() !== OPEN_ARRAY2) cursor.skipValue();
  else cursor.array((i) => out.push(read(i)));
  return out;
}
function readList(cursor, plan, list2) {
  if (cursor.peek() !== OPEN_ARRAY2) {
    const value = standIn(cursor);
    plan.list(list2, value);
    return value;
  }
  plan.list(list2, []);
  cursor.array((i) => {
    if (list2 === "resource_changes") readResourceChange(cursor, plan, i);
    else if (list2 === "deferred_changes") plan.addDeferredChange(parse(cursor), i);
    else plan.addDrift(parse(cursor), i);
  });
  return [];
}
function streamTerraformPlan(cursor, source) {
  const plan = new PlanAssembly(source);
  const outline = {};
  if (cursor.peek() !== OPEN_OBJECT3) {
    cursor.skipValue();
    cursor.finish();
    return void 0;
  }
  cursor.object(() => {
    const name = cursor.keyName();
    switch (name) {
      case "resource_changes":
      case "deferred_changes":
      case "resource_drift":
        outline[name] = readList(cursor, plan, name);
        break;
      case "prior_state":
        members(cursor, [[VALUES, () => members(cursor, [[ROOT_MODULE, () => readStateModule(cursor).forEach((r) => plan.addStateResource(r))]])]]);
        break;
      case "format_version":
      case "terraform_version":
      case "variables":
      case "configuration":
        outline[name] = parse(cursor);
        break;
      default:
        outline[name] = standIn(cursor);
    }
  });
  cursor.finish();
  if (!looksLikeTerraformPlan(outline)) return void 0;
  plan.header(outline["format_version"], outline["terraform_version"]);
  plan.setVariables(outline["variables"]);
  plan.setConfiguration(outline["configuration"]);
  return plan.finish();
}
var OPEN_OBJECT3, OPEN_ARRAY2, QUOTE2, key2, VALUES, ROOT_MODULE, RESOURCES, CHILD_MODULES, ADDRESS2, DEPENDS_ON;
var init_stream = __esm({
  "src/sources/terraform/stream.ts"() {
    "use strict";
    init_assemble();
    init_element();
    init_plan();
    OPEN_OBJECT3 = 123;
    OPEN_ARRAY2 = 91;
    QUOTE2 = 34;
    key2 = (name) => Buffer.from(name);
    VALUES = key2("values");
    ROOT_MODULE = key2("root_module");
    RESOURCES = key2("resources");
    CHILD_MODULES = key2("child_modules");
    ADDRESS2 = key2("address");
    DEPENDS_ON = key2("depends_on");
  }
});

// src/sources/load.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { performance } from "node:perf_hooks";
function isRecord7(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function openInput(path) {
  let fd;
  try {
    fd = openSync(path, "r");
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new InputError(path, "is a directory, not a plan file");
    return { fd, size: stat.size };
  } catch (error) {
    if (fd !== void 0) closeSync(fd);
    if (error instanceof InputError) throw error;
    const code = error.code;
    if (code === "EISDIR") throw new InputError(path, "is a directory, not a plan file");
    throw new InputError(path, code === "ENOENT" ? "no such file" : `cannot read (${code ?? String(error)})`);
  }
}
function fileReader(file, path, onProgress) {
  return (buffer, offset, length, position) => {
    let n;
    try {
      n = readSync(file.fd, buffer, offset, length, position);
    } catch (error) {
      throw new InputError(path, `cannot read (${error.code ?? String(error)})`);
    }
    onProgress?.(position + n, file.size);
    return n;
  };
}
function lineAndColumn(read, offset) {
  const chunk = Buffer.allocUnsafe(1 << 20);
  let line = 1;
  let lineStart = 0;
  for (let at = 0; at < offset; ) {
    const n = read(chunk, 0, Math.min(chunk.length, offset - at), at);
    if (n === 0) break;
    for (let i = chunk.indexOf(10); i >= 0 && i < n; i = chunk.indexOf(10, i + 1)) {
      line++;
      lineStart = at + i + 1;
    }
    at += n;
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}
function jsonError(path, error, read) {
  if (error.truncated) return new InputError(path, `is not complete JSON (truncated?): ${error.message}`);
  return new InputError(path, `is not valid JSON: ${error.message} (${lineAndColumn(read, error.offset)})`);
}
function withCursor(path, read, scan, locate = read, bufferSize) {
  try {
    const cursor = new JsonCursor(read, bufferSize);
    if (cursor.peek() < 0) throw new InputError(path, "is empty");
    return scan(cursor);
  } catch (error) {
    if (error instanceof JsonSyntaxError) throw jsonError(path, error, locate);
    throw error;
  }
}
function readWhole(file, path, onProgress) {
  const read = fileReader(file, path);
  let bytes;
  let filled = 0;
  let text2;
  try {
    bytes = Buffer.allocUnsafe(file.size);
    for (let n; filled < file.size && (n = read(bytes, filled, file.size - filled, filled)) > 0; ) filled += n;
    text2 = bytes.toString("utf8", 0, filled);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(path, `is too big (${file.size} bytes) to read whole; only Terraform plans are read in parts`);
  }
  onProgress?.(filled, file.size);
  if (text2.trim() === "") throw new InputError(path, "is empty");
  try {
    return JSON.parse(text2);
  } catch (error) {
    const memory = (buffer, offset, length, position) => bytes.copy(buffer, offset, position, Math.min(filled, position + length));
    withCursor(path, memory, (cursor) => {
      cursor.skipValue();
      cursor.finish();
    });
    throw new InputError(path, `is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}
function parseJsonFile(path) {
  const file = openInput(path);
  try {
    return readWhole(file, path);
  } finally {
    closeSync(file.fd);
  }
}
function readDocument(doc, source) {
  const { path } = source;
  if (looksLikeTerraformPlan(doc)) return readTerraformPlan(doc, source);
  if (isRecord7(doc) && Array.isArray(doc["Changes"]) && "ChangeSetId" in doc) {
    throw new InputError(path, "CloudFormation change sets are not supported yet");
  }
  if (isRecord7(doc) && isRecord7(doc["values"]) && !("planned_values" in doc)) {
    throw new InputError(path, "is Terraform state, not a plan (run `terraform show -json PLANFILE`)");
  }
  throw new InputError(path, "is JSON but not a Terraform plan (expected the output of `terraform show -json PLANFILE`)");
}
function readPlan(path, options = {}) {
  const started = performance.now();
  const source = { path, format: "terraform-plan" };
  const file = openInput(path);
  try {
    const stream = options.stream ?? file.size >= STREAM_FROM_BYTES;
    const streamed = stream ? withCursor(path, fileReader(file, path, options.onProgress), (cursor) => streamTerraformPlan(cursor, source), fileReader(file, path), options.bufferSize) : void 0;
    const input = streamed ?? readDocument(readWhole(file, path, options.onProgress), source);
    return { input, bytes: file.size, durationMs: performance.now() - started };
  } finally {
    closeSync(file.fd);
  }
}
function readPlanFile(path) {
  return readPlan(path).input;
}
var STREAM_FROM_BYTES;
var init_load2 = __esm({
  "src/sources/load.ts"() {
    "use strict";
    init_errors();
    init_plan();
    init_scan();
    init_stream();
    STREAM_FROM_BYTES = 8 * 1024 * 1024;
  }
});

// schema/report.schema.json
var report_schema_default;
var init_report_schema = __esm({
  "schema/report.schema.json"() {
    report_schema_default = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "https://github.com/blastgate/blastgate/schema/report.schema.json",
      title: "Blastgate report, schemaVersion 1",
      description: "Written by `blastgate analyze --format json` and the Action's report-path output. Fields may be added; none is renamed within schemaVersion 1.",
      type: "object",
      required: ["schemaVersion", "verdict", "gate", "score", "provenance", "environments", "changes", "requirement"],
      properties: {
        schemaVersion: { const: 1 },
        verdict: { enum: ["pass", "warn", "review", "fail"], description: "The risk decision; approvals never change it." },
        gate: { enum: ["open", "closed", "pending"], description: "What the exit code and the status say." },
        score: { $ref: "#/definitions/score", description: "The riskiest change's score." },
        headline: { type: "string" },
        reasons: { type: "array", items: { type: "string" } },
        provenance: {
          type: "object",
          required: ["aiAuthored", "signals"],
          properties: {
            aiAuthored: { type: "boolean" },
            signals: {
              type: "array",
              items: {
                type: "object",
                required: ["kind", "detail"],
                properties: { kind: { type: "string" }, detail: { type: "string" } }
              }
            }
          }
        },
        environments: {
          type: "array",
          items: {
            type: "object",
            required: ["source", "name", "production", "because"],
            properties: {
              source: { type: "string" },
              name: { type: "string" },
              production: { type: "boolean" },
              because: { type: "string" }
            }
          }
        },
        sources: {
          type: "array",
          items: {
            type: "object",
            required: ["path", "format", "resourceChanges", "drift"],
            properties: {
              path: { type: "string" },
              format: { enum: ["terraform-plan"] },
              formatVersion: { type: "string" },
              toolVersion: { type: "string" },
              resourceChanges: { type: "integer", minimum: 0 },
              drift: { type: "integer", minimum: 0 }
            }
          }
        },
        changes: {
          type: "array",
          description: "Every change but no-ops and data-source reads.",
          items: {
            type: "object",
            required: ["address", "type", "action", "source", "environment", "score", "severity", "findings", "dependents"],
            properties: {
              address: { type: "string" },
              type: { type: "string" },
              action: { $ref: "#/definitions/action" },
              source: { type: "string" },
              environment: { type: "string" },
              score: { $ref: "#/definitions/score" },
              severity: { enum: ["none", "low", "medium", "high", "critical"] },
              findings: {
                type: "array",
                items: {
                  type: "object",
                  required: ["code", "message"],
                  properties: { code: { type: "string" }, message: { type: "string" } }
                }
              },
              dependents: { type: "integer", minimum: 0 },
              resourceClass: { enum: ["data", "foundation", "identity", "edge", "compute", "ephemeral"] },
              reasons: { type: "array", items: { type: "string" }, description: "The factors behind the score." },
              replaceOrder: { enum: ["create-before-destroy", "destroy-before-create", "unknown"] },
              causes: { type: "array", items: { type: "string" } },
              replacePaths: { type: "array", items: { type: "string" } },
              previousAddress: { type: "string" },
              retention: { enum: ["retain", "snapshot", "forget"] },
              deferred: { type: "string" },
              dependentAddresses: { type: "array", items: { type: "string" } },
              ignored: { type: "boolean" },
              gated: { type: "boolean" }
            }
          }
        },
        findings: {
          type: "array",
          description: "Findings about an input as a whole or about resources outside its changes (configuration edits, IAM broadening).",
          items: {
            type: "object",
            required: ["code", "message", "severity", "source"],
            properties: {
              code: { type: "string" },
              message: { type: "string" },
              severity: { enum: ["none", "low", "medium", "high", "critical"] },
              source: { type: "string" },
              address: { type: "string" },
              location: {
                type: "object",
                required: ["file", "line"],
                properties: { file: { type: "string" }, line: { type: "integer", minimum: 1 }, column: { type: "integer", minimum: 1 } }
              }
            }
          }
        },
        drift: {
          type: "array",
          description: "Changes made outside Terraform (resource_drift): reported apart, never caused by the PR.",
          items: {
            type: "object",
            required: ["address", "type", "action", "source"],
            properties: {
              address: { type: "string" },
              type: { type: "string" },
              action: { $ref: "#/definitions/action" },
              source: { type: "string" }
            }
          }
        },
        requirement: {
          description: "null while the gate is open by verdict; otherwise what opens it.",
          oneOf: [
            { type: "null" },
            {
              type: "object",
              required: ["approvals", "reviewers", "reason"],
              properties: {
                approvals: { type: "integer", minimum: 0 },
                reviewers: { type: "array", items: { type: "string" } },
                teams: { type: "array", items: { type: "string" } },
                reason: { type: "string" }
              }
            }
          ]
        }
      },
      definitions: {
        score: { type: "integer", minimum: 0, maximum: 100 },
        action: { enum: ["create", "update", "replace", "delete", "forget", "import", "move", "read", "no-op", "orphan"] }
      }
    };
  }
});

// src/verify/compare.ts
function isDestructive(change) {
  return change.action === "delete" || change.action === "replace";
}
function unapprovedChanges(changes, approved) {
  const byAddress = /* @__PURE__ */ new Map();
  for (const a of approved) byAddress.set(a.address, [...byAddress.get(a.address) ?? [], a]);
  const out = [];
  for (const change of changes.filter(isDestructive)) {
    const candidates = (byAddress.get(change.address) ?? []).filter((a) => a.action === change.action);
    if (candidates.length === 0) {
      const other = byAddress.get(change.address)?.[0];
      out.push({
        address: change.address,
        action: change.action,
        why: other ? `approved as ${other.action}, now ${change.action}` : `not in the approved report`
      });
      continue;
    }
    const seen = new Set(candidates.flatMap((a) => a.replacePaths));
    const unseen = change.replacePaths.filter((p) => !seen.has(p));
    if (unseen.length > 0) {
      out.push({ address: change.address, action: change.action, why: `replacement now also forced by ${unseen.join(", ")}` });
    }
  }
  return out;
}
var init_compare = __esm({
  "src/verify/compare.ts"() {
    "use strict";
  }
});

// src/verify/approved.ts
function readApprovedReport(path) {
  const doc = parseJsonFile(path);
  const validate = new import_ajv2.Ajv({ allErrors: false, strict: false }).compile(report_schema_default);
  if (!validate(doc)) {
    const error = validate.errors?.[0];
    throw new InputError(path, `is not a Blastgate report (schemaVersion 1): ${error?.instancePath || "(top level)"} ${error?.message ?? "is invalid"}`);
  }
  const changes = doc.changes;
  return changes.filter(isDestructive).map((c) => ({ address: c.address, action: c.action, replacePaths: c.replacePaths ?? [] }));
}
var import_ajv2;
var init_approved = __esm({
  "src/verify/approved.ts"() {
    "use strict";
    import_ajv2 = __toESM(require_ajv(), 1);
    init_report_schema();
    init_errors();
    init_load2();
    init_compare();
  }
});

// src/cli/main.ts
var main_exports = {};
__export(main_exports, {
  main: () => main
});
import { renameSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
function render(report, format) {
  if (format === "json") return `${JSON.stringify(toJsonReport(report), null, 2)}
`;
  if (format === "markdown") return renderMarkdown(report);
  return renderText(report);
}
function withOverride(detected, aiAuthored) {
  if (aiAuthored === void 0) return { aiAuthored: detected.aiAuthored, signals: detected.signals };
  return { aiAuthored, signals: [{ kind: "override", detail: `--ai-authored ${String(aiAuthored)}` }, ...detected.signals] };
}
function writeAtomically(path, text2) {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, text2);
    renameSync(temp, path);
  } catch (error) {
    throw new InputError(path, `cannot write the report (${error.code ?? String(error)})`);
  }
}
function verify(args) {
  const approved = readApprovedReport(args.approved);
  const changes = args.plans.map(readPlanFile).flatMap((input) => input.changes);
  const unapproved = unapprovedChanges(changes, approved);
  const destructive = changes.filter(isDestructive).length;
  if (args.format === "json") {
    process.stdout.write(`${JSON.stringify({ approved: unapproved.length === 0, destructive, unapproved }, null, 2)}
`);
  } else if (unapproved.length === 0) {
    process.stdout.write(`Blastgate verify: approved. The plan destroys or replaces ${destructive} resource(s), all within ${args.approved}.
`);
  } else {
    const lines = unapproved.map((u) => `  ${u.action.padEnd(7)} ${u.address}: ${u.why}`);
    process.stdout.write(`Blastgate verify: NOT approved. The plan destroys or replaces what the reviewers did not approve:
${lines.join("\n")}
`);
  }
  return unapproved.length === 0 ? 0 : 1;
}
function main(argv) {
  try {
    const args = parseCli(argv);
    if (args.command === "help") {
      process.stdout.write(`${USAGE}
`);
      return 0;
    }
    if (args.command === "version") {
      process.stdout.write(`${"0.1.0"}
`);
      return 0;
    }
    if (args.command === "verify") return verify(args);
    const policy = loadPolicy(args.config);
    const inputs = args.plans.map(readPlanFile);
    const detected = args.event ? readProvenanceFiles(args.event, args.commits, policy.provenance) : void 0;
    const report = analyzePlans(inputs, {
      policy,
      ...args.environment ? { environment: args.environment } : {},
      ...process.env["TF_WORKSPACE"] ? { workspace: process.env["TF_WORKSPACE"] } : {},
      ...detected ? { provenance: withOverride(detected, args.aiAuthored) } : {},
      ...args.aiAuthored !== void 0 ? { aiAuthored: args.aiAuthored, aiAuthoredBecause: `--ai-authored ${String(args.aiAuthored)}` } : {}
    });
    const text2 = render(report, args.format);
    if (args.output) writeAtomically(args.output, text2);
    else process.stdout.write(text2);
    return report.decision.gate === "open" ? 0 : 1;
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`blastgate: ${error.message}${error.file === "usage" ? " (blastgate --help shows the usage)" : ""}
`);
      return 2;
    }
    process.stderr.write(`blastgate: internal error: ${error instanceof Error ? error.message : String(error)}
`);
    return 2;
  }
}
var init_main = __esm({
  "src/cli/main.ts"() {
    "use strict";
    init_args();
    init_errors();
    init_pipeline();
    init_load();
    init_json();
    init_markdown();
    init_text();
    init_files();
    init_load2();
    init_approved();
    init_compare();
  }
});

// src/cli.ts
try {
  const { main: main2 } = await Promise.resolve().then(() => (init_main(), main_exports));
  process.exitCode = main2(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`blastgate: internal error: ${error instanceof Error ? error.message : String(error)}
`);
  process.exitCode = 2;
}
