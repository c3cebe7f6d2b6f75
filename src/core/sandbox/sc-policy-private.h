/* sc-policy-private.h - what the policy files share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-policy.h"

G_BEGIN_DECLS

struct _ScPolicy
{
  char      *id;
  char      *title;
  char      *source;
  char      *date;
  GPtrArray *limits;      /* (element-type ScPolicyLimit) */
  GPtrArray *categories;  /* (element-type ScPolicyCategory) */
  GHashTable *phrases;    /* rule → GStrv */
};

ScPolicy *sc_policy_new_empty (void);

G_END_DECLS
