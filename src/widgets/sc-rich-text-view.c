/* sc-rich-text-view.c - the one renderer of ScRichText: GTK widgets, no web view
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The view turns blocks into ordinary widgets: labels for text, a grid
 * for tables, a picture for figures (sc-rich-text-blocks.c), boxes with
 * a named header for callouts, worked examples, procedures, templates
 * and practice (sc-rich-text-boxes.c). What the learner does in them
 * comes back through sc-rich-text-view-events.c. The view knows nothing
 * of courses, learners or the database; what the reader does with a
 * link, a ticked step or a copied template goes out as a signal.
 *
 * Reading comfort is measured, not guessed: after every style change the
 * view reads the body font back from Pango and publishes the width of a
 * line of SC_RICH_TEXT_MEASURE_CHARS average characters ("column-width"),
 * which the page clamps its text column to (sc-rich-text-view-metrics.c).
 *
 * Keyboard: text labels are not selectable, so they are not Tab stops;
 * links, check buttons and buttons are. A lesson of forty paragraphs is
 * as quick to Tab through as its links and controls.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-rich-text-markup.h"
#include "sc-rich-text-view-private.h"
#include "sc-styles.h"

G_DEFINE_FINAL_TYPE (ScRichTextView, sc_rich_text_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_BASE_DIR,
  PROP_BODY_POINTS,
  PROP_COLUMN_WIDTH,
  PROP_COMPACT,
  PROP_COMPLETE,
  PROP_HEADING_LEVEL,
  PROP_TEXT,
  N_PROPS
};


static GParamSpec *properties[N_PROPS];
guint sc_rich_text_view_signals[SC_RTV_N_SIGNALS];

void
sc_rtv_clear_blocks (ScRichTextView *self)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));

  sc_rtv_drop_pending (self);

  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      /* A popover the reader parented here outlives the text. */
      if (!GTK_IS_NATIVE (child))
        gtk_widget_unparent (child);
      child = next;
    }

  g_hash_table_remove_all (self->sops);
  g_hash_table_remove_all (self->sections);
  g_ptr_array_set_size (self->link_labels, 0);
  self->has_link_area = FALSE;
}

/* Tab into the text reaches every link and control in it. */
static gboolean
sc_rich_text_view_focus (GtkWidget        *widget,
                         GtkDirectionType  direction)
{
  sc_rich_text_view_complete (SC_RICH_TEXT_VIEW (widget));

  return GTK_WIDGET_CLASS (sc_rich_text_view_parent_class)->focus (widget, direction);
}

static void
sc_rich_text_view_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (sc_rich_text_view_parent_class)->css_changed (widget, change);

  sc_rich_text_view_update_metrics (SC_RICH_TEXT_VIEW (widget));
}

static void
sc_rich_text_view_system_setting_changed (GtkWidget       *widget,
                                          GtkSystemSetting setting)
{
  GTK_WIDGET_CLASS (sc_rich_text_view_parent_class)->system_setting_changed (widget, setting);

  if (setting == GTK_SYSTEM_SETTING_DPI || setting == GTK_SYSTEM_SETTING_FONT_NAME ||
      setting == GTK_SYSTEM_SETTING_FONT_CONFIG)
    sc_rich_text_view_update_metrics (SC_RICH_TEXT_VIEW (widget));
}

static void
sc_rich_text_view_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (sc_rich_text_view_parent_class)->root (widget);

  sc_rich_text_view_update_metrics (SC_RICH_TEXT_VIEW (widget));
}

static gboolean
sc_rich_text_view_real_open_uri (ScRichTextView *self,
                                 const char     *uri)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);

  return TRUE;
}

static void
sc_rich_text_view_dispose (GObject *object)
{
  ScRichTextView *self = SC_RICH_TEXT_VIEW (object);
  GtkWidget *child;

  sc_rtv_drop_pending (self);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_pointer (&self->sops, g_hash_table_unref);
  g_clear_pointer (&self->sections, g_hash_table_unref);
  g_clear_pointer (&self->link_labels, g_ptr_array_unref);

  G_OBJECT_CLASS (sc_rich_text_view_parent_class)->dispose (object);
}

static void
sc_rich_text_view_finalize (GObject *object)
{
  ScRichTextView *self = SC_RICH_TEXT_VIEW (object);

  g_clear_pointer (&self->text, sc_rich_text_unref);
  g_free (self->base_dir);

  G_OBJECT_CLASS (sc_rich_text_view_parent_class)->finalize (object);
}

