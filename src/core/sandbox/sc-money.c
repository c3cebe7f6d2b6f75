/* sc-money.c - exact amounts of money: int64 minor units and an ISO 4217 currency
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Parsing works on the digits as text and accumulates them in an unsigned
 * 64-bit magnitude, so nothing is ever rounded through floating point.
 * What divides (margins, markups, scaling) is in sc-money-ratio.c.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-error.h"
#include "sc-money-private.h"

/* ISO 4217, sorted by code for bsearch (). The exponent is the number of
 * minor-unit digits ISO lists; HUF and TWD keep their official 2 even
 * though cash uses whole units. */
static const ScCurrency currencies[] = {
  { "AED", 2 }, { "ARS", 2 }, { "AUD", 2 }, { "BDT", 2 }, { "BGN", 2 },
  { "BHD", 3 }, { "BIF", 0 }, { "BRL", 2 }, { "CAD", 2 }, { "CHF", 2 },
  { "CLF", 4 }, { "CLP", 0 }, { "CNY", 2 }, { "COP", 2 }, { "CZK", 2 },
  { "DJF", 0 }, { "DKK", 2 }, { "EGP", 2 }, { "EUR", 2 }, { "GBP", 2 },
  { "GNF", 0 }, { "HKD", 2 }, { "HUF", 2 }, { "IDR", 2 }, { "ILS", 2 },
  { "INR", 2 }, { "IQD", 3 }, { "ISK", 0 }, { "JOD", 3 }, { "JPY", 0 },
  { "KES", 2 }, { "KMF", 0 }, { "KRW", 0 }, { "KWD", 3 }, { "LYD", 3 },
  { "MAD", 2 }, { "MXN", 2 }, { "MYR", 2 }, { "NGN", 2 }, { "NOK", 2 },
  { "NZD", 2 }, { "OMR", 3 }, { "PEN", 2 }, { "PHP", 2 }, { "PKR", 2 },
  { "PLN", 2 }, { "PYG", 0 }, { "QAR", 2 }, { "RON", 2 }, { "RSD", 2 },
  { "RWF", 0 }, { "SAR", 2 }, { "SEK", 2 }, { "SGD", 2 }, { "THB", 2 },
  { "TND", 3 }, { "TRY", 2 }, { "TWD", 2 }, { "UAH", 2 }, { "UGX", 0 },
  { "USD", 2 }, { "UYI", 0 }, { "UYU", 2 }, { "UYW", 4 }, { "VND", 0 },
  { "VUV", 0 }, { "XAF", 0 }, { "XOF", 0 }, { "XPF", 0 }, { "ZAR", 2 },
};

static int
compare_code (const void *key,
              const void *element)
{
  return strcmp (key, ((const ScCurrency *) element)->code);
}

/**
 * sc_currency_lookup:
 * @code: an ISO 4217 alphabetic code, in any case ("usd" finds USD)
 *
 * Returns: (nullable): the currency, or %NULL when Shopcraft does not know it
 */
const ScCurrency *
sc_currency_lookup (const char *code)
{
  char upper[4];

  g_return_val_if_fail (code != NULL, NULL);

  if (strlen (code) != 3)
    return NULL;
  for (guint i = 0; i < 3; i++)
    upper[i] = g_ascii_toupper (code[i]);
  upper[3] = '\0';

  return bsearch (upper, currencies, G_N_ELEMENTS (currencies), sizeof currencies[0], compare_code);
}

const ScCurrency *
sc_currency_get_default (void)
{
  return sc_currency_lookup ("USD");
}

/**
 * sc_currency_list:
 * @n_currencies: (out): the number of currencies
 *
 * Returns: (array length=n_currencies): every known currency, sorted by code
 */
const ScCurrency *
sc_currency_list (guint *n_currencies)
{
  g_return_val_if_fail (n_currencies != NULL, NULL);

  *n_currencies = G_N_ELEMENTS (currencies);

  return currencies;
}

ScMoney
sc_money_init (gint64            minor,
               const ScCurrency *currency)
{
  ScMoney money = { minor, currency };

  return money;
}

static gboolean
is_digit (char c)
{
  return c >= '0' && c <= '9';
}

static void
set_parse_error (GError    **error,
                 const char *text,
                 const char *reason)
{
  g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
               /* Translators: the first %s is the text as typed, the second why it is not an amount */
               _("“%s” is not an amount: %s"), text, reason);
}

/* A separator that is not the decimal one: grouping the caller did not
 * allow, or the decimal separator of another locale. Three digits after
 * it (and no more) read as grouping; anything else as a decimal. */
static void
set_separator_error (GError    **error,
                     const char *text,
                     const char *separator,
                     char        decimal_separator)
{
  g_autofree char *reason = NULL;
  gsize digits = 0;

  while (is_digit (separator[1 + digits]))
    digits++;

  if (digits == 3 && (separator[4] == '\0' || separator[4] == separator[0] ||
                      separator[4] == decimal_separator))
    reason = g_strdup_printf (_("“%c” groups the thousands; write the amount without it"), *separator);
  else
    reason = g_strdup_printf (_("it uses “%c” as the decimal separator, but this file uses “%c”"),
                              *separator, decimal_separator);
  set_parse_error (error, text, reason);
}

