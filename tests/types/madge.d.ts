// the part of madge's API the layering test uses; the package ships no types
declare module 'madge' {
  interface MadgeResult {
    obj(): Record<string, string[]>;
    circular(): string[][];
  }
  function madge(path: string, config?: { fileExtensions?: string[]; detectiveOptions?: Record<string, unknown> }): Promise<MadgeResult>;
  export default madge;
}
