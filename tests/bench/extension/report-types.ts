/** The shape of bench-results/extension-bench.json. */
import type { PeerSize } from '../peer-highlighter/compare';
import type { EntrypointSize } from './bundle-sizes';
import type { ImportMarksResult } from './import-marks';
import type { MachineInfo } from './machine';
import type { MainThreadResult } from './main-thread';
import type { MarkingTimeResult } from './marking-time';
import type { MemoryResult } from './memory';
import type { OverlayLatencyResult } from './overlay-latency';
import type { StoreLatencyResult } from './store-latency';

export type CompareResultSize = PeerSize;

export interface BenchReport {
  /** ISO date and time of the run. */
  date: string;
  chromium: string;
  machine: MachineInfo;
  extensionDir: string;
  durationSeconds: number;
  /** Each measurement is absent when skipped (BENCH_ONLY) or when it failed (see errors). */
  mainThread?: MainThreadResult[];
  marking?: MarkingTimeResult;
  peer?: PeerSize[];
  overlay?: OverlayLatencyResult;
  store?: StoreLatencyResult;
  bundles?: EntrypointSize[];
  memory?: MemoryResult;
  importMarks?: ImportMarksResult;
  errors: { measurement: string; message: string }[];
  methods: Record<string, string>;
}
