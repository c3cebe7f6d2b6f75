/* sc-course-tree.c - the course's contents: domains, modules, lessons and their state
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One list row per lesson, in course order; domains and modules are the
 * rows' headers, so arrow keys move from lesson to lesson and never stop
 * on a title. A module's header lists its objectives: what the learner
 * will be able to do, which is the reason to open its lessons.
 *
 * A lesson's state (not started, in progress, done) is shown by an icon
 * whose shape differs, not only its colour, and is part of the row's
 * accessible name. The tree only shows states; the Learn panel decides
 * them. So it is with a module's status (mastered, in progress, not
 * started), shown under the module's title and read with it.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-course-tree.h"
#include "sc-module-status-line.h"

struct _ScCourseTree
{
  GtkWidget          parent_instance;

  /* Template children */
  GtkProgressBar    *course_progress;
  GtkLabel          *course_summary;
  GtkLabel          *course_title;
  GtkListBox        *list_box;
  GtkScrolledWindow *scroller;

  ScCourse          *course;
  ScModule          *current_module;  /* the selected lesson's */
  GHashTable        *states;    /* lesson id -> ScLessonState */
  GHashTable        *rows;      /* lesson id -> GtkListBoxRow (owned by the list) */
  GHashTable        *modules;   /* module id -> ScTreeModuleState */
};

typedef struct
{
  ScModuleState state;
  double        best_score;
} ScTreeModuleState;

G_DEFINE_FINAL_TYPE (ScCourseTree, sc_course_tree, GTK_TYPE_WIDGET)

enum {
  LESSON_ACTIVATED,
  QUIZ_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const state_icons[] = {
  [SC_LESSON_NOT_STARTED] = "shopcraft-lesson-not-started-symbolic",
  [SC_LESSON_IN_PROGRESS] = "shopcraft-lesson-in-progress-symbolic",
  [SC_LESSON_DONE] = "shopcraft-lesson-done-symbolic",
};

/**
 * sc_course_state_describe:
 *
 * Returns: the state in words, for people
 */
const char *
sc_course_state_describe (ScLessonState state)
{
  switch (state)
    {
    case SC_LESSON_IN_PROGRESS:
      return _("In progress");

    case SC_LESSON_DONE:
      return _("Done");

    case SC_LESSON_NOT_STARTED:
    default:
      return _("Not started");
    }
}

static char *
describe_minutes (guint minutes)
{
  /* Translators: a lesson's estimated time, short: "22 min". */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u min", "%u min", minutes), minutes);
}

static void
update_row (ScCourseTree  *self,
            GtkWidget     *row,
            ScLessonState  state)
{
  ScLesson *lesson = g_object_get_data (G_OBJECT (row), "sc-lesson");
  GtkImage *image = g_object_get_data (G_OBJECT (row), "sc-state-image");
  g_autofree char *label = NULL;

  state = CLAMP (state, SC_LESSON_NOT_STARTED, SC_LESSON_DONE);
  gtk_image_set_from_icon_name (image, state_icons[state]);
  gtk_widget_set_tooltip_text (GTK_WIDGET (image), sc_course_state_describe (state));

  gtk_widget_remove_css_class (row, "sc-lesson-done");
  gtk_widget_remove_css_class (row, "sc-lesson-in-progress");
  if (state == SC_LESSON_DONE)
    gtk_widget_add_css_class (row, "sc-lesson-done");
  else if (state == SC_LESSON_IN_PROGRESS)
    gtk_widget_add_css_class (row, "sc-lesson-in-progress");

  /* Translators: a lesson row's accessible name: title, estimated
   * minutes, state ("Pricing for margin, 22 minutes, in progress"). */
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u minute, %s", "%s, %u minutes, %s",
                                        lesson->minutes),
                           lesson->title, lesson->minutes, sc_course_state_describe (state));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static GtkWidget *
