/* test-money.c - exact money: parsing, formatting, arithmetic, margins
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tables of what a learner or an imported file types and what Shopcraft
 * must make of it, with the exact message when it refuses.
 */
#include <string.h>

#include "sc-error.h"
#include "sc-money.h"

typedef struct
{
  const char        *text;
  const char        *currency;
  char               separator;
  ScMoneyParseFlags  flags;
  gint64             minor;
  const char        *error;  /* NULL when the text is an amount */
} ParseCase;

static const ParseCase parse_cases[] = {
  { "12", "USD", '.', 0, 1200, NULL },
  { "12.5", "USD", '.', 0, 1250, NULL },
  { "12.50", "USD", '.', 0, 1250, NULL },
  { "-0.99", "USD", '.', 0, -99, NULL },
  { "0", "USD", '.', 0, 0, NULL },
  { "-0", "USD", '.', 0, 0, NULL },
  { ".5", "USD", '.', 0, 50, NULL },
  { "12.", "USD", '.', 0, 1200, NULL },
  { "  7.25 ", "USD", '.', 0, 725, NULL },
  { "007.50", "USD", '.', 0, 750, NULL },
  { "12,50", "EUR", ',', 0, 1250, NULL },
  { "1500", "JPY", '.', 0, 1500, NULL },
  { "1500", "KRW", '.', 0, 1500, NULL },
  { "1.234", "KWD", '.', 0, 1234, NULL },
  { "0.001", "TND", '.', 0, 1, NULL },
  { "2.5", "BHD", '.', 0, 2500, NULL },
  { "1.5", "CLF", '.', 0, 15000, NULL },
  /* Grouping only when asked, and then only in threes */
  { "1,234.56", "USD", '.', 0, 0, "“1,234.56” is not an amount: “,” groups the thousands; write the amount without it" },
  { "1,234", "USD", '.', 0, 0, "“1,234” is not an amount: “,” groups the thousands; write the amount without it" },
  { "1.234,56", "EUR", ',', 0, 0, "“1.234,56” is not an amount: “.” groups the thousands; write the amount without it" },
  { "1,234.56", "USD", '.', SC_MONEY_PARSE_GROUPING, 123456, NULL },
  { "1,234,567.00", "USD", '.', SC_MONEY_PARSE_GROUPING, 123456700, NULL },
  { "1.234,56", "EUR", ',', SC_MONEY_PARSE_GROUPING, 123456, NULL },
  { "999", "USD", '.', SC_MONEY_PARSE_GROUPING, 99900, NULL },
  { "12,34.00", "USD", '.', SC_MONEY_PARSE_GROUPING, 0, "“12,34.00” is not an amount: the digits between each “,” must come in groups of three" },
  { "1234,567", "USD", '.', SC_MONEY_PARSE_GROUPING, 0, "“1234,567” is not an amount: the digits between each “,” must come in groups of three" },
  { ",123", "USD", '.', SC_MONEY_PARSE_GROUPING, 0, "“,123” is not an amount: the digits between each “,” must come in groups of three" },
  /* The other locale's decimal separator */
  { "12,50", "USD", '.', 0, 0, "“12,50” is not an amount: it uses “,” as the decimal separator, but this file uses “.”" },
  { "12.50", "EUR", ',', 0, 0, "“12.50” is not an amount: it uses “.” as the decimal separator, but this file uses “,”" },
  { "1.2.3", "USD", '.', 0, 0, "“1.2.3” is not an amount: it has more than one “.”" },
  /* More decimals than the currency has */
  { "12.345", "USD", '.', 0, 0, "“12.345” is not an amount: USD amounts have at most 2 decimal places" },
  { "12.500", "USD", '.', 0, 0, "“12.500” is not an amount: USD amounts have at most 2 decimal places" },
  { "12.500", "USD", '.', SC_MONEY_PARSE_EXTRA_ZEROS, 1250, NULL },
  { "12.501", "USD", '.', SC_MONEY_PARSE_EXTRA_ZEROS, 0, "“12.501” is not an amount: USD amounts have at most 2 decimal places" },
  { "12.5", "JPY", '.', 0, 0, "“12.5” is not an amount: JPY amounts have no decimal places" },
  { "12.0", "JPY", '.', SC_MONEY_PARSE_EXTRA_ZEROS, 12, NULL },
  { "1.2345", "KWD", '.', 0, 0, "“1.2345” is not an amount: KWD amounts have at most 3 decimal places" },
  { "1.23456", "CLF", '.', 0, 0, "“1.23456” is not an amount: CLF amounts have at most 4 decimal places" },
  /* Not numbers Shopcraft reads */
  { "$12.50", "USD", '.', 0, 0, "“$12.50” is not an amount: only digits, a minus sign and the decimal separator may appear, without currency symbols or units" },
  { "12.50 USD", "USD", '.', 0, 0, "“12.50 USD” is not an amount: only digits, a minus sign and the decimal separator may appear, without currency symbols or units" },
  { "1e5", "USD", '.', 0, 0, "“1e5” is not an amount: write it as plain digits with an optional minus sign and decimal part, like 1234.50" },
  { "+12", "USD", '.', 0, 0, "“+12” is not an amount: write it as plain digits with an optional minus sign and decimal part, like 1234.50" },
  { "12-", "USD", '.', 0, 0, "“12-” is not an amount: write it as plain digits with an optional minus sign and decimal part, like 1234.50" },
  { "(12.50)", "USD", '.', 0, 0, "“(12.50)” is not an amount: only digits, a minus sign and the decimal separator may appear, without currency symbols or units" },
  { "", "USD", '.', 0, 0, "The amount is empty" },
  { "   ", "USD", '.', 0, 0, "The amount is empty" },
  { "-", "USD", '.', 0, 0, "“-” is not an amount: it has no digits" },
  { ".", "USD", '.', 0, 0, "“.” is not an amount: it has no digits" },
  /* The edges of 64 bits */
  { "92233720368547758.07", "USD", '.', 0, G_MAXINT64, NULL },
  { "92233720368547758.08", "USD", '.', 0, 0, "“92233720368547758.08” is not an amount: it is too large for Shopcraft to hold exactly" },
  { "-92233720368547758.08", "USD", '.', 0, G_MININT64, NULL },
  { "-92233720368547758.09", "USD", '.', 0, 0, "“-92233720368547758.09” is not an amount: it is too large for Shopcraft to hold exactly" },
  { "9223372036854775807", "JPY", '.', 0, G_MAXINT64, NULL },
  { "99999999999999999999999", "USD", '.', 0, 0, "“99999999999999999999999” is not an amount: it is too large for Shopcraft to hold exactly" },
  { "000000000000000000000000012.50", "USD", '.', 0, 1250, NULL },
};

