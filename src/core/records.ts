/**
 * The objects the engine makes by the thousand and hands out: the table's indicators and the issues found in it.
 * Each is a class rather than an object literal, for speed alone. The fields are the interface's, in the order the
 * literal had them, so a record serialises and compares as the plain object did.
 *
 * V8 tracks the allocation site of every object literal. Seeing all of a site's objects outlive the young generation
 * (they are the result), it switches the site to allocating in the old one ("pretenuring"): each young number then
 * stored in such an object costs a write barrier, and the switch throws away the reader's optimised code. An object
 * built by a constructor has no such site. Measured on the bench's 20,000 rows: about a tenth of the engine's time.
 */
import type {
  Band,
  Breakdown,
  Direction,
  Fix,
  Indicator,
  Issue,
  Measure,
  Pace,
  Severity,
  Status,
  Target,
} from "./types";

export class IndicatorRecord implements Indicator {
  declare change?: Indicator["change"];
  constructor(
    public row: number,
    public number: string,
    public name: string,
    public unit: string,
    public group: string | null,
    public lead: string | null,
    public target: Target | null,
    public plan: number | null,
    public actual: number | null,
    public statedPercent: number | null,
    public statedStatus: Status | null,
    public direction: Direction,
    public attainment: number | null,
    public overPlan: number | null,
    public status: Status,
    public measure: Measure,
    public band: Band,
    public pace: Pace | null,
    public gapPoints: number | null,
    public breakdowns: Breakdown[],
    // Most plans read from a file have a format that fixes their decimals ("#,##0"), so every indicator has the
    // field, undefined where none does, rather than most taking another shape as it is added. `change`, of a few
    // yearly targets, is added to those.
    public planDecimals: number | undefined,
  ) {}
}

export class IssueRecord implements Issue {
  constructor(
    public code: string,
    public severity: Severity,
    public cell: string,
    public row: number,
    public col: number,
    public messageKey: string,
    public params: Record<string, string | number>,
    // Every issue has the field, undefined where there is no fix (JSON leaves it out), rather than the few with one
    // taking another shape as it is added.
    public fix: Fix | undefined,
  ) {}
}

/** A fix's fields in the order the issue's fix always had them: the rule's own, then where it goes. */
export class FixRecord implements Fix {
  constructor(
    public value: number,
    public format: string | undefined,
    public before: string,
    public cell: string,
    public row: number,
    public col: number,
  ) {}
}