lesson_row_new (ScCourseTree *self,
                ScDomain     *domain,
                ScModule     *module,
                ScLesson     *lesson)
{
  GtkWidget *row = gtk_list_box_row_new ();
  /* A grid rather than a horizontal box: asked for its height at a
   * width, GTK 4.8's box searches for the width its wrapping title needs
   * and lays the title out dozens of times, which made the course tree
   * the costliest part of start-up; a grid sizes its columns once. */
  GtkWidget *box = gtk_grid_new ();
  GtkWidget *image = g_object_new (GTK_TYPE_IMAGE,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                   "valign", GTK_ALIGN_START,
                                   NULL);
  GtkWidget *title = gtk_label_new (lesson->title);
  g_autofree char *minutes_text = describe_minutes (lesson->minutes);
  GtkWidget *minutes = gtk_label_new (minutes_text);

  gtk_grid_set_column_spacing (GTK_GRID (box), 10);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_name (row, lesson->id);
  gtk_widget_add_css_class (row, "sc-lesson-row");
  gtk_widget_add_css_class (image, "sc-lesson-state");

  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 24);
  gtk_label_set_xalign (GTK_LABEL (title), 0.0f);
  gtk_widget_set_hexpand (title, TRUE);
  /* Title and minutes share the first line's baseline. */
  gtk_widget_set_valign (title, GTK_ALIGN_BASELINE);
  gtk_widget_add_css_class (title, "sc-lesson-row-title");

  gtk_label_set_xalign (GTK_LABEL (minutes), 1.0f);
  gtk_widget_set_valign (minutes, GTK_ALIGN_BASELINE);
  gtk_widget_add_css_class (minutes, "dim-label");
  gtk_widget_add_css_class (minutes, "caption");
  gtk_widget_add_css_class (minutes, "sc-lesson-row-minutes");

  gtk_grid_attach (GTK_GRID (box), image, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (box), title, 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (box), minutes, 2, 0, 1, 1);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  g_object_set_data (G_OBJECT (row), "sc-domain", domain);
  g_object_set_data (G_OBJECT (row), "sc-module", module);
  g_object_set_data (G_OBJECT (row), "sc-lesson", lesson);
  g_object_set_data (G_OBJECT (row), "sc-state-image", image);

  update_row (self, row, sc_course_tree_get_lesson_state (self, lesson->id));

  return row;
}

/* A module's closing quiz: the last row of its module, with the rule
 * that completes the module in words. */
static GtkWidget *
quiz_row_new (ScDomain            *domain,
              ScModule            *module,
              const ScAttemptQuiz *quiz)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_grid_new ();
  GtkWidget *image = g_object_new (GTK_TYPE_IMAGE,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                   "icon-name", "document-edit-symbolic",
                                   "valign", GTK_ALIGN_START,
                                   NULL);
  /* Under its module's heading the row needs no more name than this; the
   * quiz's own title is in the accessible name. */
  GtkWidget *title = gtk_label_new (_("Module quiz"));
  g_autofree char *rule_text = NULL;
  g_autofree char *label = NULL;
  GtkWidget *rule;

  if (quiz->pass_fraction > 0)
    /* Translators: how a module is completed: "Pass with 80 % to complete the module" */
    rule_text = g_strdup_printf (_("Pass with %.0f %% to complete the module"),
                                 quiz->pass_fraction * 100);
  else
    rule_text = g_strdup (_("Take it to complete the module"));
  rule = gtk_label_new (rule_text);

  gtk_grid_set_column_spacing (GTK_GRID (box), 10);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_name (row, quiz->id);
  gtk_widget_add_css_class (row, "sc-quiz-row");
  gtk_widget_add_css_class (image, "sc-lesson-state");

  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 24);
  gtk_label_set_xalign (GTK_LABEL (title), 0.0f);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (title, "sc-lesson-row-title");

  gtk_label_set_wrap (GTK_LABEL (rule), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (rule), 28);
  gtk_label_set_xalign (GTK_LABEL (rule), 0.0f);
  gtk_widget_add_css_class (rule, "dim-label");
  gtk_widget_add_css_class (rule, "caption");

  gtk_grid_attach (GTK_GRID (box), image, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (box), title, 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (box), rule, 1, 1, 1, 1);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  /* Translators: a quiz row's accessible name: its title, then the rule */
  label = g_strdup_printf (_("%s, %s"), quiz->title != NULL ? quiz->title : _("Module quiz"),
                           rule_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);

  g_object_set_data (G_OBJECT (row), "sc-domain", domain);
  g_object_set_data (G_OBJECT (row), "sc-module", module);
  g_object_set_data_full (G_OBJECT (row), "sc-quiz-id", g_strdup (quiz->id), g_free);

  return row;
}