static void
test_money_parse (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (parse_cases); i++)
    {
      const ParseCase *c = &parse_cases[i];
      g_autoptr(GError) error = NULL;
      ScMoney money = { 0 };
      gboolean ok;

      g_test_message ("parse “%s” as %s", c->text, c->currency);
      ok = sc_money_parse (c->text, sc_currency_lookup (c->currency), c->separator, c->flags,
                           &money, &error);
      if (c->error == NULL)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          g_assert_cmpint (money.minor, ==, c->minor);
          g_assert_true (money.currency == sc_currency_lookup (c->currency));
        }
      else
        {
          g_assert_false (ok);
          g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
          g_assert_cmpstr (error->message, ==, c->error);
        }
    }
}

typedef struct
{
  gint64      minor;
  const char *currency;
  char        separator;
  char        grouping;
  const char *expected;
} FormatCase;

static const FormatCase format_cases[] = {
  { 1250, "USD", '.', '\0', "12.50" },
  { -99, "USD", '.', '\0', "-0.99" },
  { 0, "USD", '.', '\0', "0.00" },
  { 5, "USD", '.', '\0', "0.05" },
  { 100, "USD", '.', ',', "1.00" },
  { 123456789, "USD", '.', ',', "1,234,567.89" },
  { 123456789, "EUR", ',', '.', "1.234.567,89" },
  { -123456789, "EUR", ',', ' ', "-1 234 567,89" },
  { 1500, "JPY", '.', '\0', "1500" },
  { 1500, "JPY", '.', ',', "1,500" },
  { 100000, "JPY", '.', ',', "100,000" },
  { 1, "KWD", '.', '\0', "0.001" },
  { 15000, "CLF", '.', '\0', "1.5000" },
  { G_MAXINT64, "USD", '.', '\0', "92233720368547758.07" },
  { G_MININT64, "USD", '.', '\0', "-92233720368547758.08" },
  { G_MININT64, "JPY", '.', ',', "-9,223,372,036,854,775,808" },
};

