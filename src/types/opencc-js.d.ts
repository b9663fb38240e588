// the part of opencc-js the normalizer uses; the package ships no types
declare module 'opencc-js' {
  export function Converter(options: { from: string; to: string }): (text: string) => string;
}
