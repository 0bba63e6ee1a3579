/**
 * The base of every fake proxy, mirroring `OfficeExtension.ClientObject`: a proxy names an object lazily,
 * binds to it when a sync first needs it, queues loads and writes, and throws PropertyNotLoaded when a
 * property is read before it was loaded and synced.
 */
import { fail, FakeOfficeError } from "./errors";
import { payloadBytes, type FakeRequestContext } from "./context";

type LoadSpec = string | string[] | { select?: string | string[]; expand?: string | string[] } | undefined;

export function loadPaths(spec: LoadSpec): string[] {
  const list = (value: string | string[] | undefined): string[] =>
    value === undefined ? [] : (Array.isArray(value) ? value : value.split(",")).map((s) => s.trim()).filter(Boolean);
  if (spec === undefined) return [];
  if (typeof spec === "string" || Array.isArray(spec)) return list(spec);
  return [...list(spec.select), ...list(spec.expand)];
}

/** Groups "a/b/c" paths by their first segment: `{ a: ["b/c"] }`; a bare name maps to []. */
export function groupPaths(paths: string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const path of paths) {
    const [head = "", ...rest] = path.split("/");
    const list = groups.get(head) ?? [];
    if (rest.length > 0) list.push(rest.join("/"));
    groups.set(head, list);
  }
  return groups;
}

export abstract class FakeClientObject<T> {
  private binding: { value: T | null } | null = null;
  private readonly loadedValues = new Map<string, unknown>();
  private nullState: boolean | undefined;
  private readonly children = new Map<string, unknown>();

  constructor(
    readonly context: FakeRequestContext,
    protected readonly resolver: () => T | null,
    private readonly orNull = false,
  ) {
    if (orNull) context.watchNull(this);
  }

  /** Scalar properties loaded by a bare `load()`. */
  abstract scalarNames(): string[];

  /** The current value of a scalar property of the bound object: a copy, never live model state. */
  protected abstract read(target: T, name: string): unknown;

  /** A navigation property (e.g. `format`, `protection`), for load paths such as "format/fill/color". */
  protected navigate(name: string): FakeClientObject<unknown> | null {
    void name;
    return null;
  }

  /** Throws when the bound object no longer exists (a deleted sheet, chart, format). */
  protected checkAlive(target: T): void {
    void target;
  }

  protected describe(): string {
    return this.constructor.name.replace(/^Fake/, "");
  }

  /** The bound object, or null for a null object; runs only inside a sync. */
  protected tryTarget(): T | null {
    if (!this.binding) {
      let value: T | null;
      try {
        value = this.resolver();
      } catch (error) {
        if (this.orNull && error instanceof FakeOfficeError && error.code === "ItemNotFound") value = null;
        else throw error;
      }
      this.binding = { value };
    }
    const value = this.binding.value;
    if (value !== null) this.checkAlive(value);
    return value;
  }

  /** The bound object; acting on a null object fails the way Excel does. */
  target(): T {
    const value = this.tryTarget();
    if (value === null) throw fail.notFound(this.describe());
    return value;
  }

  settleNull(): void {
    try {
      this.nullState = this.tryTarget() === null;
    } catch {
      this.nullState = true;
    }
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw fail.notLoaded("isNullObject");
    return this.nullState;
  }

  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec);
    this.context.enqueue(() => this.loadNow(paths.length > 0 ? paths : this.scalarNames()), payloadBytes(paths));
    return this;
  }

  loadNow(paths: string[]): void {
    const target = this.orNull ? this.tryTarget() : this.target();
    if (target === null) return;
    for (const [name, rest] of groupPaths(paths)) {
      const child = this.navigate(name);
      if (child) {
        child.loadNow(rest.length > 0 ? rest : child.scalarNames());
        continue;
      }
      if (!this.scalarNames().includes(name)) throw fail.invalidArgument(`${this.describe()}.load(${name})`);
      const value = this.read(target, name);
      this.context.stage(() => this.loadedValues.set(name, value), payloadBytes(value) + name.length + 4);
    }
  }

  /** Navigation properties return the same proxy every time, as in Office.js, so what was loaded stays readable. */
  protected child<C>(name: string, make: () => C): C {
    if (!this.children.has(name)) this.children.set(name, make());
    return this.children.get(name) as C;
  }

  protected loaded<V>(name: string): V {
    if (!this.loadedValues.has(name)) throw fail.notLoaded(name);
    return this.loadedValues.get(name) as V;
  }

  /** Queues a write; `apply` runs against the bound object at sync. */
  protected write(apply: (target: T) => void, argument?: unknown): void {
    this.context.enqueue(() => apply(this.target()), argument === undefined ? 0 : payloadBytes(argument));
  }
}

/** A collection proxy: `items` after `load("items/…")` (or a bare property list), as in Office.js. */
export abstract class FakeCollection<T, P extends FakeClientObject<T>> extends FakeClientObject<T[]> {
  private itemList: P[] | undefined;

  protected abstract wrap(item: T): P;

  scalarNames(): string[] {
    return [];
  }

  protected read(): unknown {
    return undefined;
  }

  get items(): P[] {
    if (!this.itemList) throw fail.notLoaded("items");
    return this.itemList;
  }

  /** Unlike other objects, a collection is looked up afresh at every load: items come and go. */
  override loadNow(paths: string[]): void {
    const targets = this.resolver() ?? [];
    const itemPaths = paths.flatMap((p) => (p === "items" ? [] : [p.startsWith("items/") ? p.slice(6) : p]));
    const proxies = targets.map((t) => this.wrap(t));
    for (const proxy of proxies) proxy.loadNow(itemPaths.length > 0 ? itemPaths : proxy.scalarNames());
    this.context.stage(() => (this.itemList = proxies), 8 * proxies.length);
  }
}