static void
test_money_format (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (format_cases); i++)
    {
      const FormatCase *c = &format_cases[i];
      ScMoney money = sc_money_init (c->minor, sc_currency_lookup (c->currency));
      g_autofree char *text = sc_money_format (money, c->separator, c->grouping);
      ScMoneyParseFlags flags = c->grouping != '\0' ? SC_MONEY_PARSE_GROUPING : 0;
      ScMoney back = { 0 };
      g_autoptr(GError) error = NULL;

      g_assert_cmpstr (text, ==, c->expected);

      /* What Shopcraft writes, it reads back to the same amount. */
      if (c->grouping == ' ')
        continue;
      g_assert_true (sc_money_parse (text, money.currency, c->separator, flags, &back, &error));
      g_assert_no_error (error);
      g_assert_cmpint (back.minor, ==, c->minor);
    }
}

static void
test_money_to_string (void)
{
  g_autofree char *usd = sc_money_to_string (sc_money_init (-123456, sc_currency_lookup ("USD")));
  g_autofree char *jpy = sc_money_to_string (sc_money_init (123456, sc_currency_lookup ("JPY")));

  /* The form CSV files and the canonical dump hold: no grouping, '.' */
  g_assert_cmpstr (usd, ==, "-1234.56");
  g_assert_cmpstr (jpy, ==, "123456");
}

static void
test_currency_lookup (void)
{
  const char *required[] = {
    "USD", "EUR", "GBP", "JPY", "KRW", "CHF", "CAD", "AUD", "SEK", "NOK", "DKK",
    "PLN", "CZK", "HUF", "INR", "BRL", "MXN", "CNY", "KWD", "BHD", "TND",
  };
  const ScCurrency *list;
  guint n = 0;

  g_assert_cmpuint (sc_currency_lookup ("USD")->exponent, ==, 2);
  g_assert_cmpuint (sc_currency_lookup ("EUR")->exponent, ==, 2);
  g_assert_cmpuint (sc_currency_lookup ("JPY")->exponent, ==, 0);
  g_assert_cmpuint (sc_currency_lookup ("KRW")->exponent, ==, 0);
  g_assert_cmpuint (sc_currency_lookup ("KWD")->exponent, ==, 3);
  g_assert_cmpuint (sc_currency_lookup ("BHD")->exponent, ==, 3);
  g_assert_cmpuint (sc_currency_lookup ("TND")->exponent, ==, 3);
  g_assert_cmpuint (sc_currency_lookup ("CLF")->exponent, ==, 4);
  /* Imports write codes in any case. */
  g_assert_true (sc_currency_lookup ("usd") == sc_currency_lookup ("USD"));
  g_assert_true (sc_currency_lookup ("Gbp") == sc_currency_lookup ("GBP"));
  g_assert_true (sc_currency_get_default () == sc_currency_lookup ("USD"));
  g_assert_null (sc_currency_lookup ("XXX"));
  g_assert_null (sc_currency_lookup ("US"));
  g_assert_null (sc_currency_lookup ("USDT"));
  g_assert_null (sc_currency_lookup (""));
  g_assert_null (sc_currency_lookup ("$"));

  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    {
      const ScCurrency *currency = sc_currency_lookup (required[i]);

      g_assert_nonnull (currency);
      g_assert_cmpstr (currency->code, ==, required[i]);
    }

  /* Sorted, unique, three capitals each (bsearch depends on it). */
  list = sc_currency_list (&n);
  g_assert_cmpuint (n, >=, G_N_ELEMENTS (required));
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpuint (strlen (list[i].code), ==, 3);
      for (guint k = 0; k < 3; k++)
        g_assert_true (g_ascii_isupper (list[i].code[k]));
      g_assert_cmpuint (list[i].exponent, <=, 4);
      if (i > 0)
        g_assert_cmpint (strcmp (list[i - 1].code, list[i].code), <, 0);
      g_assert_true (sc_currency_lookup (list[i].code) == &list[i]);
    }
}

