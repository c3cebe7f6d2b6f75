/* sc-rich-text-boxes.c - boxed blocks: callouts, worked examples, procedures, templates, practice
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each box starts with a header that says in words what kind of box it
 * is ("Warning", "Procedure"), beside an icon that repeats it for the eye.
 * A procedure's check buttons and a template's Copy button report through
 * the view (sc-rich-text-view.c), which emits the signals.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "sc-rich-text-markup.h"
#include "sc-rich-text-view-private.h"
#include "sc-tooltip.h"

static const struct {
  const char *icon;
  const char *css_class;
  const char *label;
} callouts[] = {
  [SC_RICH_CALLOUT_TIP] = { "emoji-objects-symbolic", "sc-callout-tip", N_("Tip") },
  [SC_RICH_CALLOUT_WARNING] = { "dialog-warning-symbolic", "sc-callout-warning", N_("Warning") },
  [SC_RICH_CALLOUT_POLICY] = { "shopcraft-policy-symbolic", "sc-callout-policy", N_("Policy") },
  [SC_RICH_CALLOUT_EXAMPLE] = { "shopcraft-example-symbolic", "sc-callout-example", N_("Example") },
};

GtkWidget *
sc_rtv_build_callout (ScRichTextView *self,
                      ScRichBlock    *block,
                      int             depth)
{
  guint kind = CLAMP (block->variant, 0, (int) G_N_ELEMENTS (callouts) - 1);
  const char *label = _(callouts[kind].label);
  GtkWidget *box = sc_rtv_new_box (GTK_ORIENTATION_VERTICAL, GTK_ACCESSIBLE_ROLE_NOTE,
                                   "sc-callout");
  g_autofree char *accessible_label = NULL;

  gtk_widget_add_css_class (box, callouts[kind].css_class);
  gtk_widget_add_css_class (box, "sc-boxed");

  if (block->title != NULL && *block->title != '\0')
    /* Translators: a callout's accessible name: "Warning: The classic mistake". */
    accessible_label = g_strdup_printf (_("%s: %s"), label, block->title);
  else
    accessible_label = g_strdup (label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                  -1);

  sc_rtv_append (box, sc_rtv_box_header (callouts[kind].icon, label, block->title, 0));
  sc_rtv_append_children (self, box, block, depth);

  return box;
}

static GtkWidget *
part_label (const char *text)
{
  return sc_rtv_plain_label (text, "sc-part-label");
}

/* A numbered list of steps that is not a list block of the text. */
static GtkWidget *
numbered_steps (ScRichTextView *self,
                GPtrArray      *steps)
{
  GtkWidget *list = sc_rtv_new_box (GTK_ORIENTATION_VERTICAL, GTK_ACCESSIBLE_ROLE_LIST, "sc-list");

  for (guint i = 0; i < steps->len; i++)
    {
      ScRichBlock *step = g_ptr_array_index (steps, i);
      GtkWidget *row = sc_rtv_new_row (GTK_ACCESSIBLE_ROLE_LIST_ITEM, "sc-list-item");
      g_autofree char *number = g_strdup_printf ("%u.", i + 1);
      GtkWidget *marker = sc_rtv_plain_label (number, "sc-list-marker");
      GtkWidget *text = sc_rtv_runs_label (self, step->runs, GTK_ACCESSIBLE_ROLE_LABEL, "sc-step");

      sc_rtv_mark_block (text, step);
      gtk_label_set_xalign (GTK_LABEL (marker), 1.0f);
      gtk_label_set_wrap (GTK_LABEL (marker), FALSE);
      gtk_widget_set_valign (marker, GTK_ALIGN_START);
      gtk_widget_set_hexpand (text, TRUE);
      sc_rtv_row_append (row, marker);
      sc_rtv_row_append (row, text);
      sc_rtv_append (list, row);
    }

  return list;
}

