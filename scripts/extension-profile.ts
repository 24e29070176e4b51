/**
 * Reading a V8 CPU profile (CDP Profiler) for the browser benches: the
 * milliseconds of samples whose stack holds a frame of the extension
 * (content script or injected engine). BENCH_DEBUG=1 prints the top frames.
 */
export interface ProfileNode { id: number; callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number }; children?: number[] }
export interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

export function extensionMs(profile: Profile, extId: string, debugTop = 10): number {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const n of profile.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const memo = new Map<number, boolean>();
  const ours = (id: number): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const p = parent.get(id);
    const v = Boolean(node && node.callFrame.url.startsWith(`chrome-extension://${extId}/`)) || (p !== undefined && ours(p));
    memo.set(id, v);
    return v;
  };
  let ms = 0;
  const self = new Map<string, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    if (!ours(profile.samples[i])) continue;
    const d = (profile.timeDeltas[i] ?? 0) / 1000;
    ms += d;
    const f = byId.get(profile.samples[i])!.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + d);
  }
  if (process.env.BENCH_DEBUG) console.log([...self.entries()].sort((x, y) => y[1] - x[1]).slice(0, debugTop).map(([k, v]) => `${v.toFixed(1)} ms ${k}`).join('\n'));
  return ms;
}