typedef enum { ADD, SUBTRACT, MULTIPLY } Operation;

typedef struct
{
  Operation   operation;
  gint64      a;
  gint64      b;
  gint64      expected;
  gboolean    overflows;
} ArithmeticCase;

static const ArithmeticCase arithmetic_cases[] = {
  { ADD, 1250, 99, 1349, FALSE },
  { ADD, -99, 99, 0, FALSE },
  { ADD, G_MAXINT64, 0, G_MAXINT64, FALSE },
  { ADD, G_MAXINT64, 1, 0, TRUE },
  { ADD, G_MININT64, -1, 0, TRUE },
  { SUBTRACT, 1250, 1300, -50, FALSE },
  { SUBTRACT, G_MININT64, 1, 0, TRUE },
  { SUBTRACT, 0, G_MININT64, 0, TRUE },
  { SUBTRACT, -1, G_MININT64, G_MAXINT64, FALSE },
  { MULTIPLY, 1999, 3, 5997, FALSE },
  { MULTIPLY, 1999, 0, 0, FALSE },
  { MULTIPLY, 1999, -2, -3998, FALSE },
  { MULTIPLY, G_MAXINT64 / 2 + 1, 2, 0, TRUE },
  { MULTIPLY, G_MININT64, -1, 0, TRUE },
  { MULTIPLY, 4611686018427387904, -2, G_MININT64, FALSE },
};

static void
test_money_arithmetic (void)
{
  const ScCurrency *usd = sc_currency_lookup ("USD");

  for (guint i = 0; i < G_N_ELEMENTS (arithmetic_cases); i++)
    {
      const ArithmeticCase *c = &arithmetic_cases[i];
      ScMoney a = sc_money_init (c->a, usd);
      ScMoney result = { 0 };
      g_autoptr(GError) error = NULL;
      gboolean ok = FALSE;

      switch (c->operation)
        {
        case ADD:
          ok = sc_money_add (a, sc_money_init (c->b, usd), &result, &error);
          break;
        case SUBTRACT:
          ok = sc_money_subtract (a, sc_money_init (c->b, usd), &result, &error);
          break;
        case MULTIPLY:
          ok = sc_money_multiply (a, c->b, &result, &error);
          break;
        default:
          g_assert_not_reached ();
        }

      g_test_message ("case %u", i);
      if (c->overflows)
        {
          g_assert_false (ok);
          g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
          g_assert_cmpstr (error->message, ==, "The result is too large for Shopcraft to hold exactly");
        }
      else
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          g_assert_cmpint (result.minor, ==, c->expected);
          g_assert_true (result.currency == usd);
        }
    }
}