static guint
module_done (ScCourseTree *self,
             ScModule     *module)
{
  guint done = 0;

  for (guint i = 0; i < module->lessons->len; i++)
    {
      ScLesson *lesson = g_ptr_array_index (module->lessons, i);

      done += sc_course_tree_get_lesson_state (self, lesson->id) == SC_LESSON_DONE;
    }

  return done;
}

static GtkWidget *
heading (const char *text,
         int         level,
         const char *css_class)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   "label", text,
                                   "wrap", TRUE,
                                   "max-width-chars", 28,
                                   "xalign", 0.0f,
                                   NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, level,
                                  -1);
  gtk_widget_add_css_class (label, css_class);

  return label;
}

/* Domain and module titles head the first lesson row of each module. */
static void
header_func (GtkListBoxRow *row,
             GtkListBoxRow *before,
             gpointer       user_data)
{
  ScCourseTree *self = user_data;
  ScDomain *domain = g_object_get_data (G_OBJECT (row), "sc-domain");
  ScModule *module = g_object_get_data (G_OBJECT (row), "sc-module");
  ScDomain *before_domain = NULL;
  ScModule *before_module = NULL;
  g_autofree char *progress_text = NULL;
  g_autofree char *status_text = NULL;
  ScTreeModuleState *status;
  GtkWidget *box;
  GtkWidget *title;
  GtkWidget *progress;
  GtkWidget *objectives;

  if (before != NULL)
    {
      before_domain = g_object_get_data (G_OBJECT (before), "sc-domain");
      before_module = g_object_get_data (G_OBJECT (before), "sc-module");
    }

  if (module == before_module)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_add_css_class (box, "sc-tree-header");
  if (before == NULL)
    gtk_widget_add_css_class (box, "sc-tree-header-first");

  if (domain != before_domain)
    gtk_box_append (GTK_BOX (box), heading (domain->title, 2, "sc-tree-domain"));

  title = heading (module->title, 3, "sc-tree-module");
  gtk_box_append (GTK_BOX (box), title);

  status = g_hash_table_lookup (self->modules, module->id);
  if (status != NULL)
    {
      const ScAttemptQuiz *quiz = module->assessment != NULL
                                  ? sc_course_lookup_quiz (self->course, module->assessment)
                                  : NULL;

      status_text = sc_module_status_line_describe (status->state, status->best_score,
                                                    quiz != NULL ? quiz->pass_fraction : 0);
    }
  if (status_text != NULL)
    {
      g_autofree char *label = NULL;

      /* Translators: a module heading's accessible name: its title, then
       * its status ("Listing essentials, Mastered") */
      label = g_strdup_printf (_("%s, %s"), module->title, status_text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (title),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
      g_object_set_data_full (G_OBJECT (title), "sc-accessible-label",
                              g_steal_pointer (&label), g_free);
      gtk_box_append (GTK_BOX (box), sc_module_status_line_new (status->state, status_text));
    }

  /* Translators: how many of a module's lessons are done: "1 of 2 lessons done". */
  progress_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u lesson done",
                                                "%u of %u lessons done", module->lessons->len),
                                   module_done (self, module), module->lessons->len);
  progress = gtk_label_new (progress_text);
  gtk_label_set_xalign (GTK_LABEL (progress), 0.0f);
  gtk_widget_add_css_class (progress, "dim-label");
  gtk_widget_add_css_class (progress, "caption");
  gtk_box_append (GTK_BOX (box), progress);

  /* Objectives of the module being read, or of every module while the
   * learner looks over the course: the list stays short enough to scan. */
  if (self->current_module != NULL && self->current_module != module)
    {
      gtk_list_box_row_set_header (row, box);
      return;
    }

  objectives = g_object_new (GTK_TYPE_BOX,
                             "orientation", GTK_ORIENTATION_VERTICAL,
                             "accessible-role", GTK_ACCESSIBLE_ROLE_LIST,
                             NULL);
  gtk_widget_add_css_class (objectives, "sc-tree-objectives");
  gtk_accessible_update_property (GTK_ACCESSIBLE (objectives),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Objectives"),
                                  -1);
  for (guint i = 0; module->objectives != NULL && i < module->objectives->len; i++)
    {
      ScObjective *objective = g_ptr_array_index (module->objectives, i);
      GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                       "accessible-role", GTK_ACCESSIBLE_ROLE_LIST_ITEM,
                                       "label", objective->text,
                                       "wrap", TRUE,
                                       "max-width-chars", 32,
                                       "xalign", 0.0f,
                                       NULL);

      gtk_widget_add_css_class (label, "sc-tree-objective");
      gtk_box_append (GTK_BOX (objectives), label);
    }
  gtk_box_append (GTK_BOX (box), objectives);

  gtk_list_box_row_set_header (row, box);
}