static void
sc_rich_text_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ScRichTextView *self = SC_RICH_TEXT_VIEW (object);

  switch (prop_id)
    {
    case PROP_BASE_DIR:
      g_value_set_string (value, self->base_dir);
      break;

    case PROP_BODY_POINTS:
      g_value_set_double (value, self->body_points);
      break;

    case PROP_COLUMN_WIDTH:
      g_value_set_int (value, self->column_width);
      break;

    case PROP_COMPACT:
      g_value_set_boolean (value, self->compact);
      break;

    case PROP_COMPLETE:
      g_value_set_boolean (value, sc_rich_text_view_get_complete (self));
      break;

    case PROP_HEADING_LEVEL:
      g_value_set_int (value, self->heading_level);
      break;

    case PROP_TEXT:
      g_value_set_boxed (value, self->text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_rich_text_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  ScRichTextView *self = SC_RICH_TEXT_VIEW (object);

  switch (prop_id)
    {
    case PROP_BASE_DIR:
      sc_rich_text_view_set_base_dir (self, g_value_get_string (value));
      break;

    case PROP_COMPACT:
      sc_rich_text_view_set_compact (self, g_value_get_boolean (value));
      break;

    case PROP_HEADING_LEVEL:
      sc_rich_text_view_set_heading_level (self, g_value_get_int (value));
      break;

    case PROP_TEXT:
      sc_rich_text_view_set_text (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_rich_text_view_class_init (ScRichTextViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_rich_text_view_dispose;
  object_class->finalize = sc_rich_text_view_finalize;
  object_class->get_property = sc_rich_text_view_get_property;
  object_class->set_property = sc_rich_text_view_set_property;

  widget_class->css_changed = sc_rich_text_view_css_changed;
  widget_class->system_setting_changed = sc_rich_text_view_system_setting_changed;
  widget_class->root = sc_rich_text_view_root;
  widget_class->focus = sc_rich_text_view_focus;
  widget_class->get_request_mode = sc_rtv_get_request_mode;
  widget_class->measure = sc_rtv_measure;
  widget_class->size_allocate = sc_rtv_size_allocate;

  properties[PROP_BASE_DIR] =
    g_param_spec_string ("base-dir", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_BODY_POINTS] =
    g_param_spec_double ("body-points", NULL, NULL,
                         0.0, G_MAXDOUBLE, 0.0,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_COLUMN_WIDTH] =
    g_param_spec_int ("column-width", NULL, NULL,
                      0, G_MAXINT, 0,
                      (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_COMPACT] =
    g_param_spec_boolean ("compact", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * ScRichTextView:complete:
   *
   * Whether every block of the text is built: a view in a window builds
   * the rest of a long text in the frames after the first
   * (sc-rich-text-view-build.c).
   */
  properties[PROP_COMPLETE] =
    g_param_spec_boolean ("complete", NULL, NULL,
                          TRUE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_HEADING_LEVEL] =
    g_param_spec_int ("heading-level", NULL, NULL,
                      1, 6, 2,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TEXT] =
    g_param_spec_boxed ("text", NULL, NULL,
                        SC_TYPE_RICH_TEXT,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ScRichTextView::lesson-activated:
   * @lesson_id: the lesson a link points to
   */
  sc_rich_text_view_signals[SC_RTV_LESSON_ACTIVATED] =
    g_signal_new ("lesson-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * ScRichTextView::term-activated:
   * @term_id: the glossary entry a term points to
   *
   * sc_rich_text_view_get_link_area() says where the term is, for a
   * popover to point at.
   */
  sc_rich_text_view_signals[SC_RTV_TERM_ACTIVATED] =
    g_signal_new ("term-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * ScRichTextView::open-uri:
   * @uri: a web or mail address
   *
   * The default handler opens @uri with gtk_show_uri(); return %TRUE from
   * a handler to open it some other way.
   */
  sc_rich_text_view_signals[SC_RTV_OPEN_URI] =
    g_signal_new_class_handler ("open-uri",
                                G_TYPE_FROM_CLASS (klass),
                                G_SIGNAL_RUN_LAST,
                                G_CALLBACK (sc_rich_text_view_real_open_uri),
                                g_signal_accumulator_true_handled, NULL, NULL,
                                G_TYPE_BOOLEAN, 1, G_TYPE_STRING);

  /**
   * ScRichTextView::sop-step-toggled:
   * @sop_id: the procedure's id
   * @index: the step, from 0
   * @active: whether the step is ticked now
   *
   * Emitted when the learner ticks or unticks a step, never when
   * sc_rich_text_view_set_sop_step() restores one.
   */
  sc_rich_text_view_signals[SC_RTV_SOP_STEP_TOGGLED] =
    g_signal_new ("sop-step-toggled",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_STRING, G_TYPE_UINT, G_TYPE_BOOLEAN);

  /**
   * ScRichTextView::show-toast:
   * @message: a short, translated message
   *
   * Asks whoever shows the view to confirm something in a toast, such as
   * a template copied to the clipboard.
   */
  sc_rich_text_view_signals[SC_RTV_SHOW_TOAST] =
    g_signal_new ("show-toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * ScRichTextView::practice-activated:
   * @panel: "listings", "orders" or "inventory"
   * @scenario: the scenario id
   */
  sc_rich_text_view_signals[SC_RTV_PRACTICE_ACTIVATED] =
    g_signal_new ("practice-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_set_css_name (widget_class, "richtextview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
sc_rich_text_view_init (ScRichTextView *self)
{
  self->heading_level = 2;
  self->sops = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                      (GDestroyNotify) g_ptr_array_unref);
  self->sections = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->link_labels = g_ptr_array_new ();
}

GtkWidget *
sc_rich_text_view_new (void)
{
  return g_object_new (SC_TYPE_RICH_TEXT_VIEW, NULL);
}

/**
 * sc_rich_text_view_get_text:
 *
 * Returns: (transfer none) (nullable): the text shown
 */
ScRichText *
sc_rich_text_view_get_text (ScRichTextView *self)
{
  g_return_val_if_fail (SC_IS_RICH_TEXT_VIEW (self), NULL);

  return self->text;
}

void
sc_rich_text_view_set_text (ScRichTextView *self,
                            ScRichText     *text)
{
  g_return_if_fail (SC_IS_RICH_TEXT_VIEW (self));

  if (self->text == text)
    return;

  if (text != NULL)
    {
      /* The styles of the blocks are not the first frame's (sc-styles.c). */
      sc_styles_load_pages ();
      sc_rich_text_ref (text);
    }
  g_clear_pointer (&self->text, sc_rich_text_unref);
  self->text = text;

  sc_rich_text_view_rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

const char *
sc_rich_text_view_get_base_dir (ScRichTextView *self)
{
  g_return_val_if_fail (SC_IS_RICH_TEXT_VIEW (self), NULL);

  return self->base_dir;
}

/**
 * sc_rich_text_view_set_base_dir:
 * @base_dir: (nullable): the folder figure paths are relative to (a
 *   course folder; the course reader has already confined them to it)
 */
void
sc_rich_text_view_set_base_dir (ScRichTextView *self,
                                const char     *base_dir)
{
  g_return_if_fail (SC_IS_RICH_TEXT_VIEW (self));

  if (g_strcmp0 (self->base_dir, base_dir) == 0)
    return;

  g_free (self->base_dir);
  self->base_dir = g_strdup (base_dir);

  sc_rich_text_view_rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASE_DIR]);
}

int
sc_rich_text_view_get_heading_level (ScRichTextView *self)
{
  g_return_val_if_fail (SC_IS_RICH_TEXT_VIEW (self), 2);

  return self->heading_level;
}

/**
 * sc_rich_text_view_set_heading_level:
 * @level: the level of the outermost sections' headings, 1 to 6; nested
 *   sections go one deeper each
 */
void
sc_rich_text_view_set_heading_level (ScRichTextView *self,
                                     int             level)
{
  g_return_if_fail (SC_IS_RICH_TEXT_VIEW (self));

  level = CLAMP (level, 1, 6);
  if (self->heading_level == level)
    return;

  self->heading_level = level;

  sc_rich_text_view_rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEADING_LEVEL]);
}

gboolean
sc_rich_text_view_get_compact (ScRichTextView *self)
{
  g_return_val_if_fail (SC_IS_RICH_TEXT_VIEW (self), FALSE);

  return self->compact;
}

/**
 * sc_rich_text_view_set_compact:
 *
 * A compact view (a glossary popover, a question stem) sets text at the
 * interface size with tighter spacing.
 */
void
sc_rich_text_view_set_compact (ScRichTextView *self,
                               gboolean        compact)
{
  g_return_if_fail (SC_IS_RICH_TEXT_VIEW (self));

  compact = !!compact;
  if (self->compact == compact)
    return;

  self->compact = compact;
  if (compact)
    gtk_widget_add_css_class (GTK_WIDGET (self), "compact");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "compact");

  sc_rich_text_view_rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPACT]);
}
