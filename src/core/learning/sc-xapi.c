/* sc-xapi.c - xAPI 1.0.3 vocabulary: verbs, activity types, extensions, durations, times
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Durations are ISO 8601 as xAPI uses them: "PT1H2M3S", "PT1M30S",
 * "PT0S". Hours are never folded into days, because a day is not always
 * 24 hours to a reader. Timestamps are UTC with milliseconds
 * ("2026-11-28T10:00:00.123Z"), the form the `statements.timestamp`
 * column holds, so they sort as text.
 */
#include "config.h"

#include <string.h>

#include "sc-xapi.h"

typedef struct
{
  const char *iri;
  const char *display;  /* en-US, as the ADL vocabulary gives it */
} VerbInfo;

static const VerbInfo verbs[SC_N_VERBS] = {
  [SC_VERB_EXPERIENCED] = { "http://adlnet.gov/expapi/verbs/experienced", "experienced" },
  [SC_VERB_COMPLETED]   = { "http://adlnet.gov/expapi/verbs/completed",   "completed" },
  [SC_VERB_INITIALIZED] = { "http://adlnet.gov/expapi/verbs/initialized", "initialized" },
  [SC_VERB_PROGRESSED]  = { "http://adlnet.gov/expapi/verbs/progressed",  "progressed" },
  [SC_VERB_INTERACTED]  = { "http://adlnet.gov/expapi/verbs/interacted",  "interacted" },
  [SC_VERB_ATTEMPTED]   = { "http://adlnet.gov/expapi/verbs/attempted",   "attempted" },
  [SC_VERB_ANSWERED]    = { "http://adlnet.gov/expapi/verbs/answered",    "answered" },
  [SC_VERB_PASSED]      = { "http://adlnet.gov/expapi/verbs/passed",      "passed" },
  [SC_VERB_FAILED]      = { "http://adlnet.gov/expapi/verbs/failed",      "failed" },
  [SC_VERB_SCORED]      = { "http://adlnet.gov/expapi/verbs/scored",      "scored" },
  [SC_VERB_VOIDED]      = { "http://adlnet.gov/expapi/verbs/voided",      "voided" },
};

const char *
sc_verb_get_iri (ScVerb verb)
{
  g_return_val_if_fail (verb < SC_N_VERBS, NULL);

  return verbs[verb].iri;
}

/**
 * sc_verb_get_display:
 *
 * Returns: the verb's `display` in en-US. Statements are records, not
 *   interface: they are never translated.
 */
const char *
sc_verb_get_display (ScVerb verb)
{
  g_return_val_if_fail (verb < SC_N_VERBS, NULL);

  return verbs[verb].display;
}

gboolean
sc_verb_from_iri (const char *iri,
                  ScVerb     *out_verb)
{
  g_return_val_if_fail (out_verb != NULL, FALSE);

  for (guint i = 0; iri != NULL && i < SC_N_VERBS; i++)
    if (strcmp (iri, verbs[i].iri) == 0)
      {
        *out_verb = (ScVerb) i;
        return TRUE;
      }

  return FALSE;
}

/**
 * sc_xapi_format_duration:
 * @seconds: zero or more
 *
 * Returns: (transfer full): @seconds as an ISO 8601 duration without zero
 *   parts: "PT0S", "PT45S", "PT1M30S", "PT1H", "PT26H0M5S" is written "PT26H5S".
 */
char *
sc_xapi_format_duration (gint64 seconds)
{
  GString *text;
  gint64 hours;
  gint64 minutes;

  g_return_val_if_fail (seconds >= 0, NULL);

  hours = seconds / 3600;
  minutes = (seconds % 3600) / 60;
  seconds %= 60;

  text = g_string_new ("PT");
  if (hours > 0)
    g_string_append_printf (text, "%" G_GINT64_FORMAT "H", hours);
  if (minutes > 0)
    g_string_append_printf (text, "%" G_GINT64_FORMAT "M", minutes);
  if (seconds > 0 || (hours == 0 && minutes == 0))
    g_string_append_printf (text, "%" G_GINT64_FORMAT "S", seconds);

  return g_string_free (text, FALSE);
}

/* Reads digits (at most 9, so no sum can overflow) and an optional
 * fraction; the value is in thousandths. */
static gboolean
read_number (const char **p,
             gint64      *out_milli,
             gboolean    *out_fraction)
{
  const char *s = *p;
  gint64 value = 0;
  gint64 scale = 1000;
  guint n_digits = 0;

  while (g_ascii_isdigit (*s) && n_digits < 9)
    {
      value = value * 10 + (*s++ - '0');
      n_digits++;
    }
  if (n_digits == 0 || g_ascii_isdigit (*s))
    return FALSE;
  value *= 1000;

  *out_fraction = FALSE;
  if (*s == '.' || *s == ',')
    {
      s++;
      if (!g_ascii_isdigit (*s))
        return FALSE;
      *out_fraction = TRUE;
      while (g_ascii_isdigit (*s))
        {
          scale /= 10;
          value += (*s++ - '0') * scale;
        }
    }

  *p = s;
  *out_milli = value;

  return TRUE;
}

