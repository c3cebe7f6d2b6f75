/* sc-sandbox-goal-private.h - what the readers of the goal kinds share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/tree.h>

#include "sc-content-xml.h"
#include "sc-course-problems.h"
#include "sc-sandbox-goal.h"

G_BEGIN_DECLS

typedef struct
{
  const char       *file;
  ScCourseProblems *problems;
} ScGoalReader;

/* A problem of the file at @node's line (0 for the file as a whole:
 * sc_content_node_line () of %NULL). */
#define sc_goal_problem(reader, node, ...) \
  sc_course_problems_add ((reader)->problems, (reader)->file, sc_content_node_line (node), __VA_ARGS__)

char     *sc_goal_require_attribute    (ScGoalReader  *reader,
                                        xmlNode       *node,
                                        const char    *name,
                                        const char    *example);
gboolean  sc_goal_read_count           (ScGoalReader  *reader,
                                        xmlNode       *node,
                                        const char    *name,
                                        guint          low,
                                        guint          high,
                                        guint         *out_value);

/* sc-sandbox-goal-shop.c */
gboolean  sc_goal_read_shop_attributes (ScGoalReader  *reader,
                                        xmlNode       *node,
                                        ScGoal        *goal);

G_END_DECLS