/* Integer digits, with groups of three after the first one when @group is
 * set. Returns the end of the digits, or NULL when the grouping is wrong. */
static const char *
scan_integer_part (const char *p,
                   char        group,
                   GString    *digits)
{
  const char *start = p;

  while (is_digit (*p))
    g_string_append_c (digits, *p++);

  if (group == '\0' || *p != group)
    return p;
  if (p - start < 1 || p - start > 3)
    return NULL;

  while (*p == group)
    {
      if (!is_digit (p[1]) || !is_digit (p[2]) || !is_digit (p[3]) || is_digit (p[4]))
        return NULL;
      g_string_append_len (digits, p + 1, 3);
      p += 4;
    }

  return p;
}

/**
 * sc_money_parse:
 * @text: a decimal amount: "12", "12.5", "12.50", "-0.99", ".5"
 * @currency: the currency it is in
 * @decimal_separator: '.' or ','
 * @flags: what else to accept
 * @result: (out): the amount
 * @error: the reason, naming the text, when it is not an exact amount
 *
 * Accepts an optional minus sign, digits, and a decimal part of at most
 * the currency's minor-unit digits; spaces around the text are ignored.
 * Refuses currency symbols, exponents, grouping (unless asked), more
 * decimals than the currency has, and amounts beyond 64 bits. The
 * message says what to change; it does not say where the text came
 * from, which the caller adds.
 */
gboolean
sc_money_parse (const char        *text,
                const ScCurrency  *currency,
                char               decimal_separator,
                ScMoneyParseFlags  flags,
                ScMoney           *result,
                GError           **error)
{
  g_autofree char *trimmed = NULL;
  g_autoptr(GString) digits = g_string_new (NULL);
  char group = '\0';
  const char *p;
  const char *fraction;
  gboolean negative = FALSE;
  guint64 magnitude = 0;
  guint64 limit;
  gsize n_fraction = 0;
  gsize n_kept;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (currency != NULL, FALSE);
  g_return_val_if_fail (decimal_separator == '.' || decimal_separator == ',', FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  if (flags & SC_MONEY_PARSE_GROUPING)
    group = decimal_separator == '.' ? ',' : '.';

  trimmed = g_strstrip (g_strdup (text));
  p = trimmed;
  if (*p == '\0')
    {
      g_set_error_literal (error, SC_ERROR, SC_ERROR_INVALID_INPUT, _("The amount is empty"));
      return FALSE;
    }

  if (*p == '-')
    {
      negative = TRUE;
      p++;
    }

  p = scan_integer_part (p, group, digits);
  if (p == NULL)
    {
      g_autofree char *reason = g_strdup_printf (_("the digits between each “%c” must come in groups of three"), group);

      set_parse_error (error, trimmed, reason);
      return FALSE;
    }

  fraction = NULL;
  if (*p == decimal_separator)
    {
      fraction = ++p;
      while (is_digit (*p))
        p++;
      n_fraction = p - fraction;
    }

  if (*p != '\0')
    {
      if (*p == decimal_separator)
        {
          g_autofree char *reason = g_strdup_printf (_("it has more than one “%c”"), *p);

          set_parse_error (error, trimmed, reason);
        }
      else if (*p == '.' || *p == ',')
        set_separator_error (error, trimmed, p, decimal_separator);
      else if (is_digit (*p) || *p == '-' || *p == '+' || *p == 'e' || *p == 'E')
        set_parse_error (error, trimmed, _("write it as plain digits with an optional minus sign and decimal part, like 1234.50"));
      else
        set_parse_error (error, trimmed, _("only digits, a minus sign and the decimal separator may appear, without currency symbols or units"));
      return FALSE;
    }

  if (digits->len == 0 && n_fraction == 0)
    {
      set_parse_error (error, trimmed, _("it has no digits"));
      return FALSE;
    }

  /* Digits past the minor unit: refused, or dropped when they are zeros
   * and the caller accepts that. */
  n_kept = n_fraction;
  if (n_fraction > currency->exponent)
    {
      gboolean zeros = TRUE;

      for (gsize i = currency->exponent; i < n_fraction; i++)
        zeros &= fraction[i] == '0';

      if (!zeros || !(flags & SC_MONEY_PARSE_EXTRA_ZEROS))
        {
          g_autofree char *reason = NULL;

          if (currency->exponent == 0)
            reason = g_strdup_printf (_("%s amounts have no decimal places"), currency->code);
          else
            reason = g_strdup_printf (ngettext ("%s amounts have at most %u decimal place",
                                                "%s amounts have at most %u decimal places",
                                                currency->exponent),
                                      currency->code, currency->exponent);
          set_parse_error (error, trimmed, reason);
          return FALSE;
        }
      n_kept = currency->exponent;
    }

  if (fraction != NULL)
    g_string_append_len (digits, fraction, n_kept);
  for (gsize i = n_kept; i < currency->exponent; i++)
    g_string_append_c (digits, '0');

  limit = negative ? (guint64) G_MAXINT64 + 1 : (guint64) G_MAXINT64;
  for (gsize i = 0; i < digits->len; i++)
    {
      guint d = digits->str[i] - '0';

      if (magnitude > (limit - d) / 10)
        {
          set_parse_error (error, trimmed, _("it is too large for Shopcraft to hold exactly"));
          return FALSE;
        }
      magnitude = magnitude * 10 + d;
    }

  result->currency = currency;
  if (negative)
    result->minor = magnitude == (guint64) G_MAXINT64 + 1 ? G_MININT64 : -(gint64) magnitude;
  else
    result->minor = (gint64) magnitude;

  return TRUE;
}

/* |value| without overflow, G_MININT64 included */
guint64
sc_money_magnitude (gint64 value)
{
  return value < 0 ? (guint64) (-(value + 1)) + 1 : (guint64) value;
}

/**
 * sc_money_format:
 * @money: an amount
 * @decimal_separator: '.' or ','
 * @grouping_separator: put between groups of three integer digits, or '\0'
 *
 * Returns: (transfer full): the amount with exactly the currency's
 *   minor-unit digits and no currency code: "1234.50", "-0.99", "1,234.50"
 */
char *
sc_money_format (ScMoney money,
                 char    decimal_separator,
                 char    grouping_separator)
{
  char plain[64];
  char out[96];
  char *o = out;
  guint64 magnitude;
  guint exponent;
  gsize n_integer;
  gsize length = 0;

  g_return_val_if_fail (money.currency != NULL, NULL);

  /* The magnitude's digits, at least exponent + 1 of them (zeros in
   * front), as "%0*" G_GUINT64_FORMAT would write them. */
  exponent = money.currency->exponent;
  g_return_val_if_fail (exponent < 40, NULL);
  magnitude = sc_money_magnitude (money.minor);
  do
    {
      plain[sizeof plain - 1 - length++] = (char) ('0' + magnitude % 10);
      magnitude /= 10;
    }
  while (magnitude > 0);
  while (length < exponent + 1)
    plain[sizeof plain - 1 - length++] = '0';
  memmove (plain, plain + sizeof plain - length, length);
  n_integer = length - exponent;

  if (money.minor < 0)
    *o++ = '-';
  for (gsize i = 0; i < n_integer; i++)
    {
      if (grouping_separator != '\0' && i > 0 && (n_integer - i) % 3 == 0)
        *o++ = grouping_separator;
      *o++ = plain[i];
    }
  if (exponent > 0)
    {
      *o++ = decimal_separator;
      memcpy (o, plain + n_integer, exponent);
      o += exponent;
    }

  return g_strndup (out, o - out);
}

/* "12.50": what CSV files and the canonical dump hold. */
char *
sc_money_to_string (ScMoney money)
{
  return sc_money_format (money, '.', '\0');
}

/* Amounts in different currencies are not comparable; callers keep one
 * currency per run, and a mix is a programming error. */
int
sc_money_compare (ScMoney a,
                  ScMoney b)
{
  g_return_val_if_fail (a.currency == b.currency, 0);

  return (a.minor > b.minor) - (a.minor < b.minor);
}

static gboolean
check_same_currency (ScMoney  a,
                     ScMoney  b,
                     GError **error)
{
  g_return_val_if_fail (a.currency != NULL && b.currency != NULL, FALSE);

  if (a.currency == b.currency)
    return TRUE;

  g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
               _("An amount in %s cannot be combined with one in %s; a store uses one currency"),
               a.currency->code, b.currency->code);
  return FALSE;
}

