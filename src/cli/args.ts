/** Argument parsing for the check command, with messages that say what is wrong. */

export interface CheckArgs {
  context: 'private' | 'official';
  json: boolean;
  jsonl: string | null;
  lang: 'nn' | 'nb' | 'en';
  config: string | null;
  pack: string | null;
  help: boolean;
  text: string | null;
}

export class UsageError extends Error {}

export const USAGE = `Usage: npm run --silent check -- [options] [TEXT]

Checks a text against the guidelines, on this machine. Without TEXT the text is read from standard input.

Options:
  --context private|official  whose voice the text is in (default: private)
  --json                      print the findings as JSON
  --jsonl FILE                batch: read JSON lines {id, text, context} from FILE ("-" for stdin),
                              write one line {"id", "findings"} per case, in order
  --lang nn|nb|en             language of the report (default: nn)
  --config FILE               engine configuration as JSON (colleagueNames, officialDomains, …)
  --pack FILE                 a guideline pack (JSON) to check against instead of the default
  -h, --help                  this text

Exit status: 0 no warning, 1 a warning or high finding, 2 a usage or input error.`;

function value(argv: string[], i: number, flag: string): string {
  const v = argv[i + 1];
  if (v === undefined || (v.startsWith('--') && v.length > 2)) throw new UsageError(`${flag} needs a value`);
  return v;
}

export function parseArgs(argv: string[]): CheckArgs {
  const args: CheckArgs = { context: 'private', json: false, jsonl: null, lang: 'nn', config: null, pack: null, help: false, text: null };
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    switch (a) {
      case '--context': {
        const v = value(argv, i, a);
        if (v !== 'private' && v !== 'official') throw new UsageError(`--context must be "private" or "official", not "${v}"`);
        args.context = v;
        i += 1;
        break;
      }
      case '--lang': {
        const v = value(argv, i, a);
        if (v !== 'nn' && v !== 'nb' && v !== 'en') throw new UsageError(`--lang must be nn, nb or en, not "${v}"`);
        args.lang = v;
        i += 1;
        break;
      }
      case '--json':
        args.json = true;
        break;
      case '--jsonl':
        args.jsonl = value(argv, i, a);
        i += 1;
        break;
      case '--config':
        args.config = value(argv, i, a);
        i += 1;
        break;
      case '--pack':
        args.pack = value(argv, i, a);
        i += 1;
        break;
      case '-h':
      case '--help':
        args.help = true;
        break;
      case '--':
        rest.push(...argv.slice(i + 1));
        i = argv.length;
        break;
      default:
        if (a.startsWith('-') && a.length > 1) throw new UsageError(`unknown option ${a}`);
        rest.push(a);
    }
  }
  if (args.jsonl !== null && rest.length > 0) throw new UsageError('give either --jsonl FILE or a TEXT, not both');
  if (args.jsonl !== null && args.json) throw new UsageError('--jsonl already writes JSON; drop --json');
  if (rest.length > 0) args.text = rest.join(' ');
  return args;
}
