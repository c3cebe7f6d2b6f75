/* sc-portfolio.h - a learner's work in a course, gathered for an instructor
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-course.h"
#include "sc-learner-report.h"
#include "sc-learner.h"
#include "sc-types.h"

G_BEGIN_DECLS

/* A written answer: an essay question of a finished quiz. */
typedef struct
{
  char     *quiz_title;     /* the quiz's title, or its id */
  char     *submitted_at;   /* UTC, ISO 8601 */
  char     *question;       /* the question's text, plain */
  char     *answer;         /* the learner's text; "" when none */
  gboolean  graded;
  double    mark;           /* when graded */
  double    max_mark;
  char     *comment;        /* the grader's; "" when none */
} ScPortfolioAnswer;

/* A message the learner sent a customer in a practice store. */
typedef struct
{
  char   *order_name;       /* "#3001" */
  char   *customer;
  char   *customer_wrote;   /* (nullable): the customer's message it answers */
  char   *text;
  gint64  sent_at;          /* Unix seconds on the store's clock */
} ScPortfolioMessage;

/* A field of a listing the learner changed in a practice store: as the
 * store had it when the learner started (or last started over), and as
 * it is now. A change undone again is not one. */
typedef struct
{
  char *product;            /* the product's title now */
  char *field;              /* in words, capitalized: "SEO title" */
  char *before;             /* "" when it was empty */
  char *after;              /* "" when it is empty now */
} ScPortfolioChange;

/* A practice store of the learner's, with its latest check. */
typedef struct
{
  char      *run_name;
  char      *scenario_id;
  char      *title;         /* the practice card's title, or the run's name */
  char      *checked_at;    /* (nullable): the latest Check My Work, UTC */
  guint      n_goals;
  guint      n_passed;
  GPtrArray *messages;      /* ScPortfolioMessage, order by order, oldest first */
  GPtrArray *changes;       /* ScPortfolioChange, in the order first changed */
} ScPortfolioPractice;

typedef struct
{
  char            *learner_name;
  char            *course_title;
  char            *course_version;   /* (nullable) */
  char            *course_language;  /* (nullable): BCP 47 */
  GDateTime       *made_at;          /* local time */
  ScLearnerReport *report;
  GPtrArray       *answers;          /* ScPortfolioAnswer, oldest first */
  GPtrArray       *practices;        /* ScPortfolioPractice, by store name */
} ScPortfolio;

/* A chart the HTML shows: a picture written beside it. */
typedef struct
{
  const char *section_id;   /* the ScReportSection it draws */
  const char *file_name;    /* relative to the HTML file */
} ScPortfolioChart;

ScPortfolio *sc_portfolio_collect  (ScDatabase              *database,
                                    const ScLearner         *learner,
                                    ScCourse                *course,
                                    GDateTime               *now,
                                    GError                 **error);
ScPortfolio *sc_portfolio_ref      (ScPortfolio             *self);
void         sc_portfolio_unref    (ScPortfolio             *self);
char        *sc_portfolio_to_html  (const ScPortfolio       *self,
                                    GPtrArray               *sections,
                                    const ScPortfolioChart  *charts,
                                    gsize                    n_charts);
char        *sc_portfolio_file_name (const ScPortfolio      *self,
                                    GDateTime              *now);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScPortfolio, sc_portfolio_unref)

G_END_DECLS