static void
test_money_currency_mismatch (void)
{
  ScMoney usd = sc_money_init (100, sc_currency_lookup ("USD"));
  ScMoney eur = sc_money_init (100, sc_currency_lookup ("EUR"));
  ScMoney result = { 0 };
  g_autoptr(GError) error = NULL;
  gint64 bp = 0;

  g_assert_false (sc_money_add (usd, eur, &result, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_assert_cmpstr (error->message, ==, "An amount in USD cannot be combined with one in EUR; a store uses one currency");
  g_clear_error (&error);

  g_assert_false (sc_money_margin_basis_points (eur, usd, &bp, &error));
  g_assert_cmpstr (error->message, ==, "An amount in EUR cannot be combined with one in USD; a store uses one currency");
}

typedef struct
{
  gint64      price;
  gint64      cost;
  gint64      margin;         /* basis points */
  const char *margin_error;
  gint64      markup;
  const char *markup_error;
} MarginCase;

#define NO_PRICE "The margin needs a price above zero"
#define NO_COST "The markup needs a cost above zero"
#define TOO_LARGE "The result is too large for Shopcraft to hold exactly"

static const MarginCase margin_cases[] = {
  { 800, 500, 3750, NULL, 6000, NULL },           /* 37.5 %, 60 % */
  { 300, 200, 3333, NULL, 5000, NULL },           /* 33.33… % */
  { 300, 100, 6667, NULL, 20000, NULL },          /* 66.66… % rounds up */
  { 130, 100, 2308, NULL, 3000, NULL },           /* 23.077 % */
  { 500, 800, -6000, NULL, -3750, NULL },         /* selling below cost */
  { 1000, 0, 10000, NULL, 0, NO_COST },
  { 1000, 1000, 0, NULL, 0, NULL },
  /* Exactly half a basis point: away from zero, both ways */
  { 20000, 19999, 1, NULL, 1, NULL },             /* 0.5 bp -> 1; markup 0.50003 -> 1 */
  { 20000, 20001, -1, NULL, 0, NULL },            /* -0.5 bp -> -1; markup -0.49998 -> 0 */
  { 40000, 39999, 0, NULL, 0, NULL },             /* 0.25 bp -> 0 */
  { 40000, 39997, 1, NULL, 1, NULL },             /* 0.75 bp -> 1 */
  { 40000, 40003, -1, NULL, -1, NULL },           /* -0.75 bp -> -1 */
  { 0, 500, 0, NO_PRICE, -10000, NULL },
  { -100, 500, 0, NO_PRICE, -12000, NULL },
  { 100, -500, 60000, NULL, 0, NO_COST },
  /* The edges of 64 bits: exact, or an error, never a wrong number */
  { G_MAXINT64, 0, 10000, NULL, 0, NO_COST },
  { G_MAXINT64, 1, 10000, NULL, 0, TOO_LARGE },
  { G_MAXINT64, G_MAXINT64 / 2, 5000, NULL, 10000, NULL },
  { G_MAXINT64, -1, 0, TOO_LARGE, 0, TOO_LARGE },
  { 1, -(G_MAXINT64 / 2), 0, TOO_LARGE, 0, NO_COST },
  { 1, G_MININT64 + 1, 0, TOO_LARGE, 0, TOO_LARGE },
  { 3, G_MAXINT64, 0, TOO_LARGE, -10000, NULL },
  /* profit × 10000 needs more than 64 bits, the result does not */
  { 4000000000000000000, 1000000000000000000, 7500, NULL, 30000, NULL },
};

static void
check_percentage (gboolean    ok,
                  GError     *error,
                  gint64      value,
                  gint64      expected,
                  const char *expected_error)
{
  if (expected_error == NULL)
    {
      g_assert_no_error (error);
      g_assert_true (ok);
      g_assert_cmpint (value, ==, expected);
    }
  else
    {
      g_assert_false (ok);
      g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
      g_assert_cmpstr (error->message, ==, expected_error);
    }
}

static void
test_money_margin (void)
{
  const ScCurrency *usd = sc_currency_lookup ("USD");

  for (guint i = 0; i < G_N_ELEMENTS (margin_cases); i++)
    {
      const MarginCase *c = &margin_cases[i];
      ScMoney price = sc_money_init (c->price, usd);
      ScMoney cost = sc_money_init (c->cost, usd);
      g_autoptr(GError) margin_error = NULL;
      g_autoptr(GError) markup_error = NULL;
      gint64 margin = G_MININT64;
      gint64 markup = G_MININT64;
      gboolean ok;

      g_test_message ("price %" G_GINT64_FORMAT ", cost %" G_GINT64_FORMAT, c->price, c->cost);
      ok = sc_money_margin_basis_points (price, cost, &margin, &margin_error);
      check_percentage (ok, margin_error, margin, c->margin, c->margin_error);
      ok = sc_money_markup_basis_points (price, cost, &markup, &markup_error);
      check_percentage (ok, markup_error, markup, c->markup, c->markup_error);
    }
}

static void
test_money_profit (void)
{
  const ScCurrency *usd = sc_currency_lookup ("USD");
  g_autoptr(GError) error = NULL;
  ScMoney profit = { 0 };

  g_assert_true (sc_money_profit (sc_money_init (2500, usd), sc_money_init (1175, usd), &profit, &error));
  g_assert_no_error (error);
  g_assert_cmpint (profit.minor, ==, 1325);

  g_assert_true (sc_money_profit (sc_money_init (900, usd), sc_money_init (1175, usd), &profit, &error));
  g_assert_cmpint (profit.minor, ==, -275);

  g_assert_false (sc_money_profit (sc_money_init (G_MININT64, usd), sc_money_init (1, usd), &profit, &error));
  g_assert_cmpstr (error->message, ==, TOO_LARGE);
}

typedef struct
{
  gint64 minor;
  gint64 numerator;
  gint64 denominator;
  gint64 expected;
  gboolean overflows;
} ScaleCase;

static const ScaleCase scale_cases[] = {
  { 1999, 85, 100, 1699, FALSE },      /* 16.9915 */
  { 1999, 15, 100, 300, FALSE },       /* 2.9985 */
  { -1999, 15, 100, -300, FALSE },
  { 5, 1, 2, 3, FALSE },               /* 2.5 away from zero */
  { -5, 1, 2, -3, FALSE },
  { 5, -1, 2, -3, FALSE },
  { 7, 1, 2, 4, FALSE },               /* 3.5 */
  { 1, 1, 3, 0, FALSE },
  { 2, 1, 3, 1, FALSE },
  { G_MAXINT64, G_MAXINT64, G_MAXINT64, G_MAXINT64, FALSE },
  { G_MININT64, G_MAXINT64, G_MAXINT64, G_MININT64, FALSE },
  { G_MAXINT64, 2, 1, 0, TRUE },
  { G_MAXINT64, G_MAXINT64, 1, 0, TRUE },
  { 0, G_MAXINT64, 1, 0, FALSE },
};

static void
test_money_scale (void)
{
  const ScCurrency *usd = sc_currency_lookup ("USD");

  for (guint i = 0; i < G_N_ELEMENTS (scale_cases); i++)
    {
      const ScaleCase *c = &scale_cases[i];
      g_autoptr(GError) error = NULL;
      ScMoney result = { 0 };
      gboolean ok;

      g_test_message ("scale case %u", i);
      ok = sc_money_scale (sc_money_init (c->minor, usd), c->numerator, c->denominator, &result, &error);
      if (c->overflows)
        {
          g_assert_false (ok);
          g_assert_cmpstr (error->message, ==, TOO_LARGE);
        }
      else
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          g_assert_cmpint (result.minor, ==, c->expected);
        }
    }
}

static void
test_basis_points_to_string (void)
{
  const struct
  {
    gint64      basis_points;
    const char *expected;
  } cases[] = {
    { 3750, "37.50" },
    { 10000, "100.00" },
    { 0, "0.00" },
    { 5, "0.05" },
    { -5, "-0.05" },
    { -6000, "-60.00" },
    { 123456, "1234.56" },
    { G_MININT64, "-92233720368547758.08" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = sc_basis_points_to_string (cases[i].basis_points);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_money_compare (void)
{
  const ScCurrency *usd = sc_currency_lookup ("USD");

  g_assert_cmpint (sc_money_compare (sc_money_init (1, usd), sc_money_init (2, usd)), ==, -1);
  g_assert_cmpint (sc_money_compare (sc_money_init (2, usd), sc_money_init (2, usd)), ==, 0);
  g_assert_cmpint (sc_money_compare (sc_money_init (G_MAXINT64, usd), sc_money_init (G_MININT64, usd)), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/money/currency/lookup", test_currency_lookup);
  g_test_add_func ("/money/parse", test_money_parse);
  g_test_add_func ("/money/format", test_money_format);
  g_test_add_func ("/money/to-string", test_money_to_string);
  g_test_add_func ("/money/compare", test_money_compare);
  g_test_add_func ("/money/arithmetic", test_money_arithmetic);
  g_test_add_func ("/money/currency-mismatch", test_money_currency_mismatch);
  g_test_add_func ("/money/profit", test_money_profit);
  g_test_add_func ("/money/margin-and-markup", test_money_margin);
  g_test_add_func ("/money/scale", test_money_scale);
  g_test_add_func ("/money/basis-points-to-string", test_basis_points_to_string);

  return g_test_run ();
}
