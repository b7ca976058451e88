// Prisma's schema engine (the migrations half of the CLI) as WebAssembly, so
// migrations need no native engine download. Node-only: scripts and tests.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  mockMigrationAwareAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";

export type { SchemaEngine };

type PrismaPgAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;

// Timers the engine has scheduled and not yet run; cleared once no engine is in use.
const pendingTimers = new Set<NodeJS.Timeout>();
let enginesInUse = 0;
let loading: Promise<void> | undefined;

/** Instantiates the wasm module once per process (the glue keeps it in a module variable). */
function loadEngine(): Promise<void> {
  loading ??= (async () => {
    // Without a registry a Rust panic surfaces only as "reading 'set_message'".
    const registry = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } };
    registry.PRISMA_WASM_PANIC_REGISTRY ??= {
      set_message(message: string) {
        console.error(`Prisma schema engine panicked: ${message}`);
      },
    };

    // The .wasm is not in the package's exports map: find it beside the glue.
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = readFileSync(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));

    const imports: Record<string, unknown> = { ...glue };
    for (const name of Object.keys(imports).filter((key) => key.startsWith("__wbg_setTimeout_"))) {
      imports[name] = (callback: () => void, ms: number) => {
        const timer = setTimeout(() => {
          pendingTimers.delete(timer);
          callback();
        }, ms >>> 0);
        pendingTimers.add(timer);
        return timer;
      };
    }

    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": imports as WebAssembly.ModuleImports,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return loading;
}

/**
 * Even a database-less diff makes the engine open a connection and probe the
 * server version once. Offline, answer that probe (as the PostgreSQL 18 we run)
 * and refuse everything else.
 */
function offlineAdapterFactory(): SqlMigrationAwareDriverAdapterFactory {
  const factory = mockMigrationAwareAdapterFactory("postgres");
  const offline = () => Promise.reject(new Error("This schema engine has no database connection."));
  const connect = async () => {
    const adapter = await factory.connect();
    adapter.queryRaw = async (query) => {
      if (!query.sql.includes("version()")) return offline();
      return {
        columnNames: ["exists", "version", "numeric_version"],
        columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
        rows: [[true, "PostgreSQL 18.4", 180004]],
      };
    };
    adapter.dispose = async () => {};
    return adapter;
  };
  return { ...factory, connect, connectToShadowDb: offline };
}

/** A pg adapter factory that records the adapters it opens so they can be disposed. */
function trackedPgFactory(url: string, opened: SqlDriverAdapter[]): SqlMigrationAwareDriverAdapterFactory {
  const pg = new PrismaPg({ connectionString: url });
  const track = <A extends PrismaPgAdapter>(adapter: A): A => {
    // Ending a pg pool twice throws, and the engine may dispose some itself.
    const dispose = adapter.dispose.bind(adapter);
    let disposed: Promise<void> | undefined;
    adapter.dispose = () => (disposed ??= dispose());
    // adapter-pg 7.10.1 splits scripts on every ";" and runs the pieces in
    // autocommit: that breaks semicolons in strings or function bodies and
    // leaves a failed migration half-applied. One simple-protocol query runs
    // the script as a single implicit transaction, as Prisma's native engine does.
    adapter.executeScript = async (script: string) => {
      try {
        await adapter.underlyingDriver().query(script);
      } catch (error) {
        (adapter as unknown as { onError(error: unknown): never }).onError(error);
      }
    };
    opened.push(adapter);
    return adapter;
  };
  const connect = pg.connect.bind(pg);
  const connectToShadowDb = pg.connectToShadowDb.bind(pg);
  pg.connect = async () => track(await connect());
  pg.connectToShadowDb = async () => track(await connectToShadowDb());
  return pg;
}

/**
 * Runs `fn` with a schema engine connected to `url` through the pg driver
 * adapter (or offline when `url` is null, enough for datamodel diffs), and
 * always frees the engine, its pools and its timers so the process can exit.
 * JS errors raised inside the adapter reach us as "External error id#N":
 * those are swapped for the original error.
 */
export async function withSchemaEngine<T>(url: string | null, fn: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  await loadEngine();
  const opened: SqlDriverAdapter[] = [];
  const factory = bindMigrationAwareSqlAdapterFactory(url ? trackedPgFactory(url, opened) : offlineAdapterFactory());
  const log = (line: string) => {
    if (process.env.DEBUG_SCHEMA_ENGINE) console.error(line);
  };

  enginesInUse++;
  let engine: SchemaEngine | undefined;
  try {
    engine = await glue.SchemaEngine.new({ datamodels: undefined }, log, factory);
    return await fn(engine);
  } catch (error) {
    const id = error instanceof Error ? /External error id#(\d+)/.exec(error.message)?.[1] : undefined;
    const original = id === undefined ? undefined : factory.errorRegistry.consumeError(Number(id))?.error;
    throw original ?? error;
  } finally {
    engine?.free();
    await Promise.allSettled(opened.map((adapter) => adapter.dispose()));
    if (--enginesInUse === 0) {
      for (const timer of pendingTimers) clearTimeout(timer);
      pendingTimers.clear();
    }
  }
}
