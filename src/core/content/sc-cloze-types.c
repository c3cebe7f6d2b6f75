/* sc-cloze-types.c - the cloze field types and the number syntax Moodle accepts in them
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "sc-cloze-private.h"

typedef struct
{
  const char  *long_name;
  const char  *short_names[2];
  ScClozeKind  kind;
  ScClozeLayout layout;
  gboolean     shuffled;
  gboolean     case_sensitive;
} TypeInfo;

#define SA     SC_CLOZE_KIND_SHORT_ANSWER
#define NM     SC_CLOZE_KIND_NUMERICAL
#define MC     SC_CLOZE_KIND_CHOICE
#define MR     SC_CLOZE_KIND_MULTI_RESPONSE
#define INLINE SC_CLOZE_LAYOUT_INLINE
#define V      SC_CLOZE_LAYOUT_VERTICAL
#define H      SC_CLOZE_LAYOUT_HORIZONTAL

/* Indexed by ScClozeType: Moodle's ANSWER_TYPE_DEF_REGEX, in its order */
static const TypeInfo types[] = {
  /* name               short names       kind layout  shuffled case */
  { "SHORTANSWER",      { "SA", "MW" },   SA,  INLINE, FALSE,   FALSE },
  { "SHORTANSWER_C",    { "SAC", "MWC" }, SA,  INLINE, FALSE,   TRUE },
  { "NUMERICAL",        { "NM", NULL },   NM,  INLINE, FALSE,   FALSE },
  { "MULTICHOICE",      { "MC", NULL },   MC,  INLINE, FALSE,   FALSE },
  { "MULTICHOICE_V",    { "MCV", NULL },  MC,  V,      FALSE,   FALSE },
  { "MULTICHOICE_H",    { "MCH", NULL },  MC,  H,      FALSE,   FALSE },
  { "MULTICHOICE_S",    { "MCS", NULL },  MC,  INLINE, TRUE,    FALSE },
  { "MULTICHOICE_VS",   { "MCVS", NULL }, MC,  V,      TRUE,    FALSE },
  { "MULTICHOICE_HS",   { "MCHS", NULL }, MC,  H,      TRUE,    FALSE },
  { "MULTIRESPONSE",    { "MR", NULL },   MR,  V,      FALSE,   FALSE },
  { "MULTIRESPONSE_H",  { "MRH", NULL },  MR,  H,      FALSE,   FALSE },
  { "MULTIRESPONSE_S",  { "MRS", NULL },  MR,  V,      TRUE,    FALSE },
  { "MULTIRESPONSE_HS", { "MRHS", NULL }, MR,  H,      TRUE,    FALSE },
};

#undef SA
#undef NM
#undef MC
#undef MR
#undef INLINE
#undef V
#undef H

G_STATIC_ASSERT (G_N_ELEMENTS (types) == SC_CLOZE_MULTIRESPONSE_HS + 1);

const char *
sc_cloze_type_to_string (ScClozeType type)
{
  g_return_val_if_fail ((guint) type < G_N_ELEMENTS (types), NULL);

  return types[type].long_name;
}

/* Case matters, as in Moodle: "sa" is not a type. */
gboolean
sc_cloze_type_from_string (const char  *string,
                           ScClozeType *type)
{
  g_return_val_if_fail (type != NULL, FALSE);

  if (string == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      if (strcmp (string, types[i].long_name) == 0
          || g_strcmp0 (string, types[i].short_names[0]) == 0
          || g_strcmp0 (string, types[i].short_names[1]) == 0)
        {
          *type = i;
          return TRUE;
        }
    }

  return FALSE;
}

ScClozeKind
sc_cloze_type_get_kind (ScClozeType type)
{
  g_return_val_if_fail ((guint) type < G_N_ELEMENTS (types), SC_CLOZE_KIND_SHORT_ANSWER);

  return types[type].kind;
}

ScClozeLayout
sc_cloze_type_get_layout (ScClozeType type)
{
  g_return_val_if_fail ((guint) type < G_N_ELEMENTS (types), SC_CLOZE_LAYOUT_INLINE);

  return types[type].layout;
}

gboolean
sc_cloze_type_is_shuffled (ScClozeType type)
{
  g_return_val_if_fail ((guint) type < G_N_ELEMENTS (types), FALSE);

  return types[type].shuffled;
}

gboolean
sc_cloze_type_is_case_sensitive (ScClozeType type)
{
  g_return_val_if_fail ((guint) type < G_N_ELEMENTS (types), FALSE);

  return types[type].case_sensitive;
}

/* Moodle's NUMBER_REGEX: -?([0-9]+[.,]?[0-9]*|[.,][0-9]+)([eE][-+]?[0-9]+)? */
gboolean
sc_cloze_is_number (const char *start,
                    const char *end)
{
  const char *p = start;
  gsize int_digits = 0, frac_digits = 0;

  if (p < end && *p == '-')
    p++;
  while (p < end && g_ascii_isdigit (*p))
    p++, int_digits++;
  if (p < end && (*p == '.' || *p == ','))
    {
      p++;
      while (p < end && g_ascii_isdigit (*p))
        p++, frac_digits++;
    }
  if (int_digits == 0 && frac_digits == 0)
    return FALSE;
  if (p < end && (*p == 'e' || *p == 'E'))
    {
      gsize exp_digits = 0;

      p++;
      if (p < end && (*p == '-' || *p == '+'))
        p++;
      while (p < end && g_ascii_isdigit (*p))
        p++, exp_digits++;
      if (exp_digits == 0)
        return FALSE;
    }

  return p == end;
}

double
sc_cloze_number_value (const char *text)
{
  g_autofree char *copy = g_strdup (text);

  g_strdelimit (copy, ",", '.');
  return g_ascii_strtod (copy, NULL);
}

/* "%n%" with n as in Moodle: -?[0-9]+([.,][0-9]*)? */
gboolean
sc_cloze_is_percentage (const char *start,
                        const char *end)
{
  const char *p = start;
  gsize digits = 0;

  if (p < end && *p == '-')
    p++;
  while (p < end && g_ascii_isdigit (*p))
    p++, digits++;
  if (digits == 0)
    return FALSE;
  if (p < end && (*p == '.' || *p == ','))
    {
      p++;
      while (p < end && g_ascii_isdigit (*p))
        p++;
    }

  return p == end;
}
