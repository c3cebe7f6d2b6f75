/* sc-question-private.h - helpers shared by the files of the question model
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-question.h"

G_BEGIN_DECLS

typedef gpointer (*ScCopyFunc) (gconstpointer item);

GPtrArray *sc_question_answer_array_new (void);
GPtrArray *sc_question_array_copy       (const GPtrArray *array,
                                         ScCopyFunc       copy,
                                         GDestroyNotify   free_func);

G_END_DECLS
