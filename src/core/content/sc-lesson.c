/* sc-lesson.c - one lesson of a course
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sc-lesson.h"

ScLesson *
sc_lesson_new (void)
{
  ScLesson *self = g_new0 (ScLesson, 1);

  self->objectives = g_new0 (char *, 1);
  self->body = sc_rich_text_new ();

  return self;
}

void
sc_lesson_free (ScLesson *self)
{
  if (self == NULL)
    return;

  g_free (self->id);
  g_free (self->file);
  g_free (self->title);
  g_strfreev (self->objectives);
  g_free (self->practice);
  g_clear_pointer (&self->body, sc_rich_text_unref);
  g_free (self);
}

/**
 * sc_lesson_count:
 *
 * Returns: how many blocks of @kind the lesson holds, at any depth
 */
guint
sc_lesson_count (ScLesson        *self,
                 ScRichBlockKind  kind)
{
  g_return_val_if_fail (self != NULL, 0);

  return sc_rich_text_count (self->body, kind);
}
