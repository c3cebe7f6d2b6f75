/* sc-money-ratio.c - margins, markups and scaling, rounded half away from zero
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each ratio multiplies into 128 bits made of two 64-bit halves and
 * divides bit by bit: exact for every int64 input, on every architecture,
 * without relying on a compiler's __int128 and never through a double.
 * A result that does not fit 64 bits is an error, not a wrong number.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-error.h"
#include "sc-money-private.h"

/* round (a × b / c) for unsigned values, half up (which is away from zero
 * once the caller applies the sign). FALSE when the quotient needs more
 * than 64 bits. */
static gboolean
mul_div_round (guint64  a,
               guint64  b,
               guint64  c,
               guint64 *quotient)
{
  guint64 a_lo = a & 0xffffffffu, a_hi = a >> 32;
  guint64 b_lo = b & 0xffffffffu, b_hi = b >> 32;
  guint64 lo_lo = a_lo * b_lo;
  guint64 hi_lo = a_hi * b_lo;
  guint64 lo_hi = a_lo * b_hi;
  guint64 hi_hi = a_hi * b_hi;
  guint64 middle = (lo_lo >> 32) + (hi_lo & 0xffffffffu) + (lo_hi & 0xffffffffu);
  guint64 hi = hi_hi + (hi_lo >> 32) + (lo_hi >> 32) + (middle >> 32);
  guint64 lo = (middle << 32) | (lo_lo & 0xffffffffu);
  guint64 q = 0;
  guint64 r = hi;

  g_assert (c != 0);

  if (hi >= c)
    return FALSE;

  for (int bit = 63; bit >= 0; bit--)
    {
      guint64 carry = r >> 63;

      r = (r << 1) | ((lo >> bit) & 1);
      q <<= 1;
      if (carry || r >= c)
        {
          r -= c;
          q |= 1;
        }
    }

  if (r >= c - r)
    {
      if (q == G_MAXUINT64)
        return FALSE;
      q++;
    }

  *quotient = q;
  return TRUE;
}

/* round (value × numerator / denominator), half away from zero */
static gboolean
scale_rounded (gint64   value,
               gint64   numerator,
               gint64   denominator,
               gint64  *result)
{
  gboolean negative = (value < 0) != (numerator < 0);
  guint64 magnitude;

  g_assert (denominator > 0);

  if (value == 0 || numerator == 0)
    {
      *result = 0;
      return TRUE;
    }
  if (!mul_div_round (sc_money_magnitude (value), sc_money_magnitude (numerator), (guint64) denominator, &magnitude))
    return FALSE;

  if (negative)
    {
      if (magnitude > (guint64) G_MAXINT64 + 1)
        return FALSE;
      *result = magnitude == (guint64) G_MAXINT64 + 1 ? G_MININT64 : -(gint64) magnitude;
    }
  else
    {
      if (magnitude > (guint64) G_MAXINT64)
        return FALSE;
      *result = (gint64) magnitude;
    }

  return TRUE;
}

/**
 * sc_money_scale:
 * @money: an amount
 * @numerator: multiplied by
 * @denominator: divided by; above zero
 * @result: (out): @money × @numerator / @denominator, rounded half away from zero
 *
 * For discounts and ratios: 15 % off 19.99 is sc_money_scale (m, 85, 100).
 */
gboolean
sc_money_scale (ScMoney   money,
                gint64    numerator,
                gint64    denominator,
                ScMoney  *result,
                GError  **error)
{
  gint64 scaled;

  g_return_val_if_fail (money.currency != NULL, FALSE);
  g_return_val_if_fail (denominator > 0, FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  if (!scale_rounded (money.minor, numerator, denominator, &scaled))
    return sc_money_set_overflow (error);

  *result = sc_money_init (scaled, money.currency);
  return TRUE;
}

/* Profit per unit sold: price − cost. */
gboolean
sc_money_profit (ScMoney   price,
                 ScMoney   cost,
                 ScMoney  *profit,
                 GError  **error)
{
  return sc_money_subtract (price, cost, profit, error);
}

/* Profit (price − cost) over @base in basis points; @base must be above
 * zero or @why_positive is the error. */
static gboolean
profit_ratio (ScMoney      price,
              ScMoney      cost,
              ScMoney      base,
              const char  *why_positive,
              gint64      *basis_points,
              GError     **error)
{
  ScMoney profit;

  g_return_val_if_fail (basis_points != NULL, FALSE);

  if (!sc_money_profit (price, cost, &profit, error))
    return FALSE;
  if (base.minor <= 0)
    {
      g_set_error_literal (error, SC_ERROR, SC_ERROR_INVALID_INPUT, why_positive);
      return FALSE;
    }
  if (!scale_rounded (profit.minor, SC_BASIS_POINTS_PER_UNIT, base.minor, basis_points))
    return sc_money_set_overflow (error);

  return TRUE;
}

/**
 * sc_money_margin_basis_points:
 * @price: the selling price; above zero
 * @cost: the cost per item
 * @basis_points: (out): (price − cost) / price in basis points, rounded
 *   half away from zero: price 8.00, cost 5.00 gives 3750 (37.50 %)
 *
 * Returns: %FALSE with an error when the price is not above zero (a
 *   margin of a free item means nothing) or the numbers overflow
 */
gboolean
sc_money_margin_basis_points (ScMoney   price,
                              ScMoney   cost,
                              gint64   *basis_points,
                              GError  **error)
{
  return profit_ratio (price, cost, price, _("The margin needs a price above zero"),
                       basis_points, error);
}

/**
 * sc_money_markup_basis_points:
 * @price: the selling price
 * @cost: the cost per item; above zero
 * @basis_points: (out): (price − cost) / cost in basis points, rounded
 *   half away from zero: price 8.00, cost 5.00 gives 6000 (60.00 %)
 */
gboolean
sc_money_markup_basis_points (ScMoney   price,
                              ScMoney   cost,
                              gint64   *basis_points,
                              GError  **error)
{
  return profit_ratio (price, cost, cost, _("The markup needs a cost above zero"),
                       basis_points, error);
}

/* "37.50" for 3750, "-0.05" for -5: a percentage with two decimals and
 * no sign of its own, for the caller to put in a translated "%s %%". */
char *
sc_basis_points_to_string (gint64 basis_points)
{
  guint64 magnitude = sc_money_magnitude (basis_points);

  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%02u", basis_points < 0 ? "-" : "",
                          magnitude / 100, (guint) (magnitude % 100));
}
