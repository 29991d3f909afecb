/**
 * The dialog's reading state: the chosen file, what the user set (the map, bin width,
 * time zone, date order), the read under way with its progress, and the last outcome.
 * Every change of a setting reads the file again in a new worker (a read under way is
 * cancelled first): the fits always match what the dialog shows.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { DEFAULT_TIME_ZONE, type LogMap } from '../../calibrate/logs/index.ts';
import type { Blueprint } from '../../model/index.ts';
import {
  type CalibrationHandle,
  type CalibrationRunOutcome,
  startCalibration,
} from './calibrationClient.ts';
import { mapOfRead } from './mapDraft.ts';
import { ProgressFeed } from './progressFeed.ts';
import type { CalibrationRequest } from './workerApi.ts';

export const BIN_CHOICES = [15, 30, 60] as const;

export interface CalibrationRun {
  file: File | null;
  request: CalibrationRequest;
  /** A read is under way. */
  reading: boolean;
  /** Its progress, for the bar alone to subscribe to (useProgress). */
  progress: ProgressFeed;
  outcome: CalibrationRunOutcome | null;
  /** The request the outcome was read with. */
  readWith: CalibrationRequest | null;
  chooseFile: (file: File) => void;
  /** A map file's map: its columns, names, pool and settings. */
  loadMap: (map: LogMap) => void;
  change: (change: Partial<CalibrationRequest>) => void;
  cancel: () => void;
}

const FIRST_REQUEST: CalibrationRequest = { binMinutes: 30, timeZone: DEFAULT_TIME_ZONE };

export function useCalibrationRun(blueprint: Blueprint | null): CalibrationRun {
  const [file, setFile] = useState<File | null>(null);
  const [request, setRequest] = useState<CalibrationRequest>(FIRST_REQUEST);
  const [reading, setReading] = useState(false);
  const [progress] = useState(() => new ProgressFeed());
  const [outcome, setOutcome] = useState<CalibrationRunOutcome | null>(null);
  const [readWith, setReadWith] = useState<CalibrationRequest | null>(null);
  const handle = useRef<CalibrationHandle | null>(null);
  const mapLoaded = useRef(false);

  const read = useCallback(
    (target: File, wanted: CalibrationRequest) => {
      if (blueprint === null) return;
      handle.current?.cancel();
      setReading(true);
      progress.set({ bytes: 0, size: target.size });
      const started = startCalibration(target, blueprint, wanted, (report) => progress.set(report));
      handle.current = started;
      void started.outcome.then((result) => {
        if (handle.current !== started) return; // a newer read replaced this one
        handle.current = null;
        setReading(false);
        progress.set(null);
        setOutcome(result);
        setReadWith(wanted);
        if (result.kind !== 'read') return;
        // The map as read becomes the one the user edits: the columns found, the names kept.
        const keep = !result.outcome.ok && wanted.map !== undefined;
        const map: LogMap | undefined = keep ? wanted.map : mapOfRead(result.outcome, wanted.map);
        if (map !== undefined) setRequest({ ...wanted, map });
      });
    },
    [blueprint, progress],
  );

  // The dialog closing ends any read under way.
  useEffect(() => () => handle.current?.cancel(), []);

  const chooseFile = useCallback(
    (chosen: File) => {
      setFile(chosen);
      setOutcome(null);
      // Another file may have other columns: the map found for the last one is dropped,
      // a map file the user loaded is kept.
      const next = mapLoaded.current ? request : withoutMap(request);
      setRequest(next);
      read(chosen, next);
    },
    [read, request],
  );

  const loadMap = useCallback(
    (map: LogMap) => {
      mapLoaded.current = true;
      // The map's time zone and date order become the dialog's settings, shown and editable.
      const { timeZone, dateOrder, ...rest } = map;
      const next: CalibrationRequest = {
        ...request,
        map: rest,
        ...(timeZone === undefined ? {} : { timeZone }),
        ...(dateOrder === undefined ? {} : { dateOrder }),
      };
      setRequest(next);
      if (file !== null) read(file, next);
    },
    [file, read, request],
  );

  const change = useCallback(
    (partial: Partial<CalibrationRequest>) => {
      const next = { ...request, ...partial };
      setRequest(next);
      if (file !== null) read(file, next);
    },
    [file, read, request],
  );

  const cancel = useCallback(() => {
    const current = handle.current;
    if (current === null) return;
    handle.current = null;
    current.cancel();
    setReading(false);
    progress.set(null);
    setOutcome({ kind: 'cancelled' });
    setReadWith(null);
  }, [progress]);

  return {
    file,
    request,
    reading,
    progress,
    outcome,
    readWith,
    chooseFile,
    loadMap,
    change,
    cancel,
  };
}

function withoutMap(request: CalibrationRequest): CalibrationRequest {
  const rest = { ...request };
  delete rest.map;
  return rest;
}
