/* sc-search-pane.c - search the course as you type, results in a list
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A search bar over a list of results. Each keystroke cancels the query
 * in flight and starts another (sc_search_run_async); the results come
 * ranked (bm25), each with its title and a snippet as markup, the
 * matching words in bold and the rest escaped by the search core. Enter
 * in the entry or activating a row emits "hit-activated"; Escape closes
 * the bar. Down in the entry moves to the first result, and Up from the
 * first result back to the entry, so the keyboard goes from typing to
 * choosing without Tab.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-search-pane.h"

struct _ScSearchPane
{
  GtkWidget          parent_instance;

  GtkSearchBar      *bar;
  GtkSearchEntry    *entry;
  GtkScrolledWindow *scroller;
  GtkListBox        *list;
  GtkLabel          *status;

  ScDatabase        *database;
  char              *course_id;
  GCancellable      *cancellable;
  GPtrArray         *hits;      /* ScSearchHit of the rows */
  char              *error;     /* (nullable): why the last query failed */
  char              *query;     /* (nullable): the text searched last */
};

G_DEFINE_FINAL_TYPE (ScSearchPane, sc_search_pane, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ACTIVE,
  PROP_BUSY,
  N_PROPS
};

enum {
  HIT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char *
kind_icon (ScSearchKind kind)
{
  switch (kind)
    {
    case SC_SEARCH_KIND_GLOSSARY:
      return "accessories-dictionary-symbolic";
    case SC_SEARCH_KIND_SECTION:
      return "view-paged-symbolic";
    case SC_SEARCH_KIND_LESSON:
    default:
      return "text-x-generic-symbolic";
    }
}

/* Replaces the query in flight, if any, by @cancellable (nullable). */
static void
set_cancellable (ScSearchPane *self,
                 GCancellable *cancellable)
{
  gboolean was_busy = self->cancellable != NULL;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = cancellable;

  if (was_busy != (cancellable != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static GtkWidget *
hit_row (const ScSearchHit *hit)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *icon = gtk_image_new_from_icon_name (kind_icon (hit->kind));
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *snippet = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_set_hexpand (texts, TRUE);

  gtk_label_set_markup (GTK_LABEL (title), hit->title_markup);
  gtk_label_set_xalign (GTK_LABEL (title), 0.0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 40);
  gtk_widget_add_css_class (title, "heading");

  gtk_label_set_markup (GTK_LABEL (snippet), hit->snippet != NULL ? hit->snippet : "");
  gtk_label_set_xalign (GTK_LABEL (snippet), 0.0);
  gtk_label_set_wrap (GTK_LABEL (snippet), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (snippet), 40);
  gtk_widget_add_css_class (snippet, "dim-label");
  gtk_widget_set_visible (snippet, hit->snippet != NULL && *hit->snippet != '\0');

  gtk_box_append (GTK_BOX (texts), title);
  gtk_box_append (GTK_BOX (texts), snippet);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, hit->title,
                                  -1);

  return row;
}

static void
clear_rows (ScSearchPane *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  g_ptr_array_set_size (self->hits, 0);
}

static void
show_status (ScSearchPane *self,
             const char   *message)
{
  gtk_label_set_text (self->status, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->status), message != NULL);
}

static void
search_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(ScSearchPane) self = user_data;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;

  hits = sc_search_run_finish (SC_DATABASE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  clear_rows (self);

  if (hits == NULL)
    {
      self->error = g_strdup (error->message);
      show_status (self, error->message);
    }
  else
    {
      for (guint i = 0; i < hits->len; i++)
        {
          ScSearchHit *hit = g_ptr_array_index (hits, i);

          g_ptr_array_add (self->hits, sc_search_hit_copy (hit));
          gtk_list_box_append (self->list, hit_row (hit));
        }

      show_status (self, hits->len == 0 ? _("No lesson or glossary entry matches") : NULL);
    }

  /* Last: whoever waits for the results finds them in place. */
  set_cancellable (self, NULL);
}

static void
search_changed_cb (ScSearchPane *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));

  /* The entry's delayed signal after the same text changes nothing. */
  if (g_strcmp0 (text, self->query) == 0 && self->database != NULL)
    return;
  g_free (self->query);
  self->query = g_strdup (text);

  set_cancellable (self, NULL);
  clear_rows (self);
  show_status (self, NULL);
  g_clear_pointer (&self->error, g_free);

  if (text == NULL || *text == '\0')
    return;

  if (self->database == NULL || self->course_id == NULL)
    {
      show_status (self, _("Search is not ready yet; try again in a moment"));
      return;
    }

  set_cancellable (self, g_cancellable_new ());
  sc_search_run_async (self->database, self->course_id, text, SC_SEARCH_PANE_LIMIT,
                       self->cancellable, search_done_cb, g_object_ref (self));
}

