/** Types for the parts of the crx3 package that scripts/package-selfhost.ts uses. */
declare module 'crx3' {
  interface Crx3Options {
    keyPath?: string;
    crxPath?: string;
    zipPath?: string;
    xmlPath?: string;
    crxURL?: string;
  }
  interface Crx3Info {
    appId?: string;
  }
  export default function crx3(files: string[], options: Crx3Options): Promise<Crx3Info>;
}
