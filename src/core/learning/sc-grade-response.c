/* sc-grade-response.c - what a learner answered, as plain data for sc_grade()
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sc-grade.h"

static void
part_free (gpointer data)
{
  sc_response_free (data);
}

ScResponse *
sc_response_new (void)
{
  ScResponse *self = g_new0 (ScResponse, 1);

  self->choices = g_array_new (FALSE, FALSE, sizeof (guint));
  self->pairs = g_array_new (FALSE, FALSE, sizeof (guint));
  self->order = g_array_new (FALSE, FALSE, sizeof (guint));
  self->parts = g_ptr_array_new_with_free_func (part_free);

  return self;
}

static GArray *
uint_array_copy (const GArray *array)
{
  GArray *copy = g_array_sized_new (FALSE, FALSE, sizeof (guint), array->len);

  g_array_append_vals (copy, array->data, array->len);
  return copy;
}

ScResponse *
sc_response_copy (const ScResponse *self)
{
  ScResponse *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (ScResponse, 1);
  copy->choices = uint_array_copy (self->choices);
  copy->text = g_strdup (self->text);
  copy->pairs = uint_array_copy (self->pairs);
  copy->order = uint_array_copy (self->order);
  copy->parts = g_ptr_array_new_with_free_func (part_free);
  for (guint i = 0; i < self->parts->len; i++)
    {
      const ScResponse *part = g_ptr_array_index (self->parts, i);

      g_ptr_array_add (copy->parts, part != NULL ? sc_response_copy (part) : NULL);
    }
  copy->decimal_separator = self->decimal_separator;

  return copy;
}

void
sc_response_free (ScResponse *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->choices);
  g_free (self->text);
  g_array_unref (self->pairs);
  g_array_unref (self->order);
  g_ptr_array_unref (self->parts);
  g_free (self);
}

void
sc_response_add_choice (ScResponse *self,
                        guint       index)
{
  g_return_if_fail (self != NULL);

  g_array_append_val (self->choices, index);
}

/**
 * sc_response_set_text:
 * @text: (nullable):
 */
void
sc_response_set_text (ScResponse *self,
                      const char *text)
{
  g_return_if_fail (self != NULL);

  g_free (self->text);
  self->text = g_strdup (text);
}

/**
 * sc_response_set_pair:
 * @stem: the index of the subquestion being answered
 * @chosen: the index of the subquestion whose answer was picked, or
 *   %SC_RESPONSE_NONE to clear it
 */
void
sc_response_set_pair (ScResponse *self,
                      guint       stem,
                      guint       chosen)
{
  const guint none = SC_RESPONSE_NONE;

  g_return_if_fail (self != NULL);
  g_return_if_fail (stem < 10000);

  while (self->pairs->len <= stem)
    g_array_append_val (self->pairs, none);
  g_array_index (self->pairs, guint, stem) = chosen;
}

void
sc_response_add_order (ScResponse *self,
                       guint       index)
{
  g_return_if_fail (self != NULL);

  g_array_append_val (self->order, index);
}

/**
 * sc_response_ensure_part:
 * @index: the cloze part's index
 *
 * Returns: (transfer none): the response to that part, created if needed
 */
ScResponse *
sc_response_ensure_part (ScResponse *self,
                         guint       index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < 10000, NULL);

  while (self->parts->len <= index)
    g_ptr_array_add (self->parts, NULL);
  if (g_ptr_array_index (self->parts, index) == NULL)
    g_ptr_array_index (self->parts, index) = sc_response_new ();

  return g_ptr_array_index (self->parts, index);
}

static gboolean
text_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

/**
 * sc_response_is_empty:
 *
 * Whether nothing was answered: no choice, no text but spaces, no pair, no
 * order and no answered part.
 */
gboolean
sc_response_is_empty (const ScResponse *self)
{
  if (self == NULL)
    return TRUE;

  if (self->choices->len > 0 || self->order->len > 0 || !text_is_blank (self->text))
    return FALSE;

  for (guint i = 0; i < self->pairs->len; i++)
    if (g_array_index (self->pairs, guint, i) != SC_RESPONSE_NONE)
      return FALSE;

  for (guint i = 0; i < self->parts->len; i++)
    if (!sc_response_is_empty (g_ptr_array_index (self->parts, i)))
      return FALSE;

  return TRUE;
}
