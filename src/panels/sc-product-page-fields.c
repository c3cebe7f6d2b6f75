/* sc-product-page-fields.c - one labelled field of the product page: typing, commits, Escape, counters, errors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A field is a visible label over its input, then a hint line (a counter
 * such as "72 / 70 — too long", or advice) and an error line. The label
 * names the input for assistive technology; the hint and the error
 * describe it.
 *
 * Typing changes nothing in the store: it updates the hint and, for the
 * fields the previews show, the side column. A field commits on Enter,
 * when the focus leaves it, or at once for a tick box or a drop-down; a
 * commit with the text the field already holds makes no call at all.
 * Escape puts back what the store holds.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-product-page-private.h"

static void
field_typed (ScPageField *field)
{
  g_autofree char *text = sc_page_field_get_text (field);

  if (field->limit_rule != NULL)
    sc_page_field_update_counter (field, text);
  if (field->typed != NULL)
    field->typed (field->page, field, text);
  if (!field->populating && field->apply != NULL)
    sc_product_page_preview (field->page);
}

static void
field_commit_now (ScPageField *field)
{
  g_autofree char *text = NULL;

  /* A drop-down's model, set while the page is built, selects too. */
  if (field->populating || field->page == NULL || field->page->product == NULL)
    return;

  text = sc_page_field_get_text (field);
  if (g_strcmp0 (text, field->saved != NULL ? field->saved : "") == 0)
    {
      /* Nothing to log; an earlier refusal of typed text no longer
       * applies. (A tick box or drop-down back at its saved value was
       * put back by the page, after a refusal it must go on showing.) */
      if (field->kind == SC_PAGE_INPUT_ENTRY || field->kind == SC_PAGE_INPUT_TEXT)
        sc_page_field_show_error (field, NULL);
      return;
    }

  /* The field may be rebuilt by the reload that follows: not used after. */
  sc_product_page_commit (field->page, field, text);
}

static void
on_entry_changed (GtkEditable *editable,
                  ScPageField *field)
{
  field_typed (field);
}

static void
on_entry_activate (GtkEntry    *entry,
                   ScPageField *field)
{
  field_commit_now (field);
}

static void
on_buffer_changed (GtkTextBuffer *buffer,
                   ScPageField   *field)
{
  field_typed (field);
}

static void
on_focus_leave (GtkEventControllerFocus *controller,
                ScPageField             *field)
{
  field_commit_now (field);
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                ScPageField           *field)
{
  if (keyval == GDK_KEY_Escape)
    {
      g_autofree char *text = sc_page_field_get_text (field);

      /* Nothing typed: let Escape do what it does elsewhere. */
      if (g_strcmp0 (text, field->saved != NULL ? field->saved : "") == 0 &&
          !gtk_widget_get_visible (field->error))
        return FALSE;

      sc_page_field_revert (field);
      sc_product_page_preview (field->page);
      return TRUE;
    }

  if (field->kind == SC_PAGE_INPUT_TEXT &&
      (keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter) &&
      (state & GDK_CONTROL_MASK) != 0)
    {
      field_commit_now (field);
      return TRUE;
    }

  return FALSE;
}

static void
on_toggled (GtkCheckButton *button,
            GParamSpec     *pspec,
            ScPageField    *field)
{
  field_typed (field);
  field_commit_now (field);
}

static void
on_selected (GtkDropDown *drop_down,
             GParamSpec  *pspec,
             ScPageField *field)
{
  field_typed (field);
  field_commit_now (field);
}

static GtkWidget *
text_input (ScPageField *field,
            GtkWidget  **out_scroller)
{
  GtkWidget *view = gtk_text_view_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_monospace (GTK_TEXT_VIEW (view), TRUE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 140);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_widget_add_css_class (scroller, "sc-field-text");
  g_signal_connect (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "changed",
                    G_CALLBACK (on_buffer_changed), field);
  *out_scroller = scroller;

  return view;
}

