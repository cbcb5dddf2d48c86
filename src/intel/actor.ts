/** Who is acting and why: every audit record names both (Directive 2016/680 Art. 25). */
export interface Actor {
  readonly user: string;
  /** Overrides the case purpose as the justification of what this actor does. */
  readonly justification?: string;
}
