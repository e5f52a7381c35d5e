// npm run dataset -- [--input DIR] [--output FILE]  (CONTRACT.md §1; the work is in src/dataset/cli.ts)
import { main } from '../src/dataset/cli.ts';

process.exitCode = main(process.argv.slice(2));
