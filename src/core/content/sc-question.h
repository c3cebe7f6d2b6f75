/* sc-question.h - the in-memory question model that Moodle XML and GIFT round-trip through
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  SC_QUESTION_SINGLE_CHOICE,     /* Moodle multichoice, <single>true */
  SC_QUESTION_MULTIPLE_RESPONSE, /* Moodle multichoice, <single>false */
  SC_QUESTION_TRUE_FALSE,        /* answers "true" and "false" */
  SC_QUESTION_SHORT_ANSWER,
  SC_QUESTION_NUMERICAL,
  SC_QUESTION_MATCHING,          /* subquestions */
  SC_QUESTION_ORDERING,          /* answers are the items, in the correct order */
  SC_QUESTION_CLOZE,             /* Moodle multianswer: cloze_parts, parsed from the stem */
  SC_QUESTION_ESSAY,             /* essay options; graded by a person */
  SC_QUESTION_DESCRIPTION,       /* text only, no score */
  SC_QUESTION_UNSUPPORTED,       /* a plug-in type kept by name in ->plugin */
} ScQuestionType;

#define SC_QUESTION_N_TYPES (SC_QUESTION_UNSUPPORTED + 1)

typedef enum
{
  SC_TEXT_FORMAT_HTML,               /* Moodle "html" (also what unknown formats become) */
  SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT, /* Moodle "moodle_auto_format", GIFT [moodle] */
  SC_TEXT_FORMAT_MARKDOWN,           /* Moodle "markdown", GIFT [markdown] */
  SC_TEXT_FORMAT_PLAIN,              /* Moodle "plain_text", GIFT [plain] */
  SC_TEXT_FORMAT_WIKI_LIKE,          /* Moodle's legacy "wiki_like": shown as plain text */
} ScTextFormat;

/* A file embedded in a text container (<file name= path= encoding=>),
 * referenced from the text as @@PLUGINFILE@@/name. */
typedef struct
{
  char   *name;      /* as written in name="" (not URL-decoded) */
  char   *path;      /* "/" in Moodle 4.5 files, NULL when the attribute is absent */
  char   *encoding;  /* "base64" as written, NULL when absent */
  GBytes *data;      /* the decoded bytes */
} ScQuestionFile;

/* Text as the source wrote it: `source` is kept verbatim so that export
 * writes the original HTML back byte for byte. The ScRichText a view shows
 * is built on demand by the converters for `format` (sc-rich-text-*.h).
 * Embedded by value in the structs below; an absent text has source NULL. */
typedef struct
{
  char         *source;
  ScTextFormat  format;
  GPtrArray    *files;  /* ScQuestionFile, NULL when there are none */
} ScQuestionText;

typedef enum
{
  SC_TOLERANCE_NOMINAL   = 2, /* answer ± tolerance (Moodle numerical, GIFT, cloze) */
  SC_TOLERANCE_RELATIVE  = 1, /* answer ± tolerance × |answer| */
  SC_TOLERANCE_GEOMETRIC = 3, /* answer ÷ (1 + tolerance) … answer × (1 + tolerance) */
} ScToleranceType;

typedef struct
{
  ScQuestionText   text;             /* the answer; "*" in short answer and numerical
                                      * matches anything */
  double           fraction;         /* -1 … 1 (ordering: the 1-based position) */
  char            *fraction_source;  /* as written (Moodle XML / GIFT: a percentage such as
                                      * "33.33333", cloze: "=" or "50"); NULL if made here */
  ScQuestionText   feedback;
  double           tolerance;        /* numerical, ≥ 0 */
  char            *tolerance_source; /* as written, NULL when absent */
  ScToleranceType  tolerance_type;
} ScQuestionAnswer;

/* Numerical units: a response "2000 m" with { km: 1, m: 1000 } is 2 km,
 * the value divided by the unit's multiplier. */
typedef struct
{
  char   *name;
  double  multiplier;
  char   *multiplier_source;  /* as written, NULL if made here */
} ScQuestionUnit;