GtkWidget *
sc_rtv_build_worked_example (ScRichTextView *self,
                             ScRichBlock    *block,
                             int             depth)
{
  GtkWidget *box = sc_rtv_new_box (GTK_ORIENTATION_VERTICAL, GTK_ACCESSIBLE_ROLE_GROUP,
                                   "sc-worked-example");
  g_autoptr(GPtrArray) steps = g_ptr_array_new ();
  GtkWidget *numbers = NULL;
  guint n_numbers = 0;

  gtk_widget_add_css_class (box, "sc-boxed");
  sc_rtv_append (box, sc_rtv_box_header ("accessories-calculator-symbolic", _("Worked example"),
                              block->title, sc_rtv_child_level (self, depth)));

  for (guint i = 0; block->children != NULL && i < block->children->len; i++)
    {
      ScRichBlock *child = g_ptr_array_index (block->children, i);

      switch ((int) child->kind)
        {
        case SC_RICH_BLOCK_PROBLEM:
          {
            GtkWidget *problem = sc_rtv_mark_block (sc_rtv_new_box (GTK_ORIENTATION_VERTICAL,
                                                         GTK_ACCESSIBLE_ROLE_GROUP,
                                                         "sc-problem"), child);

            sc_rtv_append (problem, part_label (_("Problem")));
            sc_rtv_append_children (self, problem, child, depth + 1);
            sc_rtv_append (box, problem);
          }
          break;

        case SC_RICH_BLOCK_NUMBER:
          {
            GtkWidget *name = sc_rtv_plain_label (child->title, "sc-number-label");
            GtkWidget *value = sc_rtv_runs_label (self, child->runs, GTK_ACCESSIBLE_ROLE_CELL,
                                                  "sc-number-value");

            if (numbers == NULL)
              {
                GtkWidget *given = sc_rtv_new_box (GTK_ORIENTATION_VERTICAL,
                                                   GTK_ACCESSIBLE_ROLE_GROUP,
                                                   "sc-numbers-box");

                numbers = g_object_new (GTK_TYPE_GRID,
                                        "accessible-role", GTK_ACCESSIBLE_ROLE_TABLE,
                                        NULL);
                gtk_widget_add_css_class (numbers, "sc-numbers");
                gtk_widget_add_css_class (given, "sc-block");
                sc_rtv_append (given, part_label (_("Numbers")));
                sc_rtv_append (given, numbers);
                sc_rtv_append (box, given);
              }

            sc_rtv_mark_block (value, child);
            gtk_widget_set_hexpand (value, TRUE);
            gtk_accessible_update_relation (GTK_ACCESSIBLE (value),
                                            GTK_ACCESSIBLE_RELATION_LABELLED_BY, name, NULL,
                                            -1);
            gtk_grid_attach (GTK_GRID (numbers), name, 0, (int) n_numbers, 1, 1);
            gtk_grid_attach (GTK_GRID (numbers), value, 1, (int) n_numbers, 1, 1);
            n_numbers++;
          }
          break;

        case SC_RICH_BLOCK_STEP:
          g_ptr_array_add (steps, child);
          break;

        case SC_RICH_BLOCK_ANSWER:
          {
            GtkWidget *answer = sc_rtv_mark_block (sc_rtv_new_box (GTK_ORIENTATION_VERTICAL,
                                                        GTK_ACCESSIBLE_ROLE_GROUP,
                                                        "sc-answer"), child);

            /* The steps come before the answer in the model too. */
            if (steps->len > 0)
              {
                GtkWidget *solution = sc_rtv_new_box (GTK_ORIENTATION_VERTICAL,
                                                      GTK_ACCESSIBLE_ROLE_GROUP,
                                                      "sc-solution");

                gtk_widget_add_css_class (solution, "sc-block");
                sc_rtv_append (solution, part_label (_("Solution")));
                sc_rtv_append (solution, numbered_steps (self, steps));
                sc_rtv_append (box, solution);
                g_ptr_array_set_size (steps, 0);
              }

            sc_rtv_append (answer, part_label (_("Answer")));
            sc_rtv_append (answer, sc_rtv_runs_label (self, child->runs, GTK_ACCESSIBLE_ROLE_LABEL,
                                           "sc-answer-text"));
            sc_rtv_append (box, answer);
          }
          break;

        default:
          sc_rtv_append (box, sc_rich_text_view_build_block (self, child, depth + 1));
          break;
        }
    }

  if (steps->len > 0)
    {
      GtkWidget *solution = sc_rtv_new_box (GTK_ORIENTATION_VERTICAL, GTK_ACCESSIBLE_ROLE_GROUP,
                                            "sc-solution");

      gtk_widget_add_css_class (solution, "sc-block");
      sc_rtv_append (solution, part_label (_("Solution")));
      sc_rtv_append (solution, numbered_steps (self, steps));
      sc_rtv_append (box, solution);
    }

  return box;
}

static void
sop_check_toggled_cb (GtkCheckButton *check,
                      ScRichTextView *self)
{
  sc_rich_text_view_sop_toggled (self, check);
}