/**
 * sc_xapi_parse_duration:
 * @out_msec: (out): the duration in milliseconds
 *
 * Reads an ISO 8601 duration as statements from other tools write it:
 * weeks, days, hours, minutes and seconds, with a fraction on the last
 * part ("P1DT2H", "PT1.5S"). Years and months are refused: their length
 * depends on the calendar. So is a duration of more than 999,999,999
 * hours (some 114,000 years, "P244444444D"): sc_xapi_format_duration ()
 * would write it with more hours than a part may have digits.
 *
 * Returns: %FALSE when @text is not such a duration
 */
gboolean
sc_xapi_parse_duration (const char *text,
                        gint64     *out_msec)
{
  static const struct { char unit; gboolean in_time; gint64 msec; } units[] = {
    { 'W', FALSE, G_GINT64_CONSTANT (604800000) },
    { 'D', FALSE, G_GINT64_CONSTANT (86400000) },
    { 'H', TRUE,  G_GINT64_CONSTANT (3600000) },
    { 'M', TRUE,  G_GINT64_CONSTANT (60000) },
    { 'S', TRUE,  G_GINT64_CONSTANT (1000) },
  };
  const char *p = text;
  gboolean in_time = FALSE;
  gboolean seen_fraction = FALSE;
  guint n_parts = 0;
  guint next_unit = 0;
  gint64 total = 0;

  g_return_val_if_fail (out_msec != NULL, FALSE);

  if (p == NULL || *p++ != 'P')
    return FALSE;

  while (*p != '\0')
    {
      gint64 milli;
      gboolean fraction;
      guint unit;

      if (*p == 'T')
        {
          if (in_time)
            return FALSE;
          in_time = TRUE;
          p++;
          if (*p == '\0')
            return FALSE;
          continue;
        }

      /* A fraction is only allowed on the last part. */
      if (seen_fraction || !read_number (&p, &milli, &fraction))
        return FALSE;
      seen_fraction = fraction;

      for (unit = next_unit; unit < G_N_ELEMENTS (units); unit++)
        if (units[unit].unit == *p && units[unit].in_time == in_time)
          break;
      if (unit == G_N_ELEMENTS (units))
        return FALSE;
      p++;
      next_unit = unit + 1;
      n_parts++;

      total += milli / 1000 * units[unit].msec + milli % 1000 * units[unit].msec / 1000;
    }

  if (n_parts == 0 || total / G_GINT64_CONSTANT (3600000) > 999999999)
    return FALSE;

  *out_msec = total;

  return TRUE;
}

/**
 * sc_xapi_format_timestamp:
 *
 * Returns: (transfer full) (nullable): @time in UTC with milliseconds:
 *   "2026-11-28T10:00:00.123Z"; %NULL when @time in UTC is out of
 *   GDateTime's range (9999-12-31 with a time zone west of UTC)
 */
char *
sc_xapi_format_timestamp (GDateTime *time)
{
  g_autoptr(GDateTime) utc = NULL;

  g_return_val_if_fail (time != NULL, NULL);

  utc = g_date_time_to_utc (time);
  if (utc == NULL)
    return NULL;

  /* The year always in four digits, as ISO 8601 writes it and as the
   * statements' order by their text needs: g_date_time_format ()'s %Y
   * writes the year 999 as "999", which nothing reads back. */
  return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02d.%03dZ",
                          g_date_time_get_year (utc), g_date_time_get_month (utc),
                          g_date_time_get_day_of_month (utc), g_date_time_get_hour (utc),
                          g_date_time_get_minute (utc), g_date_time_get_second (utc),
                          g_date_time_get_microsecond (utc) / 1000);
}

/**
 * sc_xapi_normalize_timestamp:
 *
 * Returns: (transfer full) (nullable): @text, an ISO 8601 time with a
 *   time zone (xAPI requires one), as sc_xapi_format_timestamp() writes
 *   it, or %NULL when @text is not such a time or has no such writing
 */
char *
sc_xapi_normalize_timestamp (const char *text)
{
  g_autoptr(GDateTime) time = NULL;

  if (text == NULL)
    return NULL;

  time = g_date_time_new_from_iso8601 (text, NULL);
  if (time == NULL)
    return NULL;

  return sc_xapi_format_timestamp (time);
}

G_LOCK_DEFINE_STATIC (last_msec);
static gint64 last_msec;

/**
 * sc_xapi_dup_now:
 *
 * The timestamp of a new statement. Two statements of this process never
 * get the same one (the later is moved on by a millisecond), so their
 * order is the order of the learner's actions: untick right after a tick
 * is later than the tick, and a rebuild sees it so.
 *
 * Returns: (transfer full): the current time, as sc_xapi_format_timestamp()
 */
char *
sc_xapi_dup_now (void)
{
  g_autoptr(GDateTime) seconds = NULL;
  g_autoptr(GDateTime) time = NULL;
  gint64 msec = g_get_real_time () / 1000;

  G_LOCK (last_msec);
  if (msec <= last_msec)
    msec = last_msec + 1;
  last_msec = msec;
  G_UNLOCK (last_msec);

  seconds = g_date_time_new_from_unix_utc (msec / 1000);
  time = g_date_time_add (seconds, (msec % 1000) * G_TIME_SPAN_MILLISECOND);

  return sc_xapi_format_timestamp (time);
}