static void
row_activated_cb (ScSearchPane  *self,
                  GtkListBoxRow *row)
{
  int index = gtk_list_box_row_get_index (row);

  if (index >= 0 && (guint) index < self->hits->len)
    g_signal_emit (self, signals[HIT_ACTIVATED], 0, g_ptr_array_index (self->hits, index));
}

static void
activate_cb (ScSearchPane *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);

  if (row == NULL)
    row = gtk_list_box_get_row_at_index (self->list, 0);
  if (row != NULL)
    row_activated_cb (self, row);
}

static gboolean
entry_key_pressed_cb (GtkEventControllerKey *controller,
                      guint                  keyval,
                      guint                  keycode,
                      GdkModifierType        state,
                      ScSearchPane          *self)
{
  GtkListBoxRow *first;

  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down) ||
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;

  first = gtk_list_box_get_row_at_index (self->list, 0);
  if (first == NULL)
    return FALSE;

  gtk_list_box_select_row (self->list, first);
  gtk_widget_grab_focus (GTK_WIDGET (first));

  return TRUE;
}

/* Up from the first result goes back to typing. */
static gboolean
list_keynav_failed_cb (ScSearchPane     *self,
                       GtkDirectionType  direction)
{
  if (direction != GTK_DIR_UP)
    return FALSE;

  gtk_widget_grab_focus (GTK_WIDGET (self->entry));

  return TRUE;
}

static void
stop_search_cb (ScSearchPane *self)
{
  sc_search_pane_set_active (self, FALSE);
}

