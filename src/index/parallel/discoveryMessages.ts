import type { PackedDiscovery } from "../../officials/sentenceDiscovery.js";

export interface DiscoveryTask {
  readonly displays: readonly string[];
}

export type DiscoveryResult =
  | { readonly ok: true; readonly discoveries: readonly PackedDiscovery[] }
  | { readonly ok: false; readonly error: string };
