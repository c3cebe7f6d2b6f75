/* sc-learn-panel.c - the Learn section: the course tree and the lesson reader
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The course tree and the lesson sit in the section's own leaflet. It
 * folds (by natural widths) as soon as the lesson could not have its full
 * measure beside the tree: the lesson page's natural width is its text
 * column, 66 characters of the body font. So a 1280 px window shows both
 * panes, while presentation mode on the same projector, or a window
 * narrower than about 1000 px, shows the lesson alone, with a button back
 * to the contents.
 *
 * The panel owns what the learner does while reading: which lesson is
 * open, the history of lessons followed by links (Alt+Left/Alt+Right),
 * lesson states and ticked procedure steps.
 *
 * Progress is held in two small maps here, behind a narrow seam
 * (sc_learn_panel_set_lesson_state(), sc_learn_panel_set_sop_step(),
 * sc_learn_panel_set_resume_lesson() in, the signals "lesson-opened",
 * "lesson-state-changed" and "sop-step-toggled" out), so the learner's
 * recorded progress (src/core/learning) plugs in without the reader
 * knowing about the database. Setting a state from outside never echoes
 * a signal back.
 *
 * At start-up the panel continues where the learner left off: the
 * resume lesson if one was set, else the first lesson in progress; with
 * none it shows the course's overview with a Start button.
 *
 * "ready" is TRUE once the tree (and the lesson asked for, if any) is
 * shown, or the reason why no course could be opened.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-context.h"
#include "sc-learn-panel-private.h"
#include "sc-startup-trace.h"
#include "sc-width-cap.h"
#include "sc-toasts.h"

G_DEFINE_FINAL_TYPE (ScLearnPanel, sc_learn_panel, SC_TYPE_PANEL)

enum {
  PROP_0,
  PROP_LESSON_DONE,
  PROP_LESSON_ID,
  N_PROPS
};

enum {
  LESSON_OPENED,
  LESSON_STATE_CHANGED,
  SOP_STEP_TOGGLED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
update_ready (ScLearnPanel *self)
{
  ScContext *context = sc_panel_get_context (SC_PANEL (self));
  gboolean ready = FALSE;

  if (self->course != NULL)
    ready = self->pending_lesson == NULL;
  else if (context != NULL && sc_context_get_course_error (context) != NULL)
    ready = TRUE;

  if (ready && !sc_panel_get_ready (SC_PANEL (self)))
    sc_startup_trace ("learn-ready");
  sc_panel_set_ready (SC_PANEL (self), ready);
}

void
sc_learn_panel_update_overview (ScLearnPanel *self)
{
  g_autofree char *plain = NULL;
  g_autofree char *label = NULL;
  ScLesson *next;

  if (self->course == NULL)
    return;

  plain = sc_rich_text_to_plain (sc_course_get_description (self->course));
  gtk_label_set_label (self->overview_title, sc_course_get_title (self->course));
  gtk_label_set_label (self->overview_description, plain);

  next = sc_learn_panel_first_lesson_in (self, SC_LESSON_DONE);
  if (next == NULL)
    {
      label = g_strdup (_("_Read Again from the Start"));
    }
  else if (next == g_ptr_array_index (sc_course_get_lessons (self->course), 0) &&
           sc_learn_panel_get_lesson_state (self, next->id) == SC_LESSON_NOT_STARTED)
    {
      label = g_strdup (_("_Start the Course"));
    }
  else
    {
      /* Translators: the overview's button; %s is a lesson title. */
      label = g_strdup_printf (_("_Continue with “%s”"), next->title);
    }

  gtk_button_set_label (self->start_button, label);
}

/* The loading and error pages (an AdwStatusPage each, with a scrolled
 * window of its own) are built the first time they are shown: most
 * starts show neither. */
