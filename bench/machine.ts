/** The machine the figures were taken on, and how busy it was. */
import os from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  os: string;
  /** 1, 5 and 15-minute load averages when the run started. */
  loadAverage: [number, number, number];
}

export function describeMachine(): Machine {
  const [one = 0, five = 0, fifteen = 0] = os.loadavg();
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: [one, five, fifteen].map((n) => Math.round(n * 100) / 100) as [number, number, number],
  };
}

/** The 1-minute load average now. */
export const loadNow = (): number => Math.round(os.loadavg()[0]! * 100) / 100;
