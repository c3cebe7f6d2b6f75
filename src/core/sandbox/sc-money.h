/* sc-money.h - exact amounts of money: int64 minor units and an ISO 4217 currency
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An amount is a whole number of the currency's minor unit (cents for USD,
 * yen for JPY, fils for KWD), never a double. Text becomes an amount only
 * through sc_money_parse (), which is exact: it refuses what it would have
 * to round, and every computation that could overflow reports it.
 *
 * Rounding rule: the only computations that divide (margin, markup and
 * sc_money_scale ()) round half away from zero: 0.5 becomes 1, -0.5
 * becomes -1, 0.49 becomes 0. Margins and markups are whole basis points
 * (1 bp = 0.01 %), so a margin of 37.5 % is 3750.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *code;      /* ISO 4217 alphabetic code, upper case: "USD" */
  guint       exponent;  /* digits of the minor unit: 2 for USD, 0 for JPY, 3 for KWD */
} ScCurrency;

typedef struct
{
  gint64            minor;     /* the amount in minor units: 1250 is 12.50 USD */
  const ScCurrency *currency;  /* from sc_currency_lookup (); never NULL in a valid amount */
} ScMoney;

typedef enum
{
  SC_MONEY_PARSE_DEFAULT     = 0,
  /* Accept digit grouping with the other separator: "1,234.56" when the
   * decimal separator is '.', "1.234,56" when it is ','. Groups must be
   * three digits. Without it, any grouping is refused with a message. */
  SC_MONEY_PARSE_GROUPING    = 1 << 0,
  /* Accept zeros past the currency's minor unit ("12.500" for USD): the
   * value is still exact. Without it they are refused like other digits. */
  SC_MONEY_PARSE_EXTRA_ZEROS = 1 << 1,
} ScMoneyParseFlags;

/* Whole basis points in 100 %. */
#define SC_BASIS_POINTS_PER_UNIT 10000

const ScCurrency *sc_currency_lookup           (const char        *code);
const ScCurrency *sc_currency_get_default      (void);
const ScCurrency *sc_currency_list             (guint             *n_currencies);

ScMoney           sc_money_init                (gint64             minor,
                                                const ScCurrency  *currency);
gboolean          sc_money_parse               (const char        *text,
                                                const ScCurrency  *currency,
                                                char               decimal_separator,
                                                ScMoneyParseFlags  flags,
                                                ScMoney           *result,
                                                GError           **error);
char             *sc_money_format              (ScMoney            money,
                                                char               decimal_separator,
                                                char               grouping_separator);
char             *sc_money_to_string           (ScMoney            money);
int               sc_money_compare             (ScMoney            a,
                                                ScMoney            b);

gboolean          sc_money_add                 (ScMoney            a,
                                                ScMoney            b,
                                                ScMoney           *result,
                                                GError           **error);
gboolean          sc_money_subtract            (ScMoney            a,
                                                ScMoney            b,
                                                ScMoney           *result,
                                                GError           **error);
gboolean          sc_money_multiply            (ScMoney            money,
                                                gint64             factor,
                                                ScMoney           *result,
                                                GError           **error);
gboolean          sc_money_scale               (ScMoney            money,
                                                gint64             numerator,
                                                gint64             denominator,
                                                ScMoney           *result,
                                                GError           **error);

gboolean          sc_money_profit              (ScMoney            price,
                                                ScMoney            cost,
                                                ScMoney           *profit,
                                                GError           **error);
gboolean          sc_money_margin_basis_points (ScMoney            price,
                                                ScMoney            cost,
                                                gint64            *basis_points,
                                                GError           **error);
gboolean          sc_money_markup_basis_points (ScMoney            price,
                                                ScMoney            cost,
                                                gint64            *basis_points,
                                                GError           **error);
char             *sc_basis_points_to_string    (gint64             basis_points);

G_END_DECLS
