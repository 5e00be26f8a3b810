import { MAX_CUSTOM_ROUTINES, NAME_LENGTH, WORK_RANGE_COUNT } from './field-rules';

/**
 * Plain words for the refusals only main's schema makes (the form has no quick check for them):
 * what to do, never a field path or a type name. Kept apart from field-rules.ts so the settings
 * window does not load them.
 */
export const schemaText = {
  rangeCount: `Keep ${WORK_RANGE_COUNT.min} to ${WORK_RANGE_COUNT.max} ranges of hours`,
  days: 'Pick days of the week',
  dayRepeat: 'A day is listed twice',
  flag: 'Choose on or off',
  choice: (labels: readonly string[]) => `Choose one of: ${labels.join(', ')}`,
  nameText: 'Name must be text',
  nameLength: `Name must be ${NAME_LENGTH.min} to ${NAME_LENGTH.max} characters`,
  nameHidden: 'Name can’t hold control or invisible formatting characters',
  nameVisible: 'Name needs a letter, digit or symbol',
  stretchCount: 'Pick at least one stretch',
  stretchRepeat: 'A stretch is listed only once',
  customCount: `Keep at most ${MAX_CUSTOM_ROUTINES} routines of your own`,
  morningRoutine: 'Pick one of the routines in the list',
  sameRoutineId: 'Two of your routines have the same id',
} as const;