/**
 * sc_page_field_new:
 * @label: the visible label, which is also the input's accessible name
 *
 * Returns: (transfer full): a field whose ->box the caller places; it
 *   sets ->read (and ->apply, ->typed, ->limit_rule as it needs) itself
 */
ScPageField *
sc_page_field_new (ScProductPage *page,
                   ScPageInput    kind,
                   const char    *name,
                   const char    *label)
{
  ScPageField *field = g_new0 (ScPageField, 1);
  GtkEventController *controller;
  GtkWidget *row;
  GtkWidget *shown = NULL;

  field->page = page;
  field->kind = kind;
  field->name = g_strdup (name);
  field->lint_field = g_strdup (name);
  field->variant = -1;
  field->image = -1;

  field->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_add_css_class (field->box, "sc-field");
  field->label = gtk_label_new (label);
  gtk_label_set_xalign (GTK_LABEL (field->label), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (field->label), TRUE);
  gtk_widget_add_css_class (field->label, "sc-field-label");

  switch (kind)
    {
    case SC_PAGE_INPUT_ENTRY:
      field->input = shown = gtk_entry_new ();
      gtk_widget_set_hexpand (field->input, TRUE);
      g_signal_connect (field->input, "changed", G_CALLBACK (on_entry_changed), field);
      g_signal_connect (field->input, "activate", G_CALLBACK (on_entry_activate), field);
      break;

    case SC_PAGE_INPUT_TEXT:
      field->input = text_input (field, &shown);
      gtk_widget_set_hexpand (shown, TRUE);
      break;

    case SC_PAGE_INPUT_CHECK:
      /* A tick box carries its own label, after it, as GNOME's do. */
      field->input = shown = gtk_check_button_new_with_label (label);
      gtk_widget_set_visible (field->label, FALSE);
      g_signal_connect (field->input, "notify::active", G_CALLBACK (on_toggled), field);
      break;

    case SC_PAGE_INPUT_CHOICE:
      field->input = shown = gtk_drop_down_new (NULL, NULL);
      gtk_widget_set_hexpand (field->input, TRUE);
      g_signal_connect (field->input, "notify::selected", G_CALLBACK (on_selected), field);
      break;

    default:
      g_assert_not_reached ();
    }

  if (kind == SC_PAGE_INPUT_ENTRY || kind == SC_PAGE_INPUT_TEXT)
    {
      controller = gtk_event_controller_focus_new ();
      g_signal_connect (controller, "leave", G_CALLBACK (on_focus_leave), field);
      gtk_widget_add_controller (field->input, controller);
      controller = gtk_event_controller_key_new ();
      gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
      g_signal_connect (controller, "key-pressed", G_CALLBACK (on_key_pressed), field);
      gtk_widget_add_controller (field->input, controller);
    }

  row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_add_css_class (row, "sc-field-row");
  gtk_box_append (GTK_BOX (row), shown);

  field->hint = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (field->hint), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (field->hint), TRUE);
  gtk_widget_add_css_class (field->hint, "caption");
  gtk_widget_add_css_class (field->hint, "dim-label");
  gtk_widget_set_visible (field->hint, FALSE);

  field->error = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (field->error), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (field->error), TRUE);
  gtk_widget_add_css_class (field->error, "caption");
  gtk_widget_add_css_class (field->error, "error");
  gtk_widget_set_visible (field->error, FALSE);

  gtk_box_append (GTK_BOX (field->box), field->label);
  gtk_box_append (GTK_BOX (field->box), row);
  gtk_box_append (GTK_BOX (field->box), field->hint);
  gtk_box_append (GTK_BOX (field->box), field->error);

  if (kind != SC_PAGE_INPUT_CHECK)
    gtk_accessible_update_relation (GTK_ACCESSIBLE (field->input),
                                    GTK_ACCESSIBLE_RELATION_LABELLED_BY, field->label, NULL,
                                    -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (field->input),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, field->hint, field->error, NULL,
                                  -1);

  return field;
}