GtkWidget *
sc_rtv_build_sop (ScRichTextView *self,
                  ScRichBlock    *block,
                  int             depth)
{
  GtkWidget *box = sc_rtv_new_box (GTK_ORIENTATION_VERTICAL, GTK_ACCESSIBLE_ROLE_GROUP, "sc-sop");
  GtkWidget *steps = sc_rtv_new_box (GTK_ORIENTATION_VERTICAL, GTK_ACCESSIBLE_ROLE_LIST,
                                     "sc-sop-steps");
  GtkWidget *header = sc_rtv_box_header ("checkbox-checked-symbolic", _("Procedure"), block->title,
                                         sc_rtv_child_level (self, depth));
  GtkWidget *progress = sc_rtv_plain_label (NULL, "sc-sop-progress");
  GPtrArray *checks = g_ptr_array_new ();
  const char *sop_id = block->id != NULL ? block->id : "";

  gtk_widget_add_css_class (box, "sc-boxed");
  sc_rtv_append (header, progress);
  sc_rtv_append (box, header);

  for (guint i = 0; block->children != NULL && i < block->children->len; i++)
    {
      ScRichBlock *step = g_ptr_array_index (block->children, i);
      GtkWidget *check = gtk_check_button_new ();
      GtkWidget *label = sc_rtv_runs_label (self, step->runs, GTK_ACCESSIBLE_ROLE_LABEL,
                                            "sc-sop-step-label");
      g_autofree char *number = g_strdup_printf ("%u.", i + 1);
      GtkWidget *row = sc_rtv_new_row (GTK_ACCESSIBLE_ROLE_GENERIC, NULL);
      GtkWidget *marker = sc_rtv_plain_label (number, "sc-sop-number");
      GtkWidget *indicator;

      gtk_label_set_wrap (GTK_LABEL (marker), FALSE);
      gtk_widget_set_valign (marker, GTK_ALIGN_START);
      gtk_widget_set_hexpand (label, TRUE);
      sc_rtv_row_append (row, marker);
      sc_rtv_row_append (row, label);
      gtk_check_button_set_child (GTK_CHECK_BUTTON (check), row);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                      -1);
      gtk_widget_add_css_class (check, "sc-sop-step");
      /* The box beside the first line of a step that wraps, as the number
       * is, not halfway down the step (the box is the check button's
       * first child, its "check" CSS node; style-pages.css centres it on
       * that line). */
      indicator = gtk_widget_get_first_child (check);
      if (indicator != row)
        gtk_widget_set_valign (indicator, GTK_ALIGN_START);
      sc_rtv_mark_block (check, step);

      g_object_set_data_full (G_OBJECT (check), "sc-sop-id", g_strdup (sop_id), g_free);
      g_object_set_data (G_OBJECT (check), "sc-sop-index", GUINT_TO_POINTER (i));
      g_object_set_data (G_OBJECT (check), "sc-sop-progress", progress);
      g_signal_connect_object (check, "toggled", G_CALLBACK (sop_check_toggled_cb), self, 0);

      g_ptr_array_add (checks, check);
      sc_rtv_append (steps, check);
    }

  sc_rtv_append (box, steps);
  g_hash_table_replace (self->sops, g_strdup (sop_id), checks);

  /* The progress line's first text. */
  if (checks->len > 0)
    {
      self->setting_sop = TRUE;
      sc_rich_text_view_sop_toggled (self, g_ptr_array_index (checks, 0));
      self->setting_sop = FALSE;
    }

  return box;
}

static void
template_copy_cb (GtkButton      *button,
                  ScRichTextView *self)
{
  sc_rich_text_view_template_copy (self, g_object_get_data (G_OBJECT (button), "sc-block"));
}