static void
update_summary (ScCourseTree *self)
{
  GPtrArray *lessons;
  guint minutes = 0;
  guint done = 0;
  g_autofree char *lessons_text = NULL;
  g_autofree char *time_text = NULL;
  g_autofree char *summary = NULL;

  if (self->course == NULL)
    return;

  lessons = sc_course_get_lessons (self->course);
  for (guint i = 0; i < lessons->len; i++)
    {
      ScLesson *lesson = g_ptr_array_index (lessons, i);

      minutes += lesson->minutes;
      done += sc_course_tree_get_lesson_state (self, lesson->id) == SC_LESSON_DONE;
    }

  /* Translators: part of the course summary: "8 lessons". */
  lessons_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u lesson", "%u lessons",
                                               lessons->len), lessons->len);
  if (minutes >= 60)
    /* Translators: the course's estimated time: "3 h 10 min". */
    time_text = g_strdup_printf (_("%u h %u min"), minutes / 60, minutes % 60);
  else
    time_text = describe_minutes (minutes);

  /* Translators: the course summary: "8 lessons · 3 h 10 min · 2 done". */
  summary = g_strdup_printf (_("%s · %s · %u done"), lessons_text, time_text, done);
  gtk_label_set_label (self->course_summary, summary);
  gtk_progress_bar_set_fraction (self->course_progress,
                                 lessons->len > 0 ? (double) done / lessons->len : 0.0);
}

static void
rebuild (ScCourseTree *self)
{
  GtkWidget *child;
  GPtrArray *domains;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);
  g_hash_table_remove_all (self->rows);
  self->current_module = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->course_title), self->course != NULL);
  if (self->course == NULL)
    return;

  gtk_label_set_label (self->course_title, sc_course_get_title (self->course));

  domains = sc_course_get_domains (self->course);
  for (guint d = 0; d < domains->len; d++)
    {
      ScDomain *domain = g_ptr_array_index (domains, d);

      for (guint m = 0; m < domain->modules->len; m++)
        {
          ScModule *module = g_ptr_array_index (domain->modules, m);

          for (guint l = 0; l < module->lessons->len; l++)
            {
              ScLesson *lesson = g_ptr_array_index (module->lessons, l);
              GtkWidget *row = lesson_row_new (self, domain, module, lesson);

              gtk_list_box_append (self->list_box, row);
              g_hash_table_insert (self->rows, g_strdup (lesson->id), row);
            }

          if (module->assessment != NULL && module->lessons->len > 0)
            {
              const ScAttemptQuiz *quiz = sc_course_lookup_quiz (self->course, module->assessment);

              if (quiz != NULL)
                gtk_list_box_append (self->list_box, quiz_row_new (domain, module, quiz));
            }
        }
    }

  update_summary (self);
}

