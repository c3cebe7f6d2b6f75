/* sc-catalog-values.c - reading and writing the cells of product files
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "sc-catalog-values.h"

/* A decimal number: mantissa / 10^scale, at most 18 digits. */
typedef struct
{
  gboolean negative;
  guint64  mantissa;
  guint    scale;
} Decimal;

#define MAX_DIGITS 18
#define MAX_MANTISSA G_GUINT64_CONSTANT (1000000000000000000)  /* 10^MAX_DIGITS */

/* Grams in one unit, exactly (the pound and the ounce are defined in
 * grams by the international yard and pound agreement of 1959). */
static const Decimal grams_per_unit[] = {
  [SC_WEIGHT_UNIT_G]  = { FALSE, 1, 0 },
  [SC_WEIGHT_UNIT_KG] = { FALSE, 1000, 0 },
  [SC_WEIGHT_UNIT_LB] = { FALSE, 45359237, 5 },
  [SC_WEIGHT_UNIT_OZ] = { FALSE, 28349523125, 9 },
};

/* Decimals kept when a weight in grams cannot be given exactly in the
 * display unit. */
#define ROUNDED_SCALE 6

/**
 * sc_catalog_parse_money:
 * @text: a price as platforms and spreadsheets write it: "19.99",
 *   "19.990", or "19,99" as German and Spanish spreadsheets do
 *
 * Returns: %FALSE, with the reason for "." as the separator, when
 *   @text is not an exact amount of @currency
 */
gboolean
sc_catalog_parse_money (const char        *text,
                        const ScCurrency  *currency,
                        ScMoney           *out_money,
                        GError           **error)
{
  g_autoptr(GError) point_error = NULL;

  if (sc_money_parse (text, currency, '.', SC_MONEY_PARSE_EXTRA_ZEROS, out_money, &point_error) ||
      sc_money_parse (text, currency, ',', SC_MONEY_PARSE_EXTRA_ZEROS, out_money, NULL))
    return TRUE;

  g_propagate_error (error, g_steal_pointer (&point_error));

  return FALSE;
}

/**
 * sc_catalog_parse_bool:
 * @text: TRUE/FALSE in any case, yes/no, 1/0
 *
 * Returns: %FALSE, leaving @out_value, when @text is none of them
 */