static GtkWidget *
stack_page (ScLearnPanel *self,
            const char   *name)
{
  GtkWidget *page = gtk_stack_get_child_by_name (self->stack, name);

  if (page != NULL)
    return page;

  page = adw_status_page_new ();
  if (g_str_equal (name, "loading"))
    {
      GtkWidget *spinner = gtk_spinner_new ();

      adw_status_page_set_title (ADW_STATUS_PAGE (page), _("Opening the Course…"));
      gtk_spinner_set_spinning (GTK_SPINNER (spinner), TRUE);
      gtk_widget_set_halign (spinner, GTK_ALIGN_CENTER);
      gtk_widget_set_size_request (spinner, 32, 32);
      adw_status_page_set_child (ADW_STATUS_PAGE (page), spinner);
    }
  else
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
      GtkWidget *clamp = adw_clamp_new ();
      GtkWidget *problems = g_object_new (GTK_TYPE_BOX,
                                          "orientation", GTK_ORIENTATION_VERTICAL,
                                          "spacing", 6,
                                          "accessible-role", GTK_ACCESSIBLE_ROLE_LIST,
                                          NULL);
      GtkWidget *hint = gtk_label_new (NULL);

      g_assert (g_str_equal (name, "error"));
      adw_status_page_set_title (ADW_STATUS_PAGE (page), _("The Course Could Not Be Opened"));
      adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "dialog-warning-symbolic");

      /* The problems as a list to read down, not centred lines: each
       * its own left-aligned label, FILE:LINE first, in a card. */
      gtk_widget_add_css_class (problems, "card");
      gtk_widget_add_css_class (problems, "sc-course-problems");
      gtk_accessible_update_property (GTK_ACCESSIBLE (problems),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Problems"), -1);
      gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
      gtk_label_set_justify (GTK_LABEL (hint), GTK_JUSTIFY_CENTER);
      gtk_widget_add_css_class (hint, "dim-label");

      gtk_box_append (GTK_BOX (box), problems);
      gtk_box_append (GTK_BOX (box), hint);
      adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 720);
      adw_clamp_set_child (ADW_CLAMP (clamp), box);
      adw_status_page_set_child (ADW_STATUS_PAGE (page), clamp);

      self->error_page = ADW_STATUS_PAGE (page);
      self->error_problems = problems;
      self->error_hint = GTK_LABEL (hint);
    }
  gtk_stack_add_named (self->stack, page, name);

  return page;
}

/* Only the page shown is visible: GtkStack styles every visible page it
 * holds, so the course page would be styled while another is shown, and
 * the others with the course. */
static void
show_stack_page (ScLearnPanel *self,
                 const char   *name)
{
  GtkWidget *page = stack_page (self, name);

  gtk_widget_set_visible (page, TRUE);
  gtk_stack_set_visible_child (self->stack, page);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->stack));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (child != page)
      gtk_widget_set_visible (child, FALSE);
}

/* The course-error's parts, as sc_context_set_course_error () lays them
 * out: what is wrong, a blank line, the problems, a blank line, what to
 * run to see them all. A text of another shape is all description. */
static void
show_error (ScLearnPanel *self,
            const char   *error)
{
  g_auto(GStrv) parts = g_strsplit (error, "\n\n", 3);
  gboolean laid_out = g_strv_length (parts) == 3;
  /* The description is markup; the problems quote XML. */
  g_autofree char *escaped = g_markup_escape_text (laid_out ? parts[0] : error, -1);
  GtkWidget *child;

  stack_page (self, "error");
  adw_status_page_set_description (self->error_page, escaped);

  while ((child = gtk_widget_get_first_child (self->error_problems)) != NULL)
    gtk_box_remove (GTK_BOX (self->error_problems), child);
  if (laid_out)
    {
      g_auto(GStrv) lines = g_strsplit (parts[1], "\n", -1);

      for (guint i = 0; lines[i] != NULL; i++)
        {
          /* A list's items, so a screen reader says how many there are. */
          GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                           "label", lines[i],
                                           "xalign", 0.0f,
                                           "wrap", TRUE,
                                           "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                           "accessible-role", GTK_ACCESSIBLE_ROLE_LIST_ITEM,
                                           NULL);

          gtk_box_append (GTK_BOX (self->error_problems), label);
        }
    }
  gtk_widget_set_visible (self->error_problems, laid_out);
  gtk_label_set_text (self->error_hint, laid_out ? parts[2] : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_hint), laid_out);
}

static void
update_stack (ScLearnPanel *self)
{
  ScContext *context = sc_panel_get_context (SC_PANEL (self));
  const char *error = context != NULL ? sc_context_get_course_error (context) : NULL;

  if (self->course != NULL)
    {
      show_stack_page (self, "course");
    }
  else if (error != NULL)
    {
      show_error (self, error);
      show_stack_page (self, "error");
    }
  else if (context != NULL)
    {
      show_stack_page (self, "loading");
    }

  update_ready (self);
}

