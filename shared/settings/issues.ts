import type { FieldIssue } from '../errors/issues';
import { fieldName } from './field-names';

/** A field path fit to show as it is: letters, digits and `_-` in a few dot-separated parts. */
const PLAIN_FIELD_PATH = /^[A-Za-z0-9_-]{1,40}(\.[A-Za-z0-9_-]{1,40}){0,5}$/;

/**
 * Whether a field path from a file can be quoted in a notice. A key a file made up can hold
 * escape codes, invisible characters or a kilobyte of text; such a one is only counted.
 */
export function isPlainFieldPath(path: string): boolean {
  return PLAIN_FIELD_PATH.test(path);
}

/**
 * One issue as a person reads it: the setting's name, then the rule in the form's own words
 * ("Sitting limit: use a whole number from 10 to 180 minutes"). Never the dotted path: a field
 * Limber doesn't know is called that, and quoted only when its name is plain.
 */
export function describeIssue(issue: FieldIssue): string {
  if (issue.path === '') return issue.message;
  if (UNKNOWN_FIELD.test(issue.message)) {
    return isPlainFieldPath(issue.path)
      ? `a setting Limber doesn’t know, “${issue.path}”`
      : 'a setting Limber doesn’t know';
  }
  const name = fieldName(issue.path) ?? 'A setting';
  return `${name}: ${ruleWords(issue.message)}`;
}

/** Every issue in one line, each named in plain words, separated by semicolons. */
export function describeIssues(issues: readonly FieldIssue[]): string {
  return issues.map(describeIssue).join('; ');
}

/** issuesFrom's words for a key the schema doesn't have. */
const UNKNOWN_FIELD = /^Unknown field /;
/** zod's own wording (a section that is not an object, say): type talk, not a rule to follow. */
const SCHEMA_WORDS = /^(Invalid|Too (small|big)|Expected|Unrecognized)/;

/** The rule after the setting's name: "Use a whole number…" reads on as "use a whole number…". */
function ruleWords(message: string): string {
  if (SCHEMA_WORDS.test(message)) return 'isn’t in a form Limber can read';
  // The name comes first already: "Routine name: must be 1 to 40 characters".
  const rest = message.startsWith('Name ') ? message.slice('Name '.length) : message;
  return rest.charAt(0).toLowerCase() + rest.slice(1);
}

/** A settings change or file that breaks the schema. `issues` name each field. */
export class SettingsValidationError extends Error {
  readonly issues: FieldIssue[];

  constructor(issues: FieldIssue[]) {
    super(`Settings not saved: ${describeIssues(issues)}`);
    this.name = 'SettingsValidationError';
    this.issues = issues;
  }
}