gboolean
sc_catalog_parse_bool (const char *text,
                       gboolean   *out_value)
{
  static const char * const yes[] = { "true", "yes", "1", "y" };
  static const char * const no[] = { "false", "no", "0", "n" };
  g_autofree char *trimmed = NULL;

  if (text == NULL)
    return FALSE;

  trimmed = g_strstrip (g_strdup (text));
  for (guint i = 0; i < G_N_ELEMENTS (yes); i++)
    {
      if (g_ascii_strcasecmp (trimmed, yes[i]) == 0)
        {
          *out_value = TRUE;
          return TRUE;
        }
      if (g_ascii_strcasecmp (trimmed, no[i]) == 0)
        {
          *out_value = FALSE;
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
parse_decimal (const char *text,
               Decimal    *out)
{
  g_autofree char *trimmed = NULL;
  const char *p;
  guint n_digits = 0;
  gboolean any = FALSE;
  Decimal d = { FALSE, 0, 0 };

  if (text == NULL)
    return FALSE;

  trimmed = g_strstrip (g_strdup (text));
  p = trimmed;
  if (*p == '-' || *p == '+')
    d.negative = (*p++ == '-');

  for (; g_ascii_isdigit (*p); p++)
    {
      any = TRUE;
      if (d.mantissa == 0 && *p == '0')
        continue;
      if (++n_digits > MAX_DIGITS)
        return FALSE;
      d.mantissa = d.mantissa * 10 + (guint64) (*p - '0');
    }

  if (*p == '.')
    {
      for (p++; g_ascii_isdigit (*p); p++)
        {
          any = TRUE;
          if (d.mantissa != 0 || *p != '0')
            n_digits++;
          if (n_digits > MAX_DIGITS || d.scale >= MAX_DIGITS)
            return FALSE;
          d.mantissa = d.mantissa * 10 + (guint64) (*p - '0');
          d.scale++;
        }
    }

  if (!any || *p != '\0')
    return FALSE;

  if (d.mantissa == 0)
    d.negative = FALSE;
  *out = d;

  return TRUE;
}

static void
decimal_trim (Decimal *d)
{
  while (d->scale > 0 && d->mantissa % 10 == 0)
    {
      d->mantissa /= 10;
      d->scale--;
    }
}

static char *
decimal_format (Decimal d)
{
  g_autofree char *digits = NULL;
  gsize length;

  decimal_trim (&d);
  digits = g_strdup_printf ("%0*" G_GUINT64_FORMAT, (int) d.scale + 1, d.mantissa);
  if (d.scale == 0)
    return g_strconcat (d.negative ? "-" : "", digits, NULL);

  length = strlen (digits);

  return g_strdup_printf ("%s%.*s.%s", d.negative ? "-" : "",
                          (int) (length - d.scale), digits, digits + length - d.scale);
}

static gboolean
power_of_ten (guint    n,
              guint64 *out)
{
  guint64 value = 1;

  for (guint i = 0; i < n; i++)
    if (!g_uint64_checked_mul (&value, value, 10))
      return FALSE;
  *out = value;

  return TRUE;
}

/**
 * sc_catalog_parse_quantity:
 * @text: a whole number, possibly negative; "12.0" is 12
 *
 * Returns: %FALSE when @text is not a whole number
 */
gboolean
sc_catalog_parse_quantity (const char *text,
                           gint64     *out_value)
{
  Decimal d;

  if (!parse_decimal (text, &d))
    return FALSE;
  decimal_trim (&d);
  if (d.scale != 0 || d.mantissa > (guint64) G_MAXINT64)
    return FALSE;

  *out_value = d.negative ? -(gint64) d.mantissa : (gint64) d.mantissa;

  return TRUE;
}

/**
 * sc_catalog_decimal_normalize:
 * @text: a decimal number such as "145", "0.50", ".5"
 *
 * Returns: (transfer full) (nullable): the number written one way only
 *   ("145", "0.5", "0.5"), or %NULL when @text is not a decimal number
 */
char *
sc_catalog_decimal_normalize (const char *text)
{
  Decimal d;

  if (!parse_decimal (text, &d))
    return NULL;

  return decimal_format (d);
}

/**
 * sc_catalog_weight_to_grams:
 * @value: a weight in @unit
 *
 * Returns: (transfer full) (nullable): the weight in grams, exactly, or
 *   %NULL when @value is not a number or a negative or huge one
 */
char *
sc_catalog_weight_to_grams (const char   *value,
                            ScWeightUnit  unit)
{
  Decimal d;
  Decimal factor;

  g_return_val_if_fail ((guint) unit < G_N_ELEMENTS (grams_per_unit), NULL);

  if (!parse_decimal (value, &d) || d.negative)
    return NULL;

  factor = grams_per_unit[unit];
  if (!g_uint64_checked_mul (&d.mantissa, d.mantissa, factor.mantissa))
    return NULL;
  d.scale += factor.scale;

  /* As many digits as a weight may be read with, so the grams can be
   * read back (an export writes them in a unit): 3,600,029,145,260,001 kg
   * fits 64 bits in grams but has 19 digits, and came back as no weight
   * (a catalog fuzz finding). */
  decimal_trim (&d);
  if (d.mantissa >= MAX_MANTISSA || d.scale >= MAX_DIGITS)
    return NULL;

  return decimal_format (d);
}

/**
 * sc_catalog_weight_from_grams:
 * @grams: a weight in grams
 *
 * Returns: (transfer full) (nullable): the weight in @unit: exact in
 *   grams and kilograms; in pounds and ounces exact when it can be
 *   written with few decimals (226.796185 g is 0.5 lb), else rounded half
 *   up to 6 decimals; %NULL when @grams is not a number
 */
char *
sc_catalog_weight_from_grams (const char   *grams,
                              ScWeightUnit  unit)
{
  Decimal g;
  Decimal factor;
  Decimal best = { FALSE, 0, 0 };
  gboolean have_best = FALSE;

  g_return_val_if_fail ((guint) unit < G_N_ELEMENTS (grams_per_unit), NULL);

  if (!parse_decimal (grams, &g) || g.negative)
    return NULL;
  factor = grams_per_unit[unit];

  /* Grams to grams or kilograms only moves the decimal point, so it is
   * written whole, past ROUNDED_SCALE decimals too (3,629.1452 g is
   * 3.6291452 kg), and a weight read back in grams is the weight
   * written. The division below would overflow 64 bits on a weight of
   * many digits and round it (501,234,567.8917 g came back as
   * 501,234,567.892 g: a catalog fuzz finding). */
  if (unit == SC_WEIGHT_UNIT_G || unit == SC_WEIGHT_UNIT_KG)
    {
      if (unit == SC_WEIGHT_UNIT_KG)
        g.scale += 3;
      return decimal_format (g);
    }

  /* Pounds and ounces are rounded: q = (g.mantissa / 10^g.scale) /
   * (f.mantissa / 10^f.scale); written with k decimals,
   * q·10^k = g.mantissa·10^(f.scale + k) / (f.mantissa·10^g.scale). */
  for (guint k = 0; k <= ROUNDED_SCALE; k++)
    {
      guint64 up;
      guint64 down;
      guint64 numerator;
      guint64 denominator;

      if (!power_of_ten (factor.scale + k, &up) ||
          !power_of_ten (g.scale, &down) ||
          !g_uint64_checked_mul (&numerator, g.mantissa, up) ||
          !g_uint64_checked_mul (&denominator, factor.mantissa, down))
        break;

      best.mantissa = numerator / denominator;
      if (numerator % denominator >= denominator - numerator % denominator)
        best.mantissa++;
      best.scale = k;
      have_best = TRUE;

      if (numerator % denominator == 0)
        break;
    }

  if (!have_best)
    return NULL;

  return decimal_format (best);
}