static void
row_activated_cb (ScCourseTree  *self,
                  GtkListBoxRow *row)
{
  ScLesson *lesson = g_object_get_data (G_OBJECT (row), "sc-lesson");
  const char *quiz_id = g_object_get_data (G_OBJECT (row), "sc-quiz-id");

  if (lesson != NULL)
    g_signal_emit (self, signals[LESSON_ACTIVATED], 0, lesson->id);
  else if (quiz_id != NULL)
    g_signal_emit (self, signals[QUIZ_ACTIVATED], 0, quiz_id);
}

static void
sc_course_tree_dispose (GObject *object)
{
  ScCourseTree *self = SC_COURSE_TREE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_COURSE_TREE);
  g_clear_object (&self->course);

  G_OBJECT_CLASS (sc_course_tree_parent_class)->dispose (object);
}

static void
sc_course_tree_finalize (GObject *object)
{
  ScCourseTree *self = SC_COURSE_TREE (object);

  g_clear_pointer (&self->states, g_hash_table_unref);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->modules, g_hash_table_unref);

  G_OBJECT_CLASS (sc_course_tree_parent_class)->finalize (object);
}

static void
sc_course_tree_class_init (ScCourseTreeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_course_tree_dispose;
  object_class->finalize = sc_course_tree_finalize;

  /**
   * ScCourseTree::lesson-activated:
   * @lesson_id: the lesson the learner picked
   */
  signals[LESSON_ACTIVATED] =
    g_signal_new ("lesson-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * ScCourseTree::quiz-activated:
   * @quiz_id: the module quiz the learner picked
   */
  signals[QUIZ_ACTIVATED] =
    g_signal_new ("quiz-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/sc-course-tree.ui");
  gtk_widget_class_bind_template_child (widget_class, ScCourseTree, course_progress);
  gtk_widget_class_bind_template_child (widget_class, ScCourseTree, course_summary);
  gtk_widget_class_bind_template_child (widget_class, ScCourseTree, course_title);
  gtk_widget_class_bind_template_child (widget_class, ScCourseTree, list_box);
  gtk_widget_class_bind_template_child (widget_class, ScCourseTree, scroller);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "coursetree");
}

static void
sc_course_tree_init (ScCourseTree *self)
{
  self->states = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->modules = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_set_header_func (self->list_box, header_func, self, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->course_title), FALSE);
}

GtkWidget *
sc_course_tree_new (void)
{
  return g_object_new (SC_TYPE_COURSE_TREE, NULL);
}

/**
 * sc_course_tree_get_course:
 *
 * Returns: (transfer none) (nullable): the course shown
 */
ScCourse *
sc_course_tree_get_course (ScCourseTree *self)
{
  g_return_val_if_fail (SC_IS_COURSE_TREE (self), NULL);

  return self->course;
}

void
sc_course_tree_set_course (ScCourseTree *self,
                           ScCourse     *course)
{
  g_return_if_fail (SC_IS_COURSE_TREE (self));
  g_return_if_fail (!course || SC_IS_COURSE (course));

  if (!g_set_object (&self->course, course))
    return;

  g_hash_table_remove_all (self->states);
  g_hash_table_remove_all (self->modules);
  rebuild (self);
}

ScLessonState
sc_course_tree_get_lesson_state (ScCourseTree *self,
                                 const char   *lesson_id)
{
  g_return_val_if_fail (SC_IS_COURSE_TREE (self), SC_LESSON_NOT_STARTED);

  if (lesson_id == NULL)
    return SC_LESSON_NOT_STARTED;

  return GPOINTER_TO_INT (g_hash_table_lookup (self->states, lesson_id));
}