gboolean
sc_learn_panel_show_lesson (ScLearnPanel *self,
                            const char   *lesson_id,
                            ScLearnNav    nav)
{
  ScLesson *lesson = self->course != NULL && lesson_id != NULL
                     ? sc_course_lookup_lesson (self->course, lesson_id) : NULL;
  ScLessonState state;

  if (lesson == NULL)
    {
      g_autofree char *description = NULL;
      g_autofree char *escaped = g_markup_escape_text (lesson_id != NULL ? lesson_id : "", -1);

      /* Translators: %s is a lesson id from a link or the command line. */
      description = g_strdup_printf (_("This course has no lesson “%s”. "
                                       "Pick one from the list."),
                                     escaped);
      adw_status_page_set_description (self->missing_page, description);
      gtk_widget_set_visible (GTK_WIDGET (self->missing_page), TRUE);
      gtk_stack_set_visible_child_name (self->lesson_stack, "missing");
      adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->lesson_stack));
      sc_course_tree_select_lesson (self->tree, NULL);
      return FALSE;
    }

  if (lesson != self->lesson || nav == SC_LEARN_NAV_HISTORY)
    {
      sc_learn_progress_leave (self->progress);
      if (nav == SC_LEARN_NAV_PUSH && self->lesson != NULL)
        sc_learn_panel_history_push (self);

      self->lesson = lesson;
      sc_lesson_page_set_lesson (self->lesson_page, self->course, lesson);
      sc_learn_panel_restore_ticks (self);

      if (sc_learn_panel_get_lesson_state (self, lesson->id) == SC_LESSON_NOT_STARTED)
        sc_learn_panel_change_state (self, lesson->id, SC_LESSON_IN_PROGRESS, TRUE);
      state = sc_learn_panel_get_lesson_state (self, lesson->id);
      sc_lesson_page_set_state (self->lesson_page, state);
      sc_learn_progress_enter (self->progress, lesson->id, nav != SC_LEARN_NAV_HISTORY);
      sc_learn_progress_load_practice (self->progress);

      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LESSON_ID]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LESSON_DONE]);
      g_signal_emit (self, signals[LESSON_OPENED], 0, lesson->id);
    }

  sc_course_tree_select_lesson (self->tree, lesson->id);
  gtk_stack_set_visible_child_name (self->lesson_stack, "lesson");
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->lesson_stack));
  sc_learn_panel_update_actions (self);

  return TRUE;
}

static void
set_course (ScLearnPanel *self,
            ScCourse     *course)
{
  GHashTableIter iter;
  gpointer key;
  gpointer value;
  g_autofree char *target = NULL;

  if (!g_set_object (&self->course, course))
    return;

  self->lesson = NULL;
  sc_learn_panel_history_clear (self);
  sc_lesson_page_set_lesson (self->lesson_page, course, NULL);
  sc_course_tree_set_course (self->tree, course);

  g_hash_table_iter_init (&iter, self->states);
  while (g_hash_table_iter_next (&iter, &key, &value))
    sc_course_tree_set_lesson_state (self->tree, key, GPOINTER_TO_INT (value));

  gtk_stack_set_visible_child_name (self->lesson_stack, "overview");
  sc_learn_panel_update_overview (self);

  if (course != NULL)
    {
      ScLesson *in_progress = sc_learn_panel_first_lesson_in (self, SC_LESSON_IN_PROGRESS);

      if (self->pending_lesson != NULL)
        target = g_steal_pointer (&self->pending_lesson);
      else if (self->resume_lesson != NULL &&
               sc_course_lookup_lesson (course, self->resume_lesson) != NULL)
        target = g_strdup (self->resume_lesson);
      else if (in_progress != NULL)
        target = g_strdup (in_progress->id);

      if (target != NULL)
        sc_learn_panel_show_lesson (self, target, SC_LEARN_NAV_RESTORE);
    }

  sc_learn_panel_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LESSON_ID]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LESSON_DONE]);
}

static void
sc_learn_panel_context_changed (ScPanel *panel)
{
  ScLearnPanel *self = SC_LEARN_PANEL (panel);
  ScContext *context = sc_panel_get_context (panel);
  gboolean learner_changed = FALSE;

  /* Recorded progress replaces what the panel held: the course is shown
   * afresh, at the lesson shown so far unless another learner came. */
  if (sc_learn_progress_load (self->progress, context, &learner_changed) &&
      self->course != NULL)
    {
      if (self->lesson != NULL && self->pending_lesson == NULL && !learner_changed)
        self->pending_lesson = g_strdup (self->lesson->id);
      self->lesson = NULL;
      g_clear_object (&self->course);
      sc_course_tree_set_course (self->tree, NULL);
    }

  set_course (self, context != NULL ? sc_context_get_course (context) : NULL);
  sc_learn_progress_load_modules (self->progress);
  sc_learn_panel_update_search (self);
  update_stack (self);
}

