"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";

/** What one uploader holds that the form has not got yet. */
export type UploaderReport = {
  /** Files being sent right now. */
  running: number;
  /** Picked files that are not uploaded and not running: failed, cancelled or refused. */
  stuck: number;
};

type Registry = { report: (id: string, state: UploaderReport | null) => void };

const FormUploadsContext = createContext<Registry | null>(null);

export type FormUploads = {
  /** Hand to <FormUploadsScope> around the form's uploaders. */
  registry: Registry;
  running: number;
  stuck: number;
  /** Save pressed while uploads run: how many the form is waiting for (0 when not waiting). */
  waitingFor: number;
  /** Save pressed with a picked file that did not upload. */
  blocked: boolean;
  /**
   * Call first in Save: waits for running uploads to finish (their pictures
   * are then in the form), and answers false when a picked file did not
   * upload, so it is never dropped silently.
   */
  settle: () => Promise<boolean>;
};

/**
 * Collects the state of every Uploader inside one form, so that the form's
 * Save can wait for running uploads and refuse while a picked file failed.
 */
export function useFormUploads(): FormUploads {
  const [reports, setReports] = useState<Record<string, UploaderReport>>({});
  const [waitingFor, setWaitingFor] = useState(0);
  const [blocked, setBlocked] = useState(false);
  const waiters = useRef<(() => void)[]>([]);
  const latest = useRef(reports);

  const running = Object.values(reports).reduce((sum, report) => sum + report.running, 0);
  const stuck = Object.values(reports).reduce((sum, report) => sum + report.stuck, 0);

  useEffect(() => {
    latest.current = reports;
    if (running === 0 && waiters.current.length > 0) {
      const done = waiters.current;
      waiters.current = [];
      done.forEach((resolve) => resolve());
    }
  }, [reports, running]);

  const registry = useMemo<Registry>(
    () => ({
      report: (id, state) =>
        setReports((current) => {
          if (state === null) {
            if (!(id in current)) return current;
            const next = { ...current };
            delete next[id];
            return next;
          }
          const previous = current[id];
          if (previous && previous.running === state.running && previous.stuck === state.stuck) return current;
          return { ...current, [id]: state };
        }),
    }),
    [],
  );

  const settle = useCallback(async () => {
    const count = (key: keyof UploaderReport) => Object.values(latest.current).reduce((sum, report) => sum + report[key], 0);
    const pending = count("running");
    if (pending > 0) {
      setWaitingFor(pending);
      await new Promise<void>((resolve) => waiters.current.push(resolve));
      setWaitingFor(0);
    }
    const ok = count("stuck") === 0;
    setBlocked(!ok);
    if (!ok) document.querySelector<HTMLElement>("[data-upload-stuck] button")?.focus();
    return ok;
  }, []);

  return { registry, running, stuck, waitingFor, blocked: blocked && stuck > 0, settle };
}

/** Makes the uploaders inside report to the form's `useFormUploads()`. */
export function FormUploadsScope({ uploads, children }: { uploads: FormUploads; children: React.ReactNode }) {
  return <FormUploadsContext.Provider value={uploads.registry}>{children}</FormUploadsContext.Provider>;
}

/** For an Uploader: tells the enclosing form what it still holds (nothing when outside a form that tracks uploads). */
export function useReportUploads(id: string, state: UploaderReport): void {
  const registry = useContext(FormUploadsContext);
  const { running, stuck } = state;
  useEffect(() => {
    registry?.report(id, { running, stuck });
  }, [registry, id, running, stuck]);
  useEffect(() => () => registry?.report(id, null), [registry, id]);
}
