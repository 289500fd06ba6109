import { readContentFile } from './content-file';
import { MAX_DATA_BYTES } from './limits';
import { parseYaml } from './yaml';
import { zodProblems } from './zod-problems';
import { briefingSchema, type BriefingSettings } from '../schemas/briefing';
import type { ContentProblem } from '../model/problems';

/** Where the settings live, relative to the project root. */
export const BRIEFING_SETTINGS_FILE = 'content/briefing.yaml';

/** Reads and checks `content/briefing.yaml`: the settings, or every problem with them. */
export function readBriefingSettings(root: string): { settings?: BriefingSettings; problems: ContentProblem[] } {
  const file = BRIEFING_SETTINGS_FILE;
  const read = readContentFile(root, file, MAX_DATA_BYTES);
  if (read.bytes === undefined) {
    const missing = read.problems.some((problem) => problem.problem.includes('ENOENT'));
    if (!missing) return { problems: read.problems };
    return {
      problems: [
        {
          file,
          where: 'file',
          problem: 'the briefing has no settings file',
          fix: 'create content/briefing.yaml with title, tagline, language and sourceLanguages (see the README, "Settings")',
        },
      ],
    };
  }
  const yaml = parseYaml(read.bytes.toString('utf8'), file);
  if (yaml.problem) return { problems: [yaml.problem] };
  const data = yaml.value;
  const parsed = briefingSchema.safeParse(data);
  if (!parsed.success) return { problems: zodProblems(file, parsed.error, data) };
  return { settings: parsed.data, problems: [] };
}