/* The window owns the quiz player: it knows the database and learner. */
static void
tree_quiz_activated_cb (ScLearnPanel *self,
                        const char   *quiz_id)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.take-quiz", "s", quiz_id);
}

static void
tree_lesson_activated_cb (ScLearnPanel *self,
                          const char   *lesson_id)
{
  sc_learn_panel_show_lesson (self, lesson_id, SC_LEARN_NAV_PUSH);
}

static void
folded_cb (ScLearnPanel *self)
{
  sc_lesson_page_set_folded (self->lesson_page, adw_leaflet_get_folded (self->leaflet));
}

static void
view_lesson_activated_cb (ScLearnPanel *self,
                          const char   *lesson_id)
{
  sc_learn_panel_show_lesson (self, lesson_id, SC_LEARN_NAV_PUSH);
}

static void
view_sop_step_toggled_cb (ScLearnPanel *self,
                          const char   *sop_id,
                          guint         step,
                          gboolean      ticked)
{
  if (self->lesson == NULL)
    return;

  sc_learn_panel_set_sop_step (self, self->lesson->id, sop_id, step, ticked);
  g_signal_emit (self, signals[SOP_STEP_TOGGLED], 0, self->lesson->id, sop_id, step, ticked);
}

static void
view_show_toast_cb (ScLearnPanel *self,
                    const char   *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 3);
  sc_toasts_add (self->toast_overlay, toast);
}

static void
view_practice_cb (ScLearnPanel *self,
                  const char   *panel,
                  const char   *scenario)
{
  /* The Listings section opens the scenario's store and offers the way
   * back to this lesson; the other practice sections are only shown. */
  if (g_strcmp0 (panel, "listings") == 0 && scenario != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.practice", "(sss)", panel, scenario,
                                self->lesson != NULL ? self->lesson->id : "");
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "win.section", "s", panel);
}

static void
sc_learn_panel_dispose (GObject *object)
{
  ScLearnPanel *self = SC_LEARN_PANEL (object);

  if (self->progress != NULL)
    sc_learn_progress_leave (self->progress);
  g_clear_object (&self->progress);
  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_LEARN_PANEL);
  /* Made on the first Ctrl+F, not by the template: gone with it. */
  self->search_pane = NULL;
  self->lesson = NULL;
  g_clear_object (&self->course);

  G_OBJECT_CLASS (sc_learn_panel_parent_class)->dispose (object);
}

static void
sc_learn_panel_finalize (GObject *object)
{
  ScLearnPanel *self = SC_LEARN_PANEL (object);

  g_clear_pointer (&self->states, g_hash_table_unref);
  g_clear_pointer (&self->ticks, g_hash_table_unref);
  g_clear_pointer (&self->back, g_ptr_array_unref);
  g_clear_pointer (&self->forward, g_ptr_array_unref);
  g_free (self->resume_lesson);
  g_free (self->pending_lesson);

  G_OBJECT_CLASS (sc_learn_panel_parent_class)->finalize (object);
}