void
sc_page_field_free (ScPageField *field)
{
  GListModel *controllers;

  if (field == NULL)
    return;

  /* The input may outlive the field while GTK moves the focus away. */
  g_signal_handlers_disconnect_by_data (field->input, field);
  if (GTK_IS_TEXT_VIEW (field->input))
    g_signal_handlers_disconnect_by_data (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->input)), field);
  controllers = gtk_widget_observe_controllers (field->input);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      g_signal_handlers_disconnect_by_data (controller, field);
    }
  g_object_unref (controllers);

  g_free (field->name);
  g_free (field->lint_field);
  g_free (field->saved);
  g_free (field);
}

/* A unit or currency after the input; numbers then align to the right. */
void
sc_page_field_add_unit (ScPageField *field,
                        const char  *unit)
{
  GtkWidget *row = gtk_widget_get_parent (field->input);
  GtkWidget *label = gtk_label_new (unit);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "numeric");
  gtk_box_append (GTK_BOX (row), label);
  if (GTK_IS_ENTRY (field->input))
    {
      gtk_entry_set_alignment (GTK_ENTRY (field->input), 1.0f);
      gtk_widget_add_css_class (field->input, "numeric");
    }
}

/* For inputs whose visible label is a column heading: a whole name. */
void
sc_page_field_set_accessible (ScPageField *field,
                              const char  *name)
{
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (field->input), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (field->input),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

char *
sc_page_field_get_text (ScPageField *field)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  guint selected;

  switch (field->kind)
    {
    case SC_PAGE_INPUT_ENTRY:
      return g_strdup (gtk_editable_get_text (GTK_EDITABLE (field->input)));

    case SC_PAGE_INPUT_TEXT:
      buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->input));
      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, TRUE);

    case SC_PAGE_INPUT_CHECK:
      return g_strdup (gtk_check_button_get_active (GTK_CHECK_BUTTON (field->input)) ? field->on : field->off);

    case SC_PAGE_INPUT_CHOICE:
      selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (field->input));
      if (field->choices == NULL || selected == GTK_INVALID_LIST_POSITION ||
          selected >= g_strv_length ((char **) field->choices))
        return g_strdup ("");
      return g_strdup (field->choices[selected]);

    default:
      g_assert_not_reached ();
    }
}

static void
field_set_text (ScPageField *field,
                const char  *text)
{
  g_autofree char *current = sc_page_field_get_text (field);
  guint i;

  if (text == NULL)
    text = "";
  if (g_strcmp0 (current, text) == 0)
    {
      field_typed (field);
      return;
    }

  switch (field->kind)
    {
    case SC_PAGE_INPUT_ENTRY:
      gtk_editable_set_text (GTK_EDITABLE (field->input), text);
      break;

    case SC_PAGE_INPUT_TEXT:
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->input)), text, -1);
      break;

    case SC_PAGE_INPUT_CHECK:
      gtk_check_button_set_active (GTK_CHECK_BUTTON (field->input), g_strcmp0 (text, field->on) == 0);
      break;

    case SC_PAGE_INPUT_CHOICE:
      for (i = 0; field->choices != NULL && field->choices[i] != NULL; i++)
        if (g_strcmp0 (field->choices[i], text) == 0)
          break;
      gtk_drop_down_set_selected (GTK_DROP_DOWN (field->input),
                                  field->choices != NULL && field->choices[i] != NULL
                                  ? i : GTK_INVALID_LIST_POSITION);
      break;

    default:
      g_assert_not_reached ();
    }
}

/* Shows what @product holds; the field's error goes. */
void
sc_page_field_populate (ScPageField            *field,
                        const ScCatalogProduct *product)
{
  g_autofree char *value = field->read != NULL && product != NULL ? field->read (field->page, field, product) : NULL;

  g_free (field->saved);
  field->saved = g_strdup (value != NULL ? value : "");
  sc_page_field_revert (field);
}

