import type { Location } from '../../model.js';

// The HCL syntax Blastgate keeps from a parse: blocks, attributes and expressions with their places.
// Nothing here knows Terraform; sources/hcl/module.ts gives the blocks their Terraform meaning.

/** A value the configuration states outright. */
export type Literal = string | number | boolean | null | Literal[] | { [key: string]: Literal };

interface ExprBase {
  /** The source text, as written. */
  text: string;
  line: number;
  /** Traversals it names, `var.x`, `aws_s3_bucket.b.id`, `module.m.out`, without index steps. */
  references: string[];
}

/** An expression: a literal, or something only Terraform can evaluate. */
export type Expr = (ExprBase & { literal: true; value: Literal }) | (ExprBase & { literal: false });

export interface Attribute {
  name: string;
  value: Expr;
  location: Location;
}

export interface Body {
  /** The last definition wins, as in Terraform's override files. */
  attributes: Map<string, Attribute>;
  blocks: Block[];
}

export interface Block extends Body {
  type: string;
  labels: string[];
  location: Location;
  /** The block's source text (a slice of the file, not a copy). */
  text: string;
}

/** One parsed file; `path` is relative to the root module's directory. */
export interface HclFile {
  path: string;
  body: Body;
}