typedef struct
{
  ScQuestionText  text;
  gboolean        show_num_correct;
  gboolean        clear_wrong;
  char           *options;    /* Moodle's <options>, used by some plug-ins; NULL if absent */
} ScQuestionHint;

/* A matching pair; an empty text makes `answer` an extra distractor. */
typedef struct
{
  ScQuestionText  text;
  char           *answer;     /* plain text */
} ScQuestionSubquestion;

/* Every spelling Moodle's multianswer accepts, by long name. */
typedef enum
{
  SC_CLOZE_SHORTANSWER,        /* SA, MW */
  SC_CLOZE_SHORTANSWER_C,      /* SAC, MWC: case sensitive */
  SC_CLOZE_NUMERICAL,          /* NM */
  SC_CLOZE_MULTICHOICE,        /* MC: drop-down */
  SC_CLOZE_MULTICHOICE_V,      /* MCV: vertical radio buttons */
  SC_CLOZE_MULTICHOICE_H,      /* MCH: horizontal radio buttons */
  SC_CLOZE_MULTICHOICE_S,      /* MCS: drop-down, shuffled */
  SC_CLOZE_MULTICHOICE_VS,     /* MCVS */
  SC_CLOZE_MULTICHOICE_HS,     /* MCHS */
  SC_CLOZE_MULTIRESPONSE,      /* MR: vertical check boxes */
  SC_CLOZE_MULTIRESPONSE_H,    /* MRH */
  SC_CLOZE_MULTIRESPONSE_S,    /* MRS */
  SC_CLOZE_MULTIRESPONSE_HS,   /* MRHS */
} ScClozeType;

/* One embedded sub-question of a cloze question. `start` and `end` are byte
 * offsets of its "{…}" in the stem's source, so a player can cut the text
 * around the fields. Answers have HTML entities and "\" escapes undone; a
 * multiple-response part's positive fractions are scaled to add up to 1
 * (as Moodle does), fraction_source keeps what was written. */
typedef struct
{
  ScClozeType  type;
  char        *type_source;  /* the spelling used, e.g. "SA" or "SHORTANSWER" */
  guint        weight;       /* 1 when written "{:SA:…}" */
  GPtrArray   *answers;      /* ScQuestionAnswer */
  gsize        start;
  gsize        end;          /* one past the closing brace */
} ScClozePart;

typedef enum
{
  SC_ORDERING_LAYOUT_VERTICAL   = 0,
  SC_ORDERING_LAYOUT_HORIZONTAL = 1,
} ScOrderingLayout;

typedef enum
{
  SC_ORDERING_SELECT_ALL        = 0,
  SC_ORDERING_SELECT_RANDOM     = 1,
  SC_ORDERING_SELECT_CONTIGUOUS = 2,
} ScOrderingSelect;

/* qtype_ordering's grading types, with Moodle's numbers. */
typedef enum
{
  SC_ORDERING_GRADING_ALL_OR_NOTHING                 = -1,
  SC_ORDERING_GRADING_ABSOLUTE_POSITION              = 0,
  SC_ORDERING_GRADING_RELATIVE_NEXT_EXCLUDE_LAST     = 1,
  SC_ORDERING_GRADING_RELATIVE_NEXT_INCLUDE_LAST     = 2,
  SC_ORDERING_GRADING_RELATIVE_ONE_PREVIOUS_AND_NEXT = 3,
  SC_ORDERING_GRADING_RELATIVE_ALL_PREVIOUS_AND_NEXT = 4,
  SC_ORDERING_GRADING_LONGEST_ORDERED_SUBSET         = 5,
  SC_ORDERING_GRADING_LONGEST_CONTIGUOUS_SUBSET      = 6,
  SC_ORDERING_GRADING_RELATIVE_TO_CORRECT            = 7,
} ScOrderingGrading;

