import type { ResourceClass } from '../model.js';

/** What one resource type is, and what destroying it costs. */
export interface CatalogEntry {
  class: ResourceClass;
  /** 0..1: how much data that cannot come back is lost when the resource is destroyed. */
  dataLoss: number;
  /** 0..1: how much stops working while it is gone or being replaced (before counting dependents). */
  outage: number;
  /** A short noun phrase for people: "relational database instance". */
  what: string;
  /** Attributes that name the real-world object; equal values on a delete and a create mean a rename. */
  identity?: string[];
  /** Replacing it rotates a credential or key material that others hold. */
  credential?: boolean;
}

export interface CatalogMatch {
  entry: CatalogEntry;
  /** `exact`: the type is in the table; `name`: classed from words in its name (conservative). */
  matched: 'exact' | 'name';
}