/* Puts back the saved value and clears the error. */
void
sc_page_field_revert (ScPageField *field)
{
  field->populating = TRUE;
  field_set_text (field, field->saved);
  field->populating = FALSE;
  sc_page_field_show_error (field, NULL);
}

void
sc_page_field_show_error (ScPageField *field,
                          const char  *message)
{
  gboolean shown = message != NULL && *message != '\0';

  gtk_label_set_text (GTK_LABEL (field->error), shown ? message : "");
  gtk_widget_set_visible (field->error, shown);
  if (shown)
    gtk_widget_add_css_class (field->input, "error");
  else
    gtk_widget_remove_css_class (field->input, "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (field->input),
                               GTK_ACCESSIBLE_STATE_INVALID,
                               shown ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

void
sc_page_field_set_hint (ScPageField *field,
                        const char  *text,
                        gboolean     warning)
{
  gboolean shown = text != NULL && *text != '\0';

  /* Called on every key for a counter: a label given its own text again
   * would still be measured and laid out again. */
  if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (field->hint)), shown ? text : "") != 0)
    gtk_label_set_text (GTK_LABEL (field->hint), shown ? text : "");
  gtk_widget_set_visible (field->hint, shown);
  if (warning)
    {
      gtk_widget_remove_css_class (field->hint, "dim-label");
      gtk_widget_add_css_class (field->hint, "warning");
    }
  else
    {
      gtk_widget_remove_css_class (field->hint, "warning");
      gtk_widget_add_css_class (field->hint, "dim-label");
    }
}

/**
 * sc_page_field_counter_text:
 * @rule: a policy rule with a "max" (and maybe a "min") limit: "title-length"
 *
 * Returns: (transfer full): "72 / 70 — too long", "12 / 150", or a
 *   plain count when the policy sets no limit
 */
char *
sc_page_field_counter_text (const ScPolicy *policy,
                            const char     *rule,
                            const char     *text)
{
  const ScPolicyLimit *max = policy != NULL ? sc_policy_get_limit (policy, rule, "max") : NULL;
  const ScPolicyLimit *min = policy != NULL ? sc_policy_get_limit (policy, rule, "min") : NULL;
  glong n = g_utf8_strlen (text != NULL ? text : "", -1);

  if (max == NULL)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%ld character", "%ld characters", n), n);
  if (n > max->value)
    /* TRANSLATORS: a counter under a field: characters typed / the policy's limit */
    return g_strdup_printf (_("%ld / %" G_GINT64_FORMAT " — too long"), n, max->value);
  if (min != NULL && n > 0 && n < min->value)
    return g_strdup_printf (_("%ld / %" G_GINT64_FORMAT " — too short (at least %" G_GINT64_FORMAT ")"),
                            n, max->value, min->value);

  return g_strdup_printf ("%ld / %" G_GINT64_FORMAT, n, max->value);
}

void
sc_page_field_update_counter (ScPageField *field,
                              const char  *text)
{
  g_autofree char *counter = sc_page_field_counter_text (field->page->policy, field->limit_rule, text);

  /* Both "too long" and "too short" follow a dash. */
  sc_page_field_set_hint (field, counter, strstr (counter, "—") != NULL);
}

/* The field a lint finding points at, or NULL. */
ScPageField *
sc_page_fields_find (GPtrArray  *fields,
                     const char *lint_field,
                     int         variant,
                     int         image)
{
  for (guint i = 0; fields != NULL && i < fields->len; i++)
    {
      ScPageField *field = g_ptr_array_index (fields, i);

      if (g_strcmp0 (field->lint_field, lint_field) == 0 &&
          (variant < 0 || field->variant < 0 || field->variant == variant) &&
          (image < 0 || field->image < 0 || field->image == image))
        return field;
    }

  return NULL;
}