typedef struct
{
  ScOrderingLayout   layout;
  ScOrderingSelect   select_type;
  guint              select_count;     /* 0 = all */
  ScOrderingGrading  grading_type;
  gboolean           show_grading;
  char              *numbering_style;  /* as written ("none", "abc", …), NULL if absent */
} ScOrderingOptions;

typedef struct
{
  char           *response_format;        /* "editor", "editorfilepicker", "plain",
                                           * "monospaced", "noinline"; NULL = "editor" */
  gboolean        response_required;
  guint           response_field_lines;   /* 0 = not given (Moodle's default is 15) */
  guint           min_word_limit;         /* 0 = none */
  guint           max_word_limit;         /* 0 = none */
  int             attachments;            /* -1 = unlimited */
  guint           attachments_required;
  gint64          max_bytes;              /* 0 = the site default */
  char           *file_types_list;        /* NULL if absent */
  ScQuestionText  grader_info;
  ScQuestionText  response_template;
} ScEssayOptions;

typedef struct
{
  int             unit_grading_type;  /* Moodle's <unitgradingtype>: 0 optional,
                                       * 1 penalise out of the response's mark,
                                       * 2 out of the question's mark */
  double          unit_penalty;       /* 0 … 1 */
  int             show_units;         /* Moodle's <showunits>: 0 text, 1 radio,
                                       * 2 select, 3 none */
  gboolean        units_left;         /* "$ 12" rather than "12 $" */
  ScQuestionText  instructions;
} ScNumericalOptions;

/* One question. Plain data: readers and writers use the fields directly.
 * Fields a type does not use stay NULL/0/empty. Arrays are always created by
 * sc_question_new() so callers can append without checking. */
typedef struct
{
  ScQuestionType      type;
  char               *plugin;         /* UNSUPPORTED: Moodle's type name, e.g. "ddwtos" */
  char               *id;             /* the bank's id, NULL until stored */
  char               *name;
  char               *idnumber;       /* NULL when absent */
  char              **category;       /* path components, unescaped, NULL-terminated;
                                       * e.g. { "$course$", "top", "A/B", NULL } */
  ScQuestionText      stem;           /* cloze: the source with the {…} sub-questions */
  ScQuestionText      general_feedback;
  ScQuestionText      correct_feedback;            /* combined feedback */
  ScQuestionText      partially_correct_feedback;
  ScQuestionText      incorrect_feedback;
  gboolean            show_num_correct;
  GPtrArray          *hints;          /* ScQuestionHint */
  double              default_mark;   /* cloze: the sum of the parts' weights */
  double              penalty;        /* 0 … 1, per extra try in interactive mode */
  gboolean            hidden;
  GPtrArray          *tags;           /* char *, as written; see sc_question_dup_competencies() */

  GPtrArray          *answers;        /* ScQuestionAnswer */
  GPtrArray          *units;          /* ScQuestionUnit (numerical) */
  GPtrArray          *subquestions;   /* ScQuestionSubquestion (matching) */
  GPtrArray          *cloze_parts;    /* ScClozePart (cloze) */

  /* multichoice / true-false / matching / ordering */
  gboolean            shuffle;
  char               *answer_numbering;          /* "abc", "ABCD", "123", "iii", "IIII",
                                                  * "none"; NULL = absent ("abc") */
  gboolean            show_standard_instruction; /* Moodle 4.0+ multichoice */
  /* short answer */
  gboolean            case_sensitive;

  ScNumericalOptions  numerical;
  ScOrderingOptions   ordering;
  ScEssayOptions      essay;
} ScQuestion;

#define SC_TYPE_QUESTION (sc_question_get_type ())

GType                  sc_question_get_type               (void) G_GNUC_CONST;
ScQuestion            *sc_question_new                    (ScQuestionType          type);
ScQuestion            *sc_question_copy                   (const ScQuestion       *self);
void                   sc_question_free                   (ScQuestion             *self);

const char            *sc_question_type_to_string         (ScQuestionType          type);
char                  *sc_question_name_for_message       (const char             *name);
gboolean               sc_question_type_from_string       (const char             *string,
                                                           ScQuestionType         *type);