void
sc_course_tree_set_lesson_state (ScCourseTree  *self,
                                 const char    *lesson_id,
                                 ScLessonState  state)
{
  GtkWidget *row;

  g_return_if_fail (SC_IS_COURSE_TREE (self));
  g_return_if_fail (lesson_id != NULL);

  if (sc_course_tree_get_lesson_state (self, lesson_id) == state)
    return;

  g_hash_table_insert (self->states, g_strdup (lesson_id), GINT_TO_POINTER (state));

  row = g_hash_table_lookup (self->rows, lesson_id);
  if (row != NULL)
    update_row (self, row, state);

  /* The module headers count done lessons. */
  gtk_list_box_invalidate_headers (self->list_box);
  update_summary (self);
}

/**
 * sc_course_tree_select_lesson:
 * @lesson_id: (nullable): the lesson shown beside the tree, or %NULL
 */
void
sc_course_tree_select_lesson (ScCourseTree *self,
                              const char   *lesson_id)
{
  GtkWidget *row;
  ScModule *module;

  g_return_if_fail (SC_IS_COURSE_TREE (self));

  row = lesson_id != NULL ? g_hash_table_lookup (self->rows, lesson_id) : NULL;
  module = row != NULL ? g_object_get_data (G_OBJECT (row), "sc-module") : NULL;
  if (module != self->current_module)
    {
      self->current_module = module;
      gtk_list_box_invalidate_headers (self->list_box);
    }

  if (row == NULL)
    {
      gtk_list_box_unselect_all (self->list_box);
      return;
    }

  gtk_list_box_select_row (self->list_box, GTK_LIST_BOX_ROW (row));
}

/**
 * sc_course_tree_get_row:
 *
 * Returns: (transfer none) (nullable): the row of @lesson_id
 */
GtkWidget *
sc_course_tree_get_row (ScCourseTree *self,
                        const char   *lesson_id)
{
  g_return_val_if_fail (SC_IS_COURSE_TREE (self), NULL);
  g_return_val_if_fail (lesson_id != NULL, NULL);

  return g_hash_table_lookup (self->rows, lesson_id);
}

/**
 * sc_course_tree_set_module_state:
 * @best_score: the best scaled score of the module quiz, below 0 if none
 *
 * Shows the learner's status in @module_id under its title: "Mastered",
 * the quiz's best score beside its pass mark, or nothing when not started.
 */
void
sc_course_tree_set_module_state (ScCourseTree  *self,
                                 const char    *module_id,
                                 ScModuleState  state,
                                 double         best_score)
{
  ScTreeModuleState *status;

  g_return_if_fail (SC_IS_COURSE_TREE (self));
  g_return_if_fail (module_id != NULL);

  status = g_hash_table_lookup (self->modules, module_id);
  if (state == SC_MODULE_NOT_STARTED)
    {
      if (!g_hash_table_remove (self->modules, module_id))
        return;
    }
  else if (status != NULL && status->state == state && status->best_score == best_score)
    return;
  else
    {
      status = g_new0 (ScTreeModuleState, 1);
      status->state = state;
      status->best_score = best_score;
      g_hash_table_insert (self->modules, g_strdup (module_id), status);
    }

  gtk_list_box_invalidate_headers (self->list_box);
}

/**
 * sc_course_tree_get_module_state:
 *
 * Returns: the status shown for @module_id
 */
ScModuleState
sc_course_tree_get_module_state (ScCourseTree *self,
                                 const char   *module_id)
{
  ScTreeModuleState *status;

  g_return_val_if_fail (SC_IS_COURSE_TREE (self), SC_MODULE_NOT_STARTED);
  g_return_val_if_fail (module_id != NULL, SC_MODULE_NOT_STARTED);

  status = g_hash_table_lookup (self->modules, module_id);

  return status != NULL ? status->state : SC_MODULE_NOT_STARTED;
}