gboolean
sc_money_set_overflow (GError **error)
{
  g_set_error_literal (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                       _("The result is too large for Shopcraft to hold exactly"));
  return FALSE;
}

gboolean
sc_money_add (ScMoney   a,
              ScMoney   b,
              ScMoney  *result,
              GError  **error)
{
  gint64 sum;

  g_return_val_if_fail (result != NULL, FALSE);

  if (!check_same_currency (a, b, error))
    return FALSE;
  if (__builtin_add_overflow (a.minor, b.minor, &sum))
    return sc_money_set_overflow (error);

  *result = sc_money_init (sum, a.currency);
  return TRUE;
}

gboolean
sc_money_subtract (ScMoney   a,
                   ScMoney   b,
                   ScMoney  *result,
                   GError  **error)
{
  gint64 difference;

  g_return_val_if_fail (result != NULL, FALSE);

  if (!check_same_currency (a, b, error))
    return FALSE;
  if (__builtin_sub_overflow (a.minor, b.minor, &difference))
    return sc_money_set_overflow (error);

  *result = sc_money_init (difference, a.currency);
  return TRUE;
}

/* A line total: price × quantity. */
gboolean
sc_money_multiply (ScMoney   money,
                   gint64    factor,
                   ScMoney  *result,
                   GError  **error)
{
  gint64 product;

  g_return_val_if_fail (money.currency != NULL, FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  if (__builtin_mul_overflow (money.minor, factor, &product))
    return sc_money_set_overflow (error);

  *result = sc_money_init (product, money.currency);
  return TRUE;
}
