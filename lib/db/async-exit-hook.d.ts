// async-exit-hook 2.0.1 ships no types; lib/db/embedded.ts uses only this.
declare module "async-exit-hook" {
  const asyncExitHook: { unhookEvent: (event: string) => void };
  export default asyncExitHook;
}