static void
mode_cb (ScSearchPane *self)
{
  gboolean active = gtk_search_bar_get_search_mode (self->bar);

  gtk_widget_set_visible (GTK_WIDGET (self->scroller), active);
  gtk_widget_set_vexpand (GTK_WIDGET (self), active);
  if (!active)
    {
      set_cancellable (self, NULL);
      gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
      g_clear_pointer (&self->query, g_free);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

static void
sc_search_pane_dispose (GObject *object)
{
  ScSearchPane *self = SC_SEARCH_PANE (object);
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (sc_search_pane_parent_class)->dispose (object);
}

static void
sc_search_pane_finalize (GObject *object)
{
  ScSearchPane *self = SC_SEARCH_PANE (object);

  g_free (self->course_id);
  g_free (self->error);
  g_free (self->query);
  g_ptr_array_unref (self->hits);

  G_OBJECT_CLASS (sc_search_pane_parent_class)->finalize (object);
}

static void
sc_search_pane_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_ACTIVE:
      g_value_set_boolean (value, sc_search_pane_get_active (SC_SEARCH_PANE (object)));
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, sc_search_pane_is_busy (SC_SEARCH_PANE (object)));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_search_pane_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_ACTIVE:
      sc_search_pane_set_active (SC_SEARCH_PANE (object), g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_search_pane_class_init (ScSearchPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_search_pane_dispose;
  object_class->finalize = sc_search_pane_finalize;
  object_class->get_property = sc_search_pane_get_property;
  object_class->set_property = sc_search_pane_set_property;

  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* Whether a query is in flight; FALSE again once its results are shown. */
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ScSearchPane::hit-activated:
   * @hit: the ScSearchHit chosen
   */
  signals[HIT_ACTIVATED] =
    g_signal_new ("hit-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, SC_TYPE_SEARCH_HIT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
}

static void
sc_search_pane_init (ScSearchPane *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkEventController *keys;

  self->hits = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_search_hit_free);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);

  self->entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (self->entry), TRUE);
  g_object_set (self->entry, "placeholder-text", _("Search lessons and glossary"), NULL);
  self->bar = GTK_SEARCH_BAR (gtk_search_bar_new ());
  gtk_search_bar_set_child (self->bar, GTK_WIDGET (self->entry));
  gtk_search_bar_connect_entry (self->bar, GTK_EDITABLE (self->entry));
  gtk_search_bar_set_show_close_button (self->bar, FALSE);
  gtk_widget_set_parent (GTK_WIDGET (self->bar), GTK_WIDGET (self));

  self->status = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->status, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->status), "dim-label");
  gtk_widget_set_margin_top (GTK_WIDGET (self->status), 12);
  gtk_widget_set_visible (GTK_WIDGET (self->status), FALSE);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search results"),
                                  -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->status));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->list));

  self->scroller = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  gtk_scrolled_window_set_policy (self->scroller, GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (self->scroller, box);
  gtk_widget_set_vexpand (GTK_WIDGET (self->scroller), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->scroller), FALSE);
  gtk_widget_set_parent (GTK_WIDGET (self->scroller), GTK_WIDGET (self));

  g_signal_connect_object (self->entry, "search-changed",
                           G_CALLBACK (search_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->entry, "activate",
                           G_CALLBACK (activate_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->entry, "stop-search",
                           G_CALLBACK (stop_search_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list, "row-activated",
                           G_CALLBACK (row_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list, "keynav-failed",
                           G_CALLBACK (list_keynav_failed_cb), self, G_CONNECT_SWAPPED);

  /* Before the entry's text, which would keep Down for itself. */
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (entry_key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->entry), keys);
  g_signal_connect_object (self->bar, "notify::search-mode-enabled",
                           G_CALLBACK (mode_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
sc_search_pane_new (void)
{
  return g_object_new (SC_TYPE_SEARCH_PANE, NULL);
}

/**
 * sc_search_pane_set_source:
 * @database: (nullable): where the index is, %NULL while it is not ready
 *
 * Sets what is searched: @course_id's lessons and glossary.
 */
void
sc_search_pane_set_source (ScSearchPane *self,
                           ScDatabase   *database,
                           const char   *course_id)
{
  g_return_if_fail (SC_IS_SEARCH_PANE (self));

  g_set_object (&self->database, database);
  g_free (self->course_id);
  self->course_id = g_strdup (course_id);
}

gboolean
sc_search_pane_get_active (ScSearchPane *self)
{
  g_return_val_if_fail (SC_IS_SEARCH_PANE (self), FALSE);

  return gtk_search_bar_get_search_mode (self->bar);
}

void
sc_search_pane_set_active (ScSearchPane *self,
                           gboolean      active)
{
  g_return_if_fail (SC_IS_SEARCH_PANE (self));

  gtk_search_bar_set_search_mode (self->bar, active);
  if (active)
    gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

GtkEditable *
sc_search_pane_get_entry (ScSearchPane *self)
{
  g_return_val_if_fail (SC_IS_SEARCH_PANE (self), NULL);

  return GTK_EDITABLE (self->entry);
}

GtkListBox *
sc_search_pane_get_list (ScSearchPane *self)
{
  g_return_val_if_fail (SC_IS_SEARCH_PANE (self), NULL);

  return self->list;
}

guint
sc_search_pane_get_n_hits (ScSearchPane *self)
{
  g_return_val_if_fail (SC_IS_SEARCH_PANE (self), 0);

  return self->hits->len;
}

/* Whether a query is in flight. */
gboolean
sc_search_pane_is_busy (ScSearchPane *self)
{
  g_return_val_if_fail (SC_IS_SEARCH_PANE (self), FALSE);

  return self->cancellable != NULL;
}

/**
 * sc_search_pane_get_error:
 *
 * Returns: (nullable): why the last query failed, shown to the learner
 */
const char *
sc_search_pane_get_error (ScSearchPane *self)
{
  g_return_val_if_fail (SC_IS_SEARCH_PANE (self), NULL);

  return self->error;
}

const ScSearchHit *
sc_search_pane_get_hit (ScSearchPane *self,
                        guint         index)
{
  g_return_val_if_fail (SC_IS_SEARCH_PANE (self), NULL);
  g_return_val_if_fail (index < self->hits->len, NULL);

  return g_ptr_array_index (self->hits, index);
}
