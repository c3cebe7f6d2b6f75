/* sc-question-files.h - a question text's embedded files, on disk for a view and offered for saving
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A question's text keeps its files (Moodle's @@PLUGINFILE@@ files, a
 * legacy <image_base64>) in memory. A view shows pictures from disk, so
 * the files of a text are written once into a folder named after their
 * content under the user's cache, and the view's base folder is set to
 * it. Files that are not pictures (a recording, a PDF) cannot be shown:
 * they are listed so the view can offer each as "Save As…".
 */
#pragma once

#include <gio/gio.h>

#include "sc-question.h"

G_BEGIN_DECLS

char      *sc_question_text_relative_path  (const ScQuestionFile *file);
char      *sc_question_text_write_files    (const ScQuestionText *text,
                                            const char           *cache_root,
                                            GError              **error);
gboolean   sc_question_file_is_picture     (const ScQuestionFile *file);
GPtrArray *sc_question_text_list_media     (const ScQuestionText *text);

G_END_DECLS
