/* sc-grade-private.h - graders shared between the question types and cloze parts
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-grade.h"

G_BEGIN_DECLS

/* Moodle's question_state::graded_state_for_fraction () calls a fraction
 * above 0.999999 right and below 0.000001 wrong: three answers of
 * 33.33333 % each add up to 0.9999999 and are right. */
#define SC_GRADE_EPSILON 0.000001

gboolean sc_grade_indices_valid  (const GArray             *indices,
                                  guint                     n_items);
void     sc_grade_set_fraction   (ScGradeResult            *result,
                                  double                    fraction);
void     sc_grade_set_invalid    (ScGradeResult            *result,
                                  ScGradeState              state,
                                  ScGradeReason             reason);
void     sc_grade_short_answer   (const GPtrArray          *answers,
                                  gboolean                  case_sensitive,
                                  const char               *text,
                                  ScGradeResult            *result);
void     sc_grade_numerical      (const GPtrArray          *answers,
                                  const GPtrArray          *units,
                                  const ScNumericalOptions *options,
                                  const char               *text,
                                  char                      decimal_separator,
                                  ScGradeResult            *result);
void     sc_grade_single_choice  (const GPtrArray          *answers,
                                  const GArray             *choices,
                                  ScGradeResult            *result);
void     sc_grade_multi_response (const GPtrArray          *answers,
                                  const GArray             *choices,
                                  ScGradeResult            *result);
void     sc_grade_ordering       (const ScQuestion         *question,
                                  const ScResponse         *response,
                                  ScGradeResult            *result);

G_END_DECLS
