/** A cached value and when it expires (epoch ms on the emulator's clock). */
export interface CacheEntry {
  value: string;
  expires: number;
}