GtkWidget *
sc_rtv_build_template (ScRichTextView *self,
                       ScRichBlock    *block)
{
  GtkWidget *box = sc_rtv_new_box (GTK_ORIENTATION_VERTICAL, GTK_ACCESSIBLE_ROLE_GROUP,
                                   "sc-template");
  GtkWidget *top = sc_rtv_new_row (GTK_ACCESSIBLE_ROLE_GENERIC, "sc-template-top");
  GtkWidget *header = sc_rtv_box_header ("x-office-document-symbolic", _("Template"),
                                         block->title, 0);
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();
  GtkWidget *text = sc_rtv_plain_label (block->text, "sc-template-text");
  g_autofree char *accessible = NULL;

  gtk_widget_add_css_class (box, "sc-boxed");

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "edit-copy-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("_Copy"));
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "sc-template-copy");
  if (block->title != NULL && *block->title != '\0')
    /* Translators: the Copy button's accessible name; %s is a template title. */
    accessible = g_strdup_printf (_("Copy “%s”"), block->title);
  else
    accessible = g_strdup (_("Copy the template"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  sc_tooltip_set_text (button, _("Copy the text to the clipboard"));
  g_object_set_data (G_OBJECT (button), "sc-block", block);
  g_signal_connect_object (button, "clicked", G_CALLBACK (template_copy_cb), self, 0);

  gtk_widget_set_hexpand (header, TRUE);
  sc_rtv_row_append (top, header);
  sc_rtv_row_append (top, button);
  sc_rtv_append (box, top);

  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  sc_rtv_append (box, text);

  return box;
}

static void
practice_clicked_cb (GtkButton      *button,
                     ScRichTextView *self)
{
  sc_rich_text_view_practice_start (self, g_object_get_data (G_OBJECT (button), "sc-block"));
}

static const struct {
  const char *icon;
  const char *button;
} practice_panels[] = {
  [SC_RICH_PANEL_LISTINGS] = { "shopcraft-listings-symbolic", N_("Open _Listings") },
  [SC_RICH_PANEL_ORDERS] = { "shopcraft-orders-symbolic", N_("Open _Orders") },
  [SC_RICH_PANEL_INVENTORY] = { "shopcraft-inventory-symbolic", N_("Open _Inventory") },
};

GtkWidget *
sc_rtv_build_practice (ScRichTextView *self,
                       ScRichBlock    *block,
                       int             depth)
{
  guint panel = CLAMP (block->variant, 0, (int) G_N_ELEMENTS (practice_panels) - 1);
  GtkWidget *box = sc_rtv_new_box (GTK_ORIENTATION_VERTICAL, GTK_ACCESSIBLE_ROLE_GROUP,
                                   "sc-practice");
  GtkWidget *goals = sc_rtv_new_box (GTK_ORIENTATION_VERTICAL, GTK_ACCESSIBLE_ROLE_LIST,
                                     "sc-goals");
  GtkWidget *actions = sc_rtv_new_row (GTK_ACCESSIBLE_ROLE_GENERIC, "sc-practice-actions");
  GtkWidget *button = gtk_button_new_with_mnemonic (_(practice_panels[panel].button));
  GtkWidget *note;

  gtk_widget_add_css_class (box, "sc-boxed");
  sc_rtv_append (box, sc_rtv_box_header (practice_panels[panel].icon, _("Practice"), block->title,
                              sc_rtv_child_level (self, depth)));

  if (block->runs != NULL && block->runs->len > 0)
    sc_rtv_append (box, sc_rtv_runs_label (self, block->runs, GTK_ACCESSIBLE_ROLE_LABEL,
                                           "sc-practice-text"));

  sc_rtv_append (goals, part_label (_("Goals")));
  for (guint i = 0; block->children != NULL && i < block->children->len; i++)
    {
      ScRichBlock *goal = g_ptr_array_index (block->children, i);
      GtkWidget *row = sc_rtv_new_row (GTK_ACCESSIBLE_ROLE_LIST_ITEM, "sc-list-item");
      GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE,
                                      "icon-name", "radio-symbolic",
                                      "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                      "valign", GTK_ALIGN_START,
                                      NULL);
      GtkWidget *text = sc_rtv_runs_label (self, goal->runs, GTK_ACCESSIBLE_ROLE_LABEL, "sc-goal");

      gtk_widget_add_css_class (icon, "sc-goal-icon");
      sc_rtv_mark_block (text, goal);
      gtk_widget_set_hexpand (text, TRUE);
      sc_rtv_row_append (row, icon);
      sc_rtv_row_append (row, text);
      sc_rtv_append (goals, row);
    }
  gtk_widget_add_css_class (goals, "sc-block");
  sc_rtv_append (box, goals);

  gtk_widget_add_css_class (button, "pill");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (button), "sc-block", block);
  g_signal_connect_object (button, "clicked", G_CALLBACK (practice_clicked_cb), self, 0);
  sc_rtv_row_append (actions, button);
  /* The Listings section opens the card's own store with its goals;
   * the other practice sections do not have stores yet. */
  note = sc_rtv_plain_label (panel == SC_RICH_PANEL_LISTINGS
                             ? _("Opens your practice store for this lesson, with its goals "
                                 "beside it to check your work.")
                             : _("Practice stores with automatic goal checks arrive with the "
                                 "sandbox; until then the button opens the section."),
                             "sc-practice-note");
  gtk_widget_set_hexpand (note, TRUE);
  sc_rtv_row_append (actions, note);
  sc_rtv_append (box, actions);

  return box;
}

/**
 * sc_rich_text_view_build_block:
 * @depth: how many sections deep @block is
 *
 * Returns: (transfer floating) (nullable): the widget for @block
 */
