/**
 * The IANA zone the machine's clock is set to, e.g. 'Europe/Berlin'. Read afresh each time the
 * morning service looks, so a zone change is noticed at the next look even unannounced.
 */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
