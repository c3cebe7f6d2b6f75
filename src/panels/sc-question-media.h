/* sc-question-media.h - a question text's pictures shown and its other files offered for saving
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sc-question.h"
#include "sc-rich-text-view.h"

G_BEGIN_DECLS

GtkWidget *sc_question_media_attach (ScRichTextView       *view,
                                     const ScQuestionText *text);

G_END_DECLS