const char            *sc_text_format_to_moodle           (ScTextFormat            format);
ScTextFormat           sc_text_format_from_moodle         (const char             *string);

ScQuestionAnswer      *sc_question_add_answer             (ScQuestion             *self,
                                                           const char             *text,
                                                           ScTextFormat            format,
                                                           double                  fraction);
ScQuestionUnit        *sc_question_add_unit               (ScQuestion             *self,
                                                           const char             *name,
                                                           double                  multiplier);
ScQuestionSubquestion *sc_question_add_subquestion        (ScQuestion             *self,
                                                           const char             *text,
                                                           ScTextFormat            format,
                                                           const char             *answer);
ScQuestionHint        *sc_question_add_hint               (ScQuestion             *self,
                                                           const char             *text,
                                                           ScTextFormat            format);
void                   sc_question_add_tag                (ScQuestion             *self,
                                                           const char             *tag);
char                 **sc_question_dup_competencies       (const ScQuestion       *self);
double                 sc_question_get_max_fraction       (const ScQuestion       *self);

void                   sc_question_text_set               (ScQuestionText         *self,
                                                           const char             *source,
                                                           ScTextFormat            format);
void                   sc_question_text_clear             (ScQuestionText         *self);
void                   sc_question_text_copy_to           (const ScQuestionText   *self,
                                                           ScQuestionText         *dest);
gboolean               sc_question_text_is_empty          (const ScQuestionText   *self);
ScQuestionFile        *sc_question_text_add_file          (ScQuestionText         *self,
                                                           const char             *name,
                                                           const char             *path,
                                                           const char             *encoding,
                                                           GBytes                 *data);

ScQuestionFile        *sc_question_file_copy              (const ScQuestionFile   *self);
void                   sc_question_file_free              (ScQuestionFile         *self);
ScQuestionAnswer      *sc_question_answer_new             (const char             *text,
                                                           ScTextFormat            format,
                                                           double                  fraction);
ScQuestionAnswer      *sc_question_answer_copy            (const ScQuestionAnswer *self);
void                   sc_question_answer_free            (ScQuestionAnswer       *self);
ScQuestionUnit        *sc_question_unit_copy              (const ScQuestionUnit   *self);
void                   sc_question_unit_free              (ScQuestionUnit         *self);
ScQuestionHint        *sc_question_hint_copy              (const ScQuestionHint   *self);
void                   sc_question_hint_free              (ScQuestionHint         *self);
ScQuestionSubquestion *sc_question_subquestion_copy       (const ScQuestionSubquestion *self);
void                   sc_question_subquestion_free       (ScQuestionSubquestion  *self);
ScClozePart           *sc_cloze_part_new                  (ScClozeType             type,
                                                           guint                   weight);
ScClozePart           *sc_cloze_part_copy                 (const ScClozePart      *self);
void                   sc_cloze_part_free                 (ScClozePart            *self);

/* Category paths in Moodle's spelling: "/" separates, "//" is a literal
 * slash; spaces around components are trimmed, empty components dropped. */
char                 **sc_question_category_parse         (const char             *path);
char                  *sc_question_category_format        (const char * const     *components);

/* Moodle's grade list (question/engine/bank.php): the fractions an answer
 * may carry; see sc-question-moodle.c for the order. */
const double          *sc_moodle_grades                   (gsize                  *n_grades);
gboolean               sc_moodle_grade_match              (double                  fraction,
                                                           double                 *matched);
double                 sc_moodle_grade_snap               (double                  fraction);

#define SC_MOODLE_GRADE_TOLERANCE 0.00001

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScQuestion, sc_question_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScQuestionFile, sc_question_file_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScQuestionAnswer, sc_question_answer_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScQuestionUnit, sc_question_unit_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScQuestionHint, sc_question_hint_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScQuestionSubquestion, sc_question_subquestion_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScClozePart, sc_cloze_part_free)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ScQuestionText, sc_question_text_clear)

G_END_DECLS
