/* sc-grade.h - grading a response to a question, as a pure function
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "sc-question.h"

G_BEGIN_DECLS

#define SC_RESPONSE_NONE G_MAXUINT

/* What a learner answered. Which fields count depends on the question type;
 * the others stay empty. Arrays are always created by sc_response_new(). */
typedef struct _ScResponse ScResponse;

struct _ScResponse
{
  GArray     *choices;           /* guint, indices into answers: single choice and
                                  * true/false (one), multiple response (any) */
  char       *text;              /* short answer, numerical (number and unit as typed),
                                  * essay; NULL = nothing typed */
  GArray     *pairs;             /* guint, matching: for the stem at each subquestion index,
                                  * the index of the subquestion whose answer was picked,
                                  * SC_RESPONSE_NONE when none */
  GArray     *order;             /* guint, ordering: indices into answers, first to last */
  GPtrArray  *parts;             /* ScResponse, cloze: one per part, NULL = unanswered */
  char        decimal_separator; /* ',' where the locale writes 2,5; 0 or '.' otherwise.
                                  * Parts inherit it. */
};

typedef enum
{
  SC_GRADE_UNANSWERED,
  SC_GRADE_WRONG,
  SC_GRADE_PARTIAL,
  SC_GRADE_CORRECT,
  SC_GRADE_NEEDS_GRADING,  /* essay: a person gives the mark */
  SC_GRADE_INVALID,        /* the response cannot be read; see the reason */
  SC_GRADE_NOT_SCORED,     /* description: nothing to score */
} ScGradeState;

/* Why a response earned nothing, for the learner and the review page. */
typedef enum
{
  SC_GRADE_REASON_NONE,
  SC_GRADE_REASON_EMPTY,           /* nothing answered */
  SC_GRADE_REASON_NO_MATCH,        /* read fine, matches no answer worth marks */
  SC_GRADE_REASON_MALFORMED,       /* not a number, an option that does not exist, … */
  SC_GRADE_REASON_DECIMAL_COMMA,   /* "2,5" where the decimal separator is a point */
  SC_GRADE_REASON_UNKNOWN_UNIT,    /* "2 miles" where only km and m are known */
  SC_GRADE_REASON_INCOMPLETE,      /* ordering: not every item placed */
  SC_GRADE_REASON_UNSUPPORTED,     /* a type or grading method Shopcraft cannot mark */
  SC_GRADE_REASON_BAD_QUESTION,    /* the question itself has nothing to mark against */
} ScGradeReason;

typedef struct _ScGradeResult ScGradeResult;

/* Declare as `g_auto(ScGradeResult) result = { 0 };`. */
struct _ScGradeResult
{
  ScGradeState           state;
  ScGradeReason          reason;
  double                 fraction;      /* 0 … 1 of the question's mark */
  int                    answer_index;  /* the answer that matched, -1 if none */
  const ScQuestionText  *feedback;      /* that answer's feedback, borrowed from the
                                         * question, NULL if none */
  guint                  n_correct;     /* right choices, pairs, items or parts … */
  guint                  n_total;       /* … out of this many */
  GPtrArray             *parts;         /* cloze: ScGradeResult per part, else NULL */
};

ScResponse           *sc_response_new                      (void);
ScResponse           *sc_response_copy                     (const ScResponse    *self);
void                  sc_response_free                     (ScResponse          *self);
void                  sc_response_add_choice               (ScResponse          *self,
                                                            guint                index);
void                  sc_response_set_text                 (ScResponse          *self,
                                                            const char          *text);
void                  sc_response_set_pair                 (ScResponse          *self,
                                                            guint                stem,
                                                            guint                chosen);
void                  sc_response_add_order                (ScResponse          *self,
                                                            guint                index);
ScResponse           *sc_response_ensure_part              (ScResponse          *self,
                                                            guint                index);
gboolean              sc_response_is_empty                 (const ScResponse    *self);

void                  sc_grade                             (const ScQuestion    *question,
                                                            const ScResponse    *response,
                                                            ScGradeResult       *result);
void                  sc_grade_result_clear                (ScGradeResult       *result);
const ScQuestionText *sc_grade_result_get_combined_feedback (const ScQuestion   *question,
                                                            const ScGradeResult *result);
ScGradeState          sc_grade_state_for_fraction          (double               fraction);
const char           *sc_grade_state_to_string             (ScGradeState         state);
const char           *sc_grade_reason_to_string            (ScGradeReason        reason);

double                sc_grade_mark_after_tries            (double               fraction,
                                                            double               penalty,
                                                            guint                tries);
char                  sc_grade_locale_decimal_separator    (void);
ScGradeReason         sc_grade_parse_number                (const char          *text,
                                                            char                 decimal_separator,
                                                            double              *value,
                                                            char               **rest);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScResponse, sc_response_free)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ScGradeResult, sc_grade_result_clear)

G_END_DECLS
