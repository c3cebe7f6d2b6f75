/* sc-quiz-question-inputs.c - the question view's inputs for matching, ordering and cloze
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Matching: a drop-down per stem, named by the stem. Ordering: the items
 * in a column, each with Move Up and Move Down buttons named by the item,
 * the focus following the item moved. Cloze: the stem with its gaps
 * numbered, then a field (or a drop-down for a choice gap) per gap.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "sc-quiz-question-view-private.h"
#include "sc-quiz-text.h"
#include "sc-tooltip.h"

/* Matching */

static void
dropdown_cb (ScQuizQuestionView *self)
{
  sc_quiz_question_view_changed (self);
}

static GtkWidget *
add_dropdown (ScQuizQuestionView *self,
              GtkWidget          *box,
              const char         *name,
              GtkStringList      *items,
              guint               selected)
{
  /* The drop-down takes the model; the caller keeps its own reference. */
  GtkWidget *dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (items)), NULL);

  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), selected);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_widget_set_sensitive (dropdown, self->editable);
  g_signal_connect_swapped (dropdown, "notify::selected", G_CALLBACK (dropdown_cb), self);
  gtk_box_append (GTK_BOX (box), dropdown);
  sc_quiz_question_view_set_first (self, dropdown);

  return dropdown;
}

void
sc_quiz_question_view_build_matching (ScQuizQuestionView *self)
{
  const ScAttemptSlot *slot = sc_quiz_question_view_get_slot (self);
  const ScQuestion *question = slot->question;
  GtkWidget *grid = gtk_grid_new ();

  self->dropdowns = g_ptr_array_new ();
  self->stems = g_array_new (FALSE, FALSE, sizeof (guint));
  self->offered = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; slot->choices != NULL && i < slot->choices->len; i++)
    g_array_append_val (self->offered, g_array_index (slot->choices, guint, i));

  gtk_grid_set_row_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  for (guint i = 0; slot->stems != NULL && i < slot->stems->len; i++)
    {
      guint stem = g_array_index (slot->stems, guint, i);
      const ScQuestionSubquestion *sub = g_ptr_array_index (question->subquestions, stem);
      g_autofree char *text = sc_quiz_text_plain (&sub->text);
      g_autoptr(GtkStringList) items = gtk_string_list_new (NULL);
      GtkWidget *label = gtk_label_new (text);
      GtkWidget *cell = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
      guint selected = 0;

      gtk_string_list_append (items, _("Choose…"));
      for (guint k = 0; k < self->offered->len; k++)
        {
          guint offered = g_array_index (self->offered, guint, k);
          const ScQuestionSubquestion *other = g_ptr_array_index (question->subquestions, offered);

          gtk_string_list_append (items, other->answer != NULL ? other->answer : "");
          if (slot->response != NULL && stem < slot->response->pairs->len &&
              g_array_index (slot->response->pairs, guint, stem) == offered)
            selected = k + 1;
        }

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_grid_attach (GTK_GRID (grid), label, 0, (int) i, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), cell, 1, (int) i, 1, 1);
      g_ptr_array_add (self->dropdowns, add_dropdown (self, cell, text, items, selected));
      g_array_append_val (self->stems, stem);
    }

  gtk_box_append (GTK_BOX (self->inputs), grid);
}

/**
 * sc_quiz_question_view_part_answer:
 * @part: a cloze part
 * @position: where an answer of it is offered, 0 for the first
 *
 * Returns: the index of the answer offered there, in the order the
 *   attempt fixed for the part
 */
guint
sc_quiz_question_view_part_answer (ScQuizQuestionView *self,
                                   guint               part,
                                   guint               position)
{
  const ScAttemptSlot *slot = sc_quiz_question_view_get_slot (self);
  GArray *order = slot->part_choices != NULL && part < slot->part_choices->len
                  ? g_ptr_array_index (slot->part_choices, part) : NULL;

  if (order == NULL || position >= order->len)
    return position;

  return g_array_index (order, guint, position);
}