static void
sc_learn_panel_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ScLearnPanel *self = SC_LEARN_PANEL (object);

  switch (prop_id)
    {
    case PROP_LESSON_DONE:
      g_value_set_boolean (value, sc_learn_panel_get_lesson_done (self));
      break;

    case PROP_LESSON_ID:
      g_value_set_string (value, sc_learn_panel_get_lesson_id (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_learn_panel_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ScLearnPanel *self = SC_LEARN_PANEL (object);

  switch (prop_id)
    {
    case PROP_LESSON_DONE:
      sc_learn_panel_set_lesson_done (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_learn_panel_class_init (ScLearnPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ScPanelClass *panel_class = SC_PANEL_CLASS (klass);

  object_class->dispose = sc_learn_panel_dispose;
  object_class->finalize = sc_learn_panel_finalize;
  object_class->get_property = sc_learn_panel_get_property;
  object_class->set_property = sc_learn_panel_set_property;

  panel_class->context_changed = sc_learn_panel_context_changed;

  /* The property behind the learn.mark-done action and its toggle
   * buttons: whether the open lesson is done. */
  properties[PROP_LESSON_DONE] =
    g_param_spec_boolean ("lesson-done", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LESSON_ID] =
    g_param_spec_string ("lesson-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ScLearnPanel::lesson-opened:
   * @lesson_id: the lesson now shown
   */
  signals[LESSON_OPENED] =
    g_signal_new ("lesson-opened",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * ScLearnPanel::lesson-state-changed:
   * @lesson_id: the lesson
   * @state: its new ScLessonState
   *
   * Emitted when reading changes a lesson's state: opening it the first
   * time, marking it done or not done.
   */
  signals[LESSON_STATE_CHANGED] =
    g_signal_new ("lesson-state-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_INT);

  /**
   * ScLearnPanel::sop-step-toggled:
   * @lesson_id: the lesson
   * @sop_id: the procedure in it
   * @step: the step, from 0
   * @ticked: whether it is ticked now
   */
  signals[SOP_STEP_TOGGLED] =
    g_signal_new ("sop-step-toggled",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 4, G_TYPE_STRING, G_TYPE_STRING, G_TYPE_UINT, G_TYPE_BOOLEAN);

  g_type_ensure (SC_TYPE_COURSE_TREE);
  g_type_ensure (SC_TYPE_LESSON_PAGE);
  g_type_ensure (SC_TYPE_WIDTH_CAP);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/sc-learn-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, ScLearnPanel, contents);
  gtk_widget_class_bind_template_child (widget_class, ScLearnPanel, leaflet);
  gtk_widget_class_bind_template_child (widget_class, ScLearnPanel, lesson_page);
  gtk_widget_class_bind_template_child (widget_class, ScLearnPanel, lesson_stack);
  gtk_widget_class_bind_template_child (widget_class, ScLearnPanel, missing_page);
  gtk_widget_class_bind_template_child (widget_class, ScLearnPanel, overview_description);
  gtk_widget_class_bind_template_child (widget_class, ScLearnPanel, overview_page);
  gtk_widget_class_bind_template_child (widget_class, ScLearnPanel, overview_title);
  gtk_widget_class_bind_template_child (widget_class, ScLearnPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, ScLearnPanel, start_button);
  gtk_widget_class_bind_template_child (widget_class, ScLearnPanel, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ScLearnPanel, tree);
  gtk_widget_class_bind_template_callback (widget_class, folded_cb);
  gtk_widget_class_bind_template_callback (widget_class, tree_lesson_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, tree_quiz_activated_cb);

  sc_learn_panel_class_install_actions (widget_class);
  sc_learn_panel_class_init_search (widget_class);
}

static void
sc_learn_panel_init (ScLearnPanel *self)
{
  ScRichTextView *view;

  self->states = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->ticks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->back = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_learn_visit_free);
  self->forward = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_learn_visit_free);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->progress = sc_learn_progress_new (self);

  view = sc_lesson_page_get_view (self->lesson_page);
  g_signal_connect_object (view, "lesson-activated",
                           G_CALLBACK (view_lesson_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (view, "sop-step-toggled",
                           G_CALLBACK (view_sop_step_toggled_cb), self, G_CONNECT_SWAPPED);
  /* Back from a quiz, the modules' statuses may have changed. */
  g_signal_connect_object (self, "map",
                           G_CALLBACK (sc_learn_progress_load_modules), self->progress,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self, "map",
                           G_CALLBACK (sc_learn_progress_load_practice), self->progress,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (view, "show-toast",
                           G_CALLBACK (view_show_toast_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (view, "practice-activated",
                           G_CALLBACK (view_practice_cb), self, G_CONNECT_SWAPPED);

  sc_learn_panel_init_actions (self);
  folded_cb (self);
  update_stack (self);
}

GtkWidget *
sc_learn_panel_new (void)
{
  return g_object_new (SC_TYPE_LEARN_PANEL, NULL);
}

/**
 * sc_learn_panel_open_lesson:
 *
 * Shows @lesson_id. Before the course has arrived, the lesson opens when
 * it does, and the panel is not ready until then.
 *
 * Returns: %FALSE if the course is loaded and has no such lesson
 */
gboolean
sc_learn_panel_open_lesson (ScLearnPanel *self,
                            const char   *lesson_id)
{
  gboolean found;

  g_return_val_if_fail (SC_IS_LEARN_PANEL (self), FALSE);
  g_return_val_if_fail (lesson_id != NULL, FALSE);

  if (self->course == NULL)
    {
      g_free (self->pending_lesson);
      self->pending_lesson = g_strdup (lesson_id);
      update_ready (self);
      return TRUE;
    }

  found = sc_learn_panel_show_lesson (self, lesson_id, SC_LEARN_NAV_PUSH);
  update_ready (self);

  return found;
}

/**
 * sc_learn_panel_get_lesson_id:
 *
 * Returns: (nullable): the id of the lesson shown
 */
const char *
sc_learn_panel_get_lesson_id (ScLearnPanel *self)
{
  g_return_val_if_fail (SC_IS_LEARN_PANEL (self), NULL);

  return self->lesson != NULL ? self->lesson->id : NULL;
}
