/* sc-gift-private.h - shared by the GIFT reader's passes
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <math.h>

#include "sc-gift-reader.h"

G_BEGIN_DECLS

/* While a question is parsed, each escaped control character (\: \# \= \{
 * \} \~ and \n) stands as one of these bytes, so that the splitting below
 * never sees it; sc_gift_unescape() puts the characters back. A raw byte
 * in this range in the file is refused with its question. */
#define SC_GIFT_ESCAPE_FIRST 0x01
#define SC_GIFT_ESCAPE_LAST  0x07

typedef struct
{
  const char        *file;
  ScGiftReadFlags    flags;
  ScCourseProblems  *problems;
} ScGiftContext;

/* One question's lines between blank lines, comments taken out. */
typedef struct
{
  GString  *text;         /* lines trimmed, joined with "\n", escapes replaced */
  GArray   *offsets;      /* gsize: where each line starts in text */
  GArray   *lines;        /* guint: that line's number in the file */
  GString  *comments;     /* the comment lines, for [id:…] and [tag:…] */
  guint     bad_line;     /* where a raw control byte sits, 0 when none */
  guchar    bad_byte;
} ScGiftBlock;

typedef struct
{
  gsize start;
  gsize end;
} ScGiftSpan;

/* A piece of an answer list: after its marker ('=' or '~'), or the text
 * before the first marker (marker 0). */
typedef struct
{
  ScGiftSpan span;
  char       marker;
} ScGiftPiece;

/* The question being read. */
typedef struct
{
  const ScGiftContext *ctx;
  const ScGiftBlock   *block;
  const char          *t;       /* block->text->str */
  ScQuestion          *question;
  ScTextFormat         format;  /* the stem's: the default for answers and feedback */
  char                *label;   /* its name in messages */
  GArray              *offsets; /* gsize: where each answer starts, for messages */
} ScGiftParse;

guint       sc_gift_block_line        (const ScGiftBlock *block,
                                       gsize              offset);
char       *sc_gift_unescape          (const char        *text,
                                       gsize              len);
ScGiftSpan  sc_gift_span_trim         (const char        *t,
                                       ScGiftSpan         span);
gboolean    sc_gift_skip              (ScGiftParse       *parse,
                                       gsize              offset,
                                       const char        *format,
                                       ...) G_GNUC_PRINTF (3, 4);
void        sc_gift_text_parse        (const char        *text,
                                       gsize              len,
                                       ScTextFormat       default_format,
                                       gboolean           trim_first,
                                       ScQuestionText    *out);
gsize       sc_gift_weight_parse      (const char        *t,
                                       ScGiftSpan         span,
                                       char             **source,
                                       double            *fraction);
GArray     *sc_gift_split             (const char        *t,
                                       ScGiftSpan         span,
                                       gboolean           at_tilde);
gboolean    sc_gift_is_number         (const char        *text);
char       *sc_gift_shorten           (const char        *text,
                                       guint              max_chars);
char       *sc_gift_format_percent    (double             fraction);

ScQuestion *sc_gift_parse_question    (const ScGiftContext *ctx,
                                       const ScGiftBlock   *block,
                                       gsize                start);

gboolean    sc_gift_parse_choice      (ScGiftParse       *parse,
                                       ScGiftSpan         answers);
gboolean    sc_gift_parse_matching    (ScGiftParse       *parse,
                                       ScGiftSpan         answers);
gboolean    sc_gift_parse_true_false  (ScGiftParse       *parse,
                                       ScGiftSpan         answers);
gboolean    sc_gift_parse_short       (ScGiftParse       *parse,
                                       ScGiftSpan         answers);
gboolean    sc_gift_parse_numerical   (ScGiftParse       *parse,
                                       ScGiftSpan         answers);

/* The writer */

/* How close a fraction must be to count as 0 or 1 (Moodle keeps seven
 * decimals). */
#define SC_GIFT_FRACTION_EPSILON 1e-7

static inline gboolean
sc_gift_is_fraction (double value,
                     double fraction)
{
  return fabs (fraction - value) < SC_GIFT_FRACTION_EPSILON;
}

const ScQuestionAnswer *sc_gift_find_answer (const ScQuestion *question,
                                             const char       *text);
void                    sc_gift_warn_losses (ScCourseProblems *problems,
                                             const char       *file_name,
                                             const ScQuestion *question);

G_END_DECLS
