import { z } from "zod";
import { multiInstanceProblem } from "./instances";

// Parsed once, on first use (not at import: `next build` loads modules without a database).
const optionalString = z
  .string()
  .optional()
  .transform((value) => (value && value.trim() !== "" ? value.trim() : undefined));

export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z
      .string()
      .optional()
      .refine((value) => !value || /^postgres(ql)?:\/\//.test(value), {
        message: "must be a postgresql:// connection string",
      }),
    NEXTAUTH_SECRET: optionalString,
    AUTH_SECRET: optionalString,
    NEXTAUTH_URL: optionalString.pipe(z.url({ message: "must be an absolute URL such as https://postfolio.example" }).optional()),
    STORAGE_DIR: z.string().default(".data/uploads"),
    S3_BUCKET: optionalString,
    S3_REGION: optionalString,
    S3_ENDPOINT: optionalString,
    S3_ACCESS_KEY_ID: optionalString,
    S3_SECRET_ACCESS_KEY: optionalString,
    SMTP_URL: optionalString,
    // The port this server listens on (scripts/start.ts sets it); the PDF generator prints the app's own pages through it.
    PORT: z.preprocess((value) => (value === "" ? undefined : value), z.coerce.number().int().min(1).max(65535).default(3000)),
    // How many proxies in front of the app append to X-Forwarded-For (0: none, the socket's address is the client).
    TRUSTED_PROXY_HOPS: z.preprocess((value) => (value === "" ? undefined : value), z.coerce.number().int().min(0).max(10).default(0)),
    // Reading requests scripts/serve.ts starts per event-loop iteration (scripts/serve/admission.ts): small keeps new connections and saves moving under a crowd; 0 turns the queue off.
    READS_PER_TURN: z.preprocess((value) => (value === "" ? undefined : value), z.coerce.number().int().min(0).max(1000).default(4)),
    // A Chromium for PDF downloads; else .data/chromium-path or a system Chromium (lib/pdf/chromium-path.ts).
    CHROMIUM_PATH: optionalString,
    SMTP_FROM: optionalString,
    GITHUB_ID: optionalString,
    GITHUB_SECRET: optionalString,
    GOOGLE_CLIENT_ID: optionalString,
    GOOGLE_CLIENT_SECRET: optionalString,
    LINKEDIN_CLIENT_ID: optionalString,
    LINKEDIN_CLIENT_SECRET: optionalString,
    // Several instances (README "Deploy"): Next's cache shared through Redis, and how many instances run.
    REDIS_URL: optionalString,
    REDIS_KEY_PREFIX: optionalString,
    POSTFOLIO_INSTANCES: optionalString,
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== "production") return;
    if (!env.DATABASE_URL) {
      ctx.addIssue({ code: "custom", path: ["DATABASE_URL"], message: "is required in production" });
    }
    const secret = env.NEXTAUTH_SECRET ?? env.AUTH_SECRET;
    if (!secret || secret.length < 32) {
      ctx.addIssue({
        code: "custom",
        path: ["NEXTAUTH_SECRET"],
        message: "is required in production (at least 32 characters; `openssl rand -base64 32`)",
      });
    }
    const instances = multiInstanceProblem({
      POSTFOLIO_INSTANCES: env.POSTFOLIO_INSTANCES,
      S3_BUCKET: env.S3_BUCKET,
      DATABASE_URL: env.DATABASE_URL,
      REDIS_URL: env.REDIS_URL,
    });
    if (instances) ctx.addIssue({ code: "custom", path: ["POSTFOLIO_INSTANCES"], message: instances });
  })
  .transform((env) => ({ ...env, authSecret: env.NEXTAUTH_SECRET ?? env.AUTH_SECRET }));

export type Env = z.output<typeof envSchema>;

/** Parses an environment, throwing one message that names every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join(".") || "environment"} ${issue.message}`);
  throw new Error(`Invalid environment:\n${lines.join("\n")}`);
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
