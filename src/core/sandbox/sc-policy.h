/* sc-policy.h - a marketplace policy: the thresholds the listing linter applies
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A course ships its policies as the .xml files of its policies/ folder,
 * one policy a file:
 *
 *   <policy id="general-marketplace">
 *     <title>General marketplace</title>
 *     <source>Where the numbers come from, in words</source>
 *     <date>2026-11-30</date>
 *     <limit rule="title-length" name="max" value="150"
 *            source="…" date="2026-11-30"/>
 *     <category id="apparel" path="Apparel &amp; Accessories">
 *       <requires attribute="size"/>
 *     </category>
 *     <phrases rule="promotional">free shipping|best price</phrases>
 *   </policy>
 *
 * - <title>, <source> and <date> (YYYY-MM-DD) are required, once each.
 * - <limit rule name value [source] [date]>: one threshold, a whole number.
 *   Known pairs (rule/name, range): title-length/min and /max, title-all-caps/
 *   max-words, description-length/min, seo-title-length/max,
 *   seo-description-length/max (1–100000), barcode/required (0 or 1). A
 *   threshold that is not set turns its check off (barcode/required: 0).
 * - <category id path [source] [date]>: a product whose category path starts
 *   with @path (whole " > " steps, any case) needs an option named after each
 *   <requires attribute="…"/> (any case).
 * - <phrases rule [source] [date]>: a "|"-separated list, matched without
 *   regard to case. Rules: promotional (banned in titles, whole words),
 *   decorative (characters or runs banned in titles, anywhere; emoji are
 *   always banned), stop-words (words that do not identify a product).
 * - Every threshold carries a source and a date; one written on the
 *   element wins over the policy's own <source> and <date>.
 *
 * Problems are reported as FILE:LINE: message, all of them; a policy with
 * any problem is not loaded.
 */
#pragma once

#include <glib.h>

#include "sc-course-problems.h"

G_BEGIN_DECLS

typedef struct
{
  char   *rule;     /* "title-length" */
  char   *name;     /* "max" */
  gint64  value;
  char   *source;
  char   *date;
} ScPolicyLimit;

typedef struct
{
  char   *id;
  char   *path;        /* "Apparel & Accessories" */
  GStrv   attributes;  /* "size", "color" */
  char   *source;
  char   *date;
} ScPolicyCategory;

typedef struct _ScPolicy ScPolicy;

ScPolicy               *sc_policy_parse          (const char        *data,
                                                  gsize              length,
                                                  const char        *file,
                                                  ScCourseProblems  *problems);
ScPolicy               *sc_policy_load           (const char        *course_dir,
                                                  const char        *relative,
                                                  ScCourseProblems  *problems);
GPtrArray              *sc_policy_load_all       (const char        *course_dir,
                                                  ScCourseProblems  *problems);
void                    sc_policy_free           (ScPolicy          *self);

const char             *sc_policy_get_id         (const ScPolicy    *self);
const char             *sc_policy_get_title      (const ScPolicy    *self);
const char             *sc_policy_get_source     (const ScPolicy    *self);
const char             *sc_policy_get_date       (const ScPolicy    *self);
const ScPolicyLimit    *sc_policy_get_limit      (const ScPolicy    *self,
                                                  const char        *rule,
                                                  const char        *name);
gboolean                sc_policy_get_value      (const ScPolicy    *self,
                                                  const char        *rule,
                                                  const char        *name,
                                                  gint64            *out_value);
const char * const     *sc_policy_get_phrases    (const ScPolicy    *self,
                                                  const char        *rule);
const ScPolicyCategory *sc_policy_match_category (const ScPolicy    *self,
                                                  const char        *category_path);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScPolicy, sc_policy_free)

G_END_DECLS
