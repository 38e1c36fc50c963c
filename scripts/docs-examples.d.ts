export declare const OUTPUT_DIR: string;
export interface DocExample {
  readonly cmd: string;
  readonly exit: number;
  readonly pick?: string;
  readonly prompt: boolean;
  readonly quoted: string;
  readonly start: number;
  readonly end: number;
  readonly marker: string;
}
export declare function docFiles(root?: string): string[];
export declare function findExamples(markdown: string): DocExample[];
export declare function commandArgs(cmd: string): string[];
export declare function runCommand(cmd: string, root?: string): { stdout: string; stderr: string; status: number | null };
export declare function renderBlock(example: Pick<DocExample, "cmd" | "pick" | "prompt">, stdout: string): string;
export declare function regenerate(markdown: string, root?: string): { text: string; examples: number; problems: string[] };
