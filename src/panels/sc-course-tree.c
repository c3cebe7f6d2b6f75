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
 *
 * Start-up lays out only what it shows: the rows of the first screen are
 * built with the course, the rest once that screen is painted, and the
 * pane's width does not depend on which rows exist.
 *
 * This file holds the widget and its signals; sc-course-tree-rows.c
 * builds the rows and keeps lesson states, sc-course-tree-modules.c the
 * headings and module states.
 */
#include "config.h"

#include "sc-course-tree-private.h"

G_DEFINE_FINAL_TYPE (ScCourseTree, sc_course_tree, GTK_TYPE_WIDGET)

enum {
  LESSON_ACTIVATED,
  QUIZ_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

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

  sc_course_tree_cancel_rest (self);
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

/* The pane's natural width: so many characters of the tree's font (its
 * titles and objectives wrap within it). Left to its content, the pane
 * would be as wide as the rows that happen to exist, and widen when the
 * rows below the first screen arrive (sc_course_tree_get_complete ()):
 * a wrapping label's natural width depends on where its words break. */
#define NATURAL_WIDTH_CHARS 46

static void
sc_course_tree_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  ScCourseTree *self = SC_COURSE_TREE (widget);

  gtk_widget_measure (GTK_WIDGET (self->scroller), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      PangoFontMetrics *metrics = pango_context_get_metrics (gtk_widget_get_pango_context (widget),
                                                             NULL, NULL);
      int width = PANGO_PIXELS_CEIL (pango_font_metrics_get_approximate_char_width (metrics) *
                                     NATURAL_WIDTH_CHARS);

      pango_font_metrics_unref (metrics);
      *natural = MAX (*minimum, width);
    }
}

static void
sc_course_tree_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  ScCourseTree *self = SC_COURSE_TREE (widget);

  gtk_widget_allocate (GTK_WIDGET (self->scroller), width, height, baseline, NULL);
}

static void
sc_course_tree_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (sc_course_tree_parent_class)->map (widget);

  sc_course_tree_schedule_rest (SC_COURSE_TREE (widget));
}

static void
sc_course_tree_class_init (ScCourseTreeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_course_tree_dispose;
  object_class->finalize = sc_course_tree_finalize;

  widget_class->map = sc_course_tree_map;
  widget_class->measure = sc_course_tree_measure;
  widget_class->size_allocate = sc_course_tree_size_allocate;

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

  gtk_widget_class_set_css_name (widget_class, "coursetree");
}

static void
sc_course_tree_init (ScCourseTree *self)
{
  self->states = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->modules = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_set_header_func (self->list_box, sc_course_tree_header_func, self, NULL);
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
  sc_course_tree_rebuild (self);
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

  row = lesson_id != NULL ? sc_course_tree_get_row (self, lesson_id) : NULL;
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
 * Builds the rows still missing when @lesson_id's is one of them.
 *
 * Returns: (transfer none) (nullable): the row of @lesson_id
 */
GtkWidget *
sc_course_tree_get_row (ScCourseTree *self,
                        const char   *lesson_id)
{
  GtkWidget *row;

  g_return_val_if_fail (SC_IS_COURSE_TREE (self), NULL);
  g_return_val_if_fail (lesson_id != NULL, NULL);

  row = g_hash_table_lookup (self->rows, lesson_id);
  if (row == NULL && !sc_course_tree_get_complete (self))
    {
      sc_course_tree_complete (self);
      row = g_hash_table_lookup (self->rows, lesson_id);
    }

  return row;
}