/* Ordering */

static void build_order_rows (ScQuizQuestionView *self,
                              guint               focus_item,
                              gboolean            focus_up);

static void
move_cb (GtkButton          *button,
         ScQuizQuestionView *self)
{
  guint from = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "sc-from"));
  gboolean up = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "sc-up"));
  guint to = up ? from - 1 : from + 1;
  guint item = g_array_index (self->order, guint, from);

  g_array_index (self->order, guint, from) = g_array_index (self->order, guint, to);
  g_array_index (self->order, guint, to) = item;
  build_order_rows (self, item, up);
  sc_quiz_question_view_changed (self);
}

static GtkWidget *
move_button (ScQuizQuestionView *self,
             guint               position,
             gboolean            up,
             const char         *text)
{
  GtkWidget *button = gtk_button_new_from_icon_name (up ? "go-up-symbolic" : "go-down-symbolic");
  /* Translators: a button that moves an item of an ordering question; %s is the item */
  g_autofree char *name = g_strdup_printf (up ? _("Move “%s” up") : _("Move “%s” down"), text);
  guint n = self->order->len;

  gtk_widget_add_css_class (button, "flat");
  sc_tooltip_set_text (button, up ? _("Move Up") : _("Move Down"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_widget_set_sensitive (button, self->editable && (up ? position > 0 : position + 1 < n));
  g_object_set_data (G_OBJECT (button), "sc-from", GUINT_TO_POINTER (position));
  g_object_set_data (G_OBJECT (button), "sc-up", GINT_TO_POINTER (up));
  g_signal_connect (button, "clicked", G_CALLBACK (move_cb), self);

  return button;
}

static void
build_order_rows (ScQuizQuestionView *self,
                  guint               focus_item,
                  gboolean            focus_up)
{
  const ScQuestion *question = sc_quiz_question_view_get_slot (self)->question;
  GtkWidget *child;
  GtkWidget *focus = NULL;

  while ((child = gtk_widget_get_first_child (self->order_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->order_box), child);

  for (guint i = 0; i < self->order->len; i++)
    {
      guint item = g_array_index (self->order, guint, i);
      g_autofree char *text = sc_quiz_text_answer (question, item);
      g_autofree char *line = g_strdup_printf ("%u. %s", i + 1, text);
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *label = gtk_label_new (line);
      GtkWidget *up = move_button (self, i, TRUE, text);
      GtkWidget *down = move_button (self, i, FALSE, text);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_box_append (GTK_BOX (row), label);
      gtk_box_append (GTK_BOX (row), up);
      gtk_box_append (GTK_BOX (row), down);
      gtk_widget_add_css_class (row, "sc-quiz-order-item");
      gtk_box_append (GTK_BOX (self->order_box), row);

      if (item == focus_item)
        focus = gtk_widget_get_sensitive (focus_up ? up : down) ? (focus_up ? up : down)
                                                                : (focus_up ? down : up);
      if (i == 0)
        self->first_input = down;
    }

  if (focus != NULL)
    gtk_widget_grab_focus (focus);
}

void
sc_quiz_question_view_build_ordering (ScQuizQuestionView *self)
{
  const ScAttemptSlot *slot = sc_quiz_question_view_get_slot (self);
  guint n = slot->items != NULL ? slot->items->len : slot->question->answers->len;

  self->order = g_array_new (FALSE, FALSE, sizeof (guint));
  if (slot->response != NULL && slot->response->order->len == n)
    g_array_append_vals (self->order, slot->response->order->data, n);
  else
    for (guint i = 0; i < n; i++)
      {
        guint item = slot->items != NULL ? g_array_index (slot->items, guint, i) : i;

        g_array_append_val (self->order, item);
      }

  sc_quiz_question_view_add_label (self->inputs, _("Put the items in order with the arrow buttons."), "dim-label");
  self->order_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_box_append (GTK_BOX (self->inputs), self->order_box);
  build_order_rows (self, G_MAXUINT, FALSE);
}

/* Cloze: the stem with its gaps numbered, then one field per gap */

char *
sc_quiz_question_view_cloze_stem (const ScQuestion *question)
{
  GString *out = g_string_new (NULL);
  gsize at = 0;
  const char *source = question->stem.source != NULL ? question->stem.source : "";
  gsize length = strlen (source);

  for (guint i = 0; i < question->cloze_parts->len; i++)
    {
      const ScClozePart *part = g_ptr_array_index (question->cloze_parts, i);

      if (part->start < at || part->end > length)
        break;
      g_string_append_len (out, source + at, part->start - at);
      g_string_append_printf (out, " [%u] ", i + 1);
      at = part->end;
    }
  if (at < length)
    g_string_append (out, source + at);

  return g_string_free (out, FALSE);
}

static gboolean
cloze_is_choice (const ScClozePart *part)
{
  return part->type >= SC_CLOZE_MULTICHOICE && part->type <= SC_CLOZE_MULTICHOICE_HS;
}

void
sc_quiz_question_view_build_cloze (ScQuizQuestionView *self)
{
  const ScAttemptSlot *slot = sc_quiz_question_view_get_slot (self);
  const ScQuestion *question = slot->question;
  GtkWidget *grid = gtk_grid_new ();

  self->dropdowns = g_ptr_array_new ();
  self->part_entries = g_ptr_array_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);

  for (guint i = 0; i < question->cloze_parts->len; i++)
    {
      const ScClozePart *part = g_ptr_array_index (question->cloze_parts, i);
      const ScResponse *given = slot->response != NULL && i < slot->response->parts->len
                                ? g_ptr_array_index (slot->response->parts, i) : NULL;
      /* Translators: a gap of a fill-in-the-gaps question; %u is its number */
      g_autofree char *name = g_strdup_printf (_("Gap %u"), i + 1);
      GtkWidget *label = gtk_label_new (name);
      GtkWidget *cell = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
      GtkWidget *dropdown = NULL;
      GtkWidget *entry = NULL;

      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_grid_attach (GTK_GRID (grid), label, 0, (int) i, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), cell, 1, (int) i, 1, 1);
      gtk_widget_set_hexpand (cell, TRUE);

      if (cloze_is_choice (part))
        {
          g_autoptr(GtkStringList) items = gtk_string_list_new (NULL);
          guint selected = 0;

          gtk_string_list_append (items, _("Choose…"));
          for (guint k = 0; k < part->answers->len; k++)
            {
              guint index = sc_quiz_question_view_part_answer (self, i, k);
              const ScQuestionAnswer *answer = g_ptr_array_index (part->answers, index);
              g_autofree char *text = sc_quiz_text_plain (&answer->text);

              gtk_string_list_append (items, text);
              if (given != NULL && given->choices->len > 0 && g_array_index (given->choices, guint, 0) == index)
                selected = k + 1;
            }
          dropdown = add_dropdown (self, cell, name, items, selected);
        }
      else
        {
          entry = gtk_entry_new ();
          gtk_widget_set_hexpand (entry, TRUE);
          gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
          if (given != NULL && given->text != NULL)
            gtk_editable_set_text (GTK_EDITABLE (entry), given->text);
          gtk_editable_set_editable (GTK_EDITABLE (entry), self->editable);
          g_signal_connect_swapped (entry, "changed", G_CALLBACK (sc_quiz_question_view_changed), self);
          gtk_box_append (GTK_BOX (cell), entry);
          sc_quiz_question_view_set_first (self, entry);
        }
      g_ptr_array_add (self->dropdowns, dropdown);
      g_ptr_array_add (self->part_entries, entry);
    }

  gtk_box_append (GTK_BOX (self->inputs), grid);
}

