/* fuzz-values.c - arbitrary text through the small parsers of single values
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first byte picks the parser (and its options), the rest, up to a
 * NUL, is the text:
 *
 *   0  an xAPI duration (sc_xapi_parse_duration ()): what it reads, written
 *      back in whole seconds by sc_xapi_format_duration (), reads back the
 *      same
 *   1  an xAPI timestamp (sc_xapi_normalize_timestamp ()): the normal form
 *      is 24 characters ending in "Z" and normalises to itself
 *   2  an amount of money in one of the currencies, with either decimal
 *      separator, with and without grouping (sc_money_parse ()): written
 *      by sc_money_format () it reads back the same amount
 *   3  a learner's number with its unit (sc_grade_parse_number ()): a
 *      number that is not NaN, and the unit is what follows it, trimmed
 *   4  a Moodle category path (sc_question_category_parse ()): parts that
 *      are neither empty nor padded with spaces
 *   5  the name of an automatic backup (sc_backup_parse_daily_name ()): the
 *      day it names gives the same name back
 *
 * Each parser has its own unit tests of broken values; this target looks
 * for the inputs nobody thought of, as the ISO 8601 years before 1000
 * that the timestamp writer once wrote in three digits.
 */
#include <math.h>
#include <string.h>
#include <glib.h>

#include "sc-backup.h"
#include "sc-error.h"
#include "sc-fuzz.h"
#include "sc-grade.h"
#include "sc-money.h"
#include "sc-question.h"
#include "sc-xapi.h"

static void
check_duration (const char *text)
{
  g_autofree char *written = NULL;
  gint64 msec = -1;
  gint64 again = -1;

  if (!sc_xapi_parse_duration (text, &msec))
    return;

  g_assert_cmpint (msec, >=, 0);
  written = sc_xapi_format_duration (msec / 1000);
  g_assert_true (sc_xapi_parse_duration (written, &again));
  g_assert_cmpint (again, ==, msec / 1000 * 1000);
}

static void
check_timestamp (const char *text)
{
  g_autofree char *normal = sc_xapi_normalize_timestamp (text);
  g_autofree char *again = NULL;

  if (normal == NULL)
    return;

  g_assert_cmpuint (strlen (normal), ==, strlen ("2026-11-28T10:00:00.000Z"));
  g_assert_cmpint (normal[strlen (normal) - 1], ==, 'Z');
  again = sc_xapi_normalize_timestamp (normal);
  g_assert_cmpstr (again, ==, normal);
}

static void
check_money (guint8      options,
             const char *text)
{
  guint n_currencies = 0;
  const ScCurrency *currencies = sc_currency_list (&n_currencies);
  const ScCurrency *currency = &currencies[(options >> 2) % n_currencies];
  char separator = options & 1 ? ',' : '.';
  ScMoneyParseFlags flags = options & 2 ? SC_MONEY_PARSE_GROUPING : SC_MONEY_PARSE_DEFAULT;
  g_autoptr(GError) error = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *grouped = NULL;
  ScMoney money;
  ScMoney again;

  if (!sc_money_parse (text, currency, separator, flags, &money, &error))
    {
      g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
      g_assert_true (g_utf8_validate (error->message, -1, NULL) || !g_utf8_validate (text, -1, NULL));
      return;
    }

  g_assert_no_error (error);
  g_assert_true (money.currency == currency);

  plain = sc_money_format (money, separator, '\0');
  g_assert_true (sc_money_parse (plain, currency, separator, SC_MONEY_PARSE_DEFAULT, &again, &error));
  g_assert_no_error (error);
  g_assert_cmpint (again.minor, ==, money.minor);

  grouped = sc_money_format (money, separator, separator == '.' ? ',' : '.');
  g_assert_true (sc_money_parse (grouped, currency, separator, SC_MONEY_PARSE_GROUPING, &again, &error));
  g_assert_no_error (error);
  g_assert_cmpint (again.minor, ==, money.minor);
}

static void
check_number (guint8      options,
              const char *text)
{
  g_autofree char *rest = NULL;
  double value = 0.0;

  if (sc_grade_parse_number (text, options & 1 ? ',' : '.', &value, &rest) != SC_GRADE_REASON_NONE)
    return;

  g_assert_false (isnan (value));
  g_assert_nonnull (rest);
  g_assert_nonnull (strstr (text, rest));
  g_assert_true (rest[0] == '\0' || (!g_ascii_isspace (rest[0]) &&
                                     !g_ascii_isspace (rest[strlen (rest) - 1])));
}

static void
check_category (const char *text)
{
  g_auto(GStrv) parts = sc_question_category_parse (text);

  g_assert_nonnull (parts);
  for (guint i = 0; parts != NULL && parts[i] != NULL; i++)
    {
      gsize length = strlen (parts[i]);

      g_assert_cmpuint (length, >, 0);
      g_assert_false (g_ascii_isspace (parts[i][0]));
      g_assert_false (g_ascii_isspace (parts[i][length - 1]));
    }
}

static void
check_backup_name (const char *text)
{
  g_autoptr(GDateTime) day = sc_backup_parse_daily_name (text);
  g_autofree char *name = NULL;

  if (day == NULL)
    return;

  g_assert_cmpint (g_date_time_get_hour (day), ==, 0);
  name = sc_backup_daily_name (day);
  g_assert_cmpstr (name, ==, text);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static gboolean initialized;
  g_autofree char *text = NULL;
  guint8 options;

  if (!initialized)
    {
      /* Anything unexpected, even a warning, is a finding. */
      g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);
      initialized = TRUE;
    }

  if (size == 0)
    return 0;

  options = data[0] / 6;
  text = g_strndup ((const char *) data + 1, size - 1);

  switch (data[0] % 6)
    {
    case 0:
      check_duration (text);
      break;
    case 1:
      check_timestamp (text);
      break;
    case 2:
      check_money (options, text);
      break;
    case 3:
      check_number (options, text);
      break;
    case 4:
      check_category (text);
      break;
    default:
      check_backup_name (text);
      break;
    }

  return 0;
}
